package tui_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"github.com/cypx/cypx/internal/index"
	"github.com/cypx/cypx/internal/tui"
	"github.com/cypx/cypx/internal/tui/tuitest"
)

// TestOverlaysFitTheScreen: every screen drawn over the results (the
// theme picker, the copy menu, the keys) fits the terminal, from the
// smallest it works at (40x10) up, so the status line and the help bar
// stay on it, and the copy menu shows the option under its cursor.
// Before (round 22): at 40x10 the theme picker was 15 lines (each theme
// wrapped onto two), the copy menu 20 and the keys 12; at 60x15 the copy
// menu still pushed its hint, the status line and the help bar off the
// screen.
func TestOverlaysFitTheScreen(t *testing.T) {
	for _, sz := range [][2]int{{40, 10}, {40, 11}, {41, 12}, {50, 13}, {60, 15}, {80, 24}, {100, 10}, {200, 12}} {
		for _, seq := range [][]string{{"esc", "t"}, {"esc", "t", "G"}, {"esc", "?"}, {"esc", "C"}, {"esc", "C", "down", "down", "down"}, {"esc", "v", "?"}, {"esc", "m"}, {"esc", "b"}} {
			d := start(t, sz[0], sz[1], options(t, nil))
			d.keys(seq...)
			s := d.screen()
			lines := strings.Split(s, "\n")
			wide := 0
			for _, l := range lines {
				wide = max(wide, ansi.StringWidth(l))
			}
			if len(lines) > sz[1] || wide > sz[0] || !strings.Contains(lines[len(lines)-1], "/k up •") && !strings.Contains(lines[len(lines)-1], "/h left •") && !strings.Contains(lines[len(lines)-1], " remove •") {
				t.Errorf("%dx%d after %q: %d lines, %d wide, or no help bar last:\n%s", sz[0], sz[1], seq, len(lines), wide, s)
			}
			if seq[1] == "C" {
				want := []string{"1 Quote", "4 Full"}[min(1, len(seq)-2)]
				if !strings.Contains(s, "▌ "+want) {
					t.Errorf("%dx%d after %q: the option under the cursor (%s) is not on screen:\n%s", sz[0], sz[1], seq, want, s)
				}
			}
		}
	}
}

// TestFormsFitTheScreen: the history search (ctrl+r), the save form (S),
// the file picker (a) and the import form fit the terminal from 40x10 up,
// the status line and help bar on it, and each shows what the keys act on:
// the filter and the match under the cursor, the name being typed, the
// file under the cursor, the field being edited. Before (round 22): at
// 40x10 they were 12, 17, 15 and 24 lines tall, and the import form's
// fields wrapped onto two lines at 40 columns.
func TestFormsFitTheScreen(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "alpha.txt"), []byte("x\n"), 0o644)
	for _, sz := range [][2]int{{40, 10}, {40, 12}, {60, 15}, {100, 10}, {80, 24}} {
		for _, c := range []struct {
			keys []string
			want string
		}{
			{[]string{"autism", "enter", "/", " waiting", "enter", "ctrl+r"}, "▌ autism waiting"},
			{[]string{"autism", "enter", "S"}, "Name  a name"},
			{[]string{"esc", "a"}, "▌   2 bytes  alpha.txt"},
			{[]string{"esc", "a", "enter"}, "▌ Publisher"},
			{[]string{"esc", "a", "enter", "tab", "tab", "tab"}, "▌ [ Import ]"},
		} {
			rec := &importRecorder{}
			d := &driver{tuitest.Start(t, tui.New(withHistory(options(t, nil), t.TempDir())).WithImporter(rec.importer(dir)), sz[0], sz[1])}
			d.keys(c.keys...)
			s := d.screen()
			lines := strings.Split(s, "\n")
			wide := 0
			for _, l := range lines {
				wide = max(wide, ansi.StringWidth(l))
			}
			if len(lines) > sz[1] || wide > sz[0] || !strings.Contains(s, c.want) || !strings.Contains(lines[len(lines)-1], " • ") {
				t.Errorf("%dx%d after %q: %d lines, %d wide, %q shown %v, help bar last:\n%s", sz[0], sz[1], c.keys, len(lines), wide, c.want, strings.Contains(s, c.want), s)
			}
		}
	}
}

// TestPinnedDetailFitsTheSmallestScreen: on a narrow screen too short for
// the pinned pane over the selected one (40x10, 40x11), the detail of the
// selected item is shown alone, whole, with the help bar under it. Before
// (round 22): both panes were drawn with nothing inside either, two lines
// taller than the screen.
func TestPinnedDetailFitsTheSmallestScreen(t *testing.T) {
	for _, h := range []int{10, 11, 14} {
		d := start(t, 40, h, options(t, nil))
		d.keys("esc", "p", "j", "enter")
		s := d.screen()
		lines := strings.Split(s, "\n")
		if len(lines) > h || !strings.Contains(s, "Selected") || !strings.Contains(lines[len(lines)-1], "↑/k up") {
			t.Errorf("40x%d: %d lines, or no Selected pane or help bar:\n%s", h, len(lines), s)
		}
	}
}

// TestFieldBeingTypedIsNoError: typing "theme:mental-health" key by key,
// "value:>50" or "year:2020..2024" never says the query cannot be read
// on the way: a field's value not yet whole is read as what is there so
// far ("theme:men" finds the items of the themes it begins), as an open
// quote is. Before (round 22): "theme: needs a value right after the
// colon", then "theme:m: no such theme" at each key up to the last, and
// "value:>: \"\" is not a number".
func TestFieldBeingTypedIsNoError(t *testing.T) {
	_, c := bundledIndex(t)
	ix, err := index.Build(context.Background(), "", c.Items, nil)
	if err != nil {
		t.Fatal(err)
	}
	ix.SetVocabulary(index.Vocabulary{Themes: c.Taxonomy.IDs()})
	for _, q := range []string{"theme:mental-health", "waiting kind:statistic", "value:>50", "year:2020..2024", "type:report"} {
		d := start(t, 120, 40, options(t, ix))
		for i := 1; i <= len(q); i++ {
			d.keys(q[i-1 : i])
			if st := d.model().Status(); strings.HasPrefix(st, "!") || strings.Contains(st, "cannot read") || strings.Contains(st, "no such") {
				t.Errorf("typing %q, at %q: %s", q, q[:i], st)
				break
			}
		}
	}
	d := start(t, 120, 40, options(t, ix))
	d.keys("theme:men")
	if s := d.screen(); strings.Contains(s, " 0 of 82 items") || !strings.Contains(s, "Mental health") {
		t.Errorf("theme:men finds nothing of mental-health:\n%s", s)
	}
}
