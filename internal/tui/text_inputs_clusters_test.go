package tui_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/history"
	"github.com/cypx/cypx/internal/tui"
	"github.com/cypx/cypx/internal/tui/tuitest"
)

// fieldOnScreen checks the text field drawn after label on the screen,
// whose value is the clusters want with the cursor before want[pos]: the
// line is drawn at the width it is laid out at (the field in the steady
// form, evidence.Steady), the cursor covers the whole cluster after it
// (a space at the end) and follows the clusters before it, from one of
// them: the part shown begins on a cluster.
func fieldOnScreen(t *testing.T, d *driver, label string, want []string, pos int, step string) {
	t.Helper()
	var line string
	for _, l := range strings.Split(d.M.View().Content, "\n") {
		if strings.Contains(ansi.Strip(l), label) {
			line = l
			break
		}
	}
	if line == "" {
		t.Fatalf("%s: no line holds %q:\n%s", step, label, d.screen())
	}
	plain := ansi.Strip(line)
	if g, wc := ansi.StringWidth(plain), ansi.StringWidthWc(plain); g != wc {
		t.Fatalf("%s: the field's line is %d cells laid out and %d drawn: %q", step, g, wc, plain)
	}
	m := cursorRe.FindStringSubmatch(line)
	if m == nil {
		t.Fatalf("%s: no cursor in the field: %q", step, line)
	}
	under := " "
	if pos < len(want) {
		under = evidence.Steady(want[pos])
	}
	if m[1] != under {
		t.Fatalf("%s: the cursor covers %+q, want the cluster %+q", step, m[1], under)
	}
	before := ansi.Strip(line[:strings.Index(line, m[0])])
	before = before[strings.Index(before, label)+len(label):]
	for i := pos; i >= 0; i-- {
		if evidence.Steady(strings.Join(want[i:pos], "")) == before {
			return
		}
	}
	t.Fatalf("%s: the field shows %+q before the cursor, not the value's clusters from one of them to the cursor's (%+q)", step, before, want[:pos])
}

// editByClusters pastes "Waits" and a family emoji, a flag, a Devanagari
// syllable and a letter with a combining accent into the focused field,
// types a letter and its combining diaeresis as two keys, then moves and
// deletes: each key moves over or deletes a whole cluster, checked on
// the screen at each step. What is left is "Waitsx".
func editByClusters(t *testing.T, d *driver, label string) {
	t.Helper()
	const flag = "\U0001F1EC\U0001F1E7"
	d.send(tea.PasteMsg{Content: "Waits" + wideFamily + flag + "की" + "e\u0301" + "x"})
	d.keys("o", "\u0308") // ö as a letter, then its mark: one cluster
	want := graphemes("Waits" + wideFamily + flag + "की" + "e\u0301" + "x" + "o\u0308")
	if len(want) != 11 {
		t.Fatalf("the clusters are %+q", want)
	}
	pos := len(want)
	fieldOnScreen(t, d, label, want, pos, "typed")
	d.keys("left", "left")
	pos -= 2
	fieldOnScreen(t, d, label, want, pos, "left twice: on x")
	d.keys("left")
	pos--
	fieldOnScreen(t, d, label, want, pos, "left: on the accented e")
	d.keys("backspace") // the syllable
	want = append(want[:pos-1:pos-1], want[pos:]...)
	pos--
	fieldOnScreen(t, d, label, want, pos, "backspace")
	d.keys("delete") // the accented e
	want = append(want[:pos:pos], want[pos+1:]...)
	fieldOnScreen(t, d, label, want, pos, "delete")
	d.keys("backspace", "backspace") // the flag, then the family
	want = append(want[:pos-2:pos-2], want[pos:]...)
	pos -= 2
	fieldOnScreen(t, d, label, want, pos, "backspace twice")
	d.keys("right", "delete") // the ö, after the x
	want = want[:len(want)-1]
	pos++
	fieldOnScreen(t, d, label, want, pos, "right and delete")
	if got := strings.Join(want, ""); got != "Waitsx" {
		t.Fatalf("the test's own clusters are %+q", got)
	}
}

// TestEveryTextInputKeepsToClusters: the history search's filter, the
// save form's name and the import form's fields move, delete, scroll and
// draw by grapheme cluster, as the search box does (issue 15): one field
// for all of them (textfield). Before, they moved and deleted one code
// point at a time (backspace left "👨‍👩‍" behind, the cursor stood
// inside "की"), and drew the family's joiners raw, six cells wide where
// the layout counted two.
func TestEveryTextInputKeepsToClusters(t *testing.T) {
	dir := t.TempDir()
	d := start(t, 80, 24, withHistory(options(t, nil), dir))
	d.keys("/", "grant", "enter", "ctrl+r")
	editByClusters(t, d, "│ > ")
	if !strings.Contains(d.screen(), "Nothing matches.") {
		t.Errorf("the filter \"Waitsx\" matched a search:\n%s", d.screen())
	}
	d.keys("esc", "S")
	editByClusters(t, d, "Name  ")
	d.keys("enter")
	s, err := history.LoadSaved(filepath.Join(dir, "saved.json"))
	if err != nil || len(s.Searches) != 1 || s.Searches[0].Name != "Waitsx" {
		t.Errorf("the saved name should be %q: %+v %v", "Waitsx", s, err)
	}

	files := t.TempDir()
	os.WriteFile(filepath.Join(files, "notes.txt"), []byte("Waiting times for children\n"), 0o644)
	rec := &importRecorder{}
	d = &driver{tuitest.Start(t, tui.New(options(t, nil)).WithImporter(rec.importer(files)), 60, 20)}
	d.keys("esc", "a", "enter")
	// The form opens on the publisher, the first field the file left empty.
	editByClusters(t, d, "Publisher ")
	d.keys("enter", "2024", "shift+tab", "shift+tab")
	d.send(tea.KeyPressMsg{Code: 'u', Mod: tea.ModCtrl}) // the guessed title gone
	// A title longer than its field (44 cells at 60 columns) scrolls by
	// whole clusters, the cursor always shown.
	unit := []string{wideFamily, "की", " ", "बच्चों", " ", "\U0001F44D\U0001F3FD", "e\u0301", " "}
	title := strings.Repeat(strings.Join(unit, ""), 6)
	d.send(tea.PasteMsg{Content: title})
	want := graphemes(title)
	fieldOnScreen(t, d, "Title     ", want, len(want), "a long title")
	d.send(tea.KeyPressMsg{Code: 'a', Mod: tea.ModCtrl})
	fieldOnScreen(t, d, "Title     ", want, 0, "ctrl+a")
	for pos := 1; pos <= len(want); pos++ {
		d.keys("right")
		fieldOnScreen(t, d, "Title     ", want, pos, "right")
	}
	d.send(tea.KeyPressMsg{Code: 's', Mod: tea.ModCtrl})
	if len(rec.imported) != 1 {
		t.Fatalf("the form did not import:\n%s", d.screen())
	}
	if f := rec.imported[0]; f.Title != strings.TrimSpace(title) || f.Publisher != "Waitsx" || f.Date != "2024" {
		t.Errorf("imported with %+q", f)
	}
}
