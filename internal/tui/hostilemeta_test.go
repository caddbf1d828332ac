package tui_test

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	tea "charm.land/bubbletea/v2"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/index"
	"github.com/cypx/cypx/internal/tui"
	"github.com/cypx/cypx/internal/tui/tuitest"
)

// hostile holds every class of character that must not reach a terminal
// raw: C0 controls with an OSC 52 clipboard write and a screen clear, NUL,
// DEL, C1 controls (NEL and the one-byte CSI), bidi overrides and
// isolates, zero-width characters, a byte-order mark, a soft hyphen,
// variation selectors that modify nothing (after a letter, repeated
// after an emoji, an ideographic one after an emoji), an invisible
// operator, an interlinear annotation mark, and
// bytes that are not UTF-8.
const hostile = "A\x1b]52;c;aGFja2Vk\x07B\ufe0f\u2764\ufe0f\ufe0f\U000e0100\u2061\ufffa\x1b[2J\x00\x01\x7f\u0085\u009b31m\u202eRLO\u2066\u200b\u200d\ufeff\u00ad\xff\xfeZ"

// hostileSearcher serves one statistic whose every field of text and
// metadata is hostile, counts it under a hostile theme, and fails a query
// of "boom" with a hostile message.
type hostileSearcher struct{}

func (hostileSearcher) Search(_ context.Context, r index.Request) (index.Result, error) {
	if strings.HasPrefix(r.Query, "boom") {
		return index.Result{}, errors.New("search failed: " + hostile)
	}
	text := "Waits grew by 12% " + hostile
	src := evidence.Source{ID: "evil", Publisher: "Pub " + hostile, Title: "Title " + hostile, Author: "Au " + hostile,
		Section: "Sec " + hostile, URL: "https://example.org/" + hostile, Note: "Note " + hostile,
		Type: evidence.Report, Date: evidence.Date{Year: 2024}}
	it := evidence.Item{ID: "evil#abcd1234", Kind: evidence.Statistic, Text: text, Section: "Section " + hostile,
		Themes:  []string{"evil-theme"},
		Figures: []evidence.Figure{{Text: "12%", Value: 12, Unit: evidence.UnitPercent, Offset: strings.Index(text, "12%")}},
		Source:  src}
	return index.Result{Total: 1, Hits: []index.Hit{{Item: it}},
		Facets: map[string][]index.FacetCount{index.FieldTheme: {{Value: "evil-theme", Count: 1}},
			index.FieldKind: {{Value: "statistic", Count: 1}}}}, nil
}

// rawControl reports the first thing in a rendered view that a terminal
// would act on other than the explorer's own styling: any escape sequence
// but SGR (colours and bold), any other control, bidi or invisible
// character but the line break, and any byte that is not UTF-8. It reads
// the view as written, before any stripping, so that an OSC or a screen
// clear cannot hide inside what a stripper would take out.
func rawControl(view string) (string, bool) {
	prev := rune(-1)
	for i := 0; i < len(view); {
		r, size := utf8.DecodeRuneInString(view[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			return view[max(0, i-20):min(len(view), i+20)], true
		case r == 0x1b:
			j := i + 1
			if j < len(view) && view[j] == '[' {
				j++
				for j < len(view) && (view[j] >= '0' && view[j] <= '9' || view[j] == ';' || view[j] == ':') {
					j++
				}
				if j < len(view) && view[j] == 'm' {
					i, prev = j+1, -1
					continue
				}
			}
			return view[i:min(len(view), i+12)], true
		case r != '\n' && evidence.UnsafeAfter(prev, r):
			return view[max(0, i-20):min(len(view), i+20)], true
		}
		prev = r
		i += size
	}
	return "", false
}

// TestHostileMetadataNeverReachesTheScreen walks the explorer's screens
// with hostile metadata everywhere it can come from — a source's fields,
// a corpus's theme labels, a search error, an index warning, file names in
// the import picker, what a file says of itself in the import form, the
// import's warnings — and checks every frame for raw controls.
func TestHostileMetadataNeverReachesTheScreen(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"evil\x1b]52;c;aGk=\x07.txt", "bidi\u202etxt.md", "zero\u200b\ufeff.md", "bad\xff\xfe.txt", "nl\nname.txt", "c1\u009b2J.pdf"} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte("Waiting times\n"), 0o644); err != nil {
			t.Skipf("this file system refuses the name %q: %v", name, err)
		}
	}
	os.Mkdir(filepath.Join(dir, "dir\x1b[2J"), 0o755)
	os.Symlink("evil\x1b]52;c;aGk=\x07.txt", filepath.Join(dir, "link\u202e.txt"))
	themes := []tui.Theme{{ID: "evil-theme", Label: "Label " + hostile, Short: "S\x1b]0;t\x07\u202e\u200b\xff"}}
	opts := tui.Options{Searcher: hostileSearcher{}, Themes: themes, TotalItems: 1, TotalSources: 1, Dark: true,
		Basket: tui.BasketHooks{Path: filepath.Join(t.TempDir(), "basket.json")}}
	imp := tui.Importer{
		Dir: dir,
		Guess: func(string) (tui.ImportFields, error) {
			return tui.ImportFields{Title: "T " + hostile, Publisher: "P " + hostile, Date: "2024", Type: "report",
				Format: "text " + hostile, Guessed: []string{"title " + hostile}, Warnings: []string{"not UTF-8 " + hostile}}, nil
		},
		Import: func(string, tui.ImportFields) (tui.ImportResult, error) {
			return tui.ImportResult{Summary: "Imported " + hostile, Warnings: []string{"cleaned " + hostile},
				Ready: tui.IndexReadyMsg{Items: 1, Sources: 1}}, nil
		},
	}
	for _, size := range [][2]int{{120, 40}, {60, 24}} {
		d := &driver{tuitest.Start(t, tui.New(opts).WithImporter(imp), size[0], size[1])}
		check := func(step string) {
			t.Helper()
			if bad, ok := rawControl(d.M.View().Content); ok {
				t.Fatalf("%dx%d, %s: %q reached the view raw:\n%s", size[0], size[1], step, bad, d.screen())
			}
		}
		check("first screen")
		d.send(tui.IndexReadyMsg{Items: 1, Sources: 1, Warning: "skipped " + hostile})
		check("an index warning")
		d.send(tui.WarningMsg{Text: "bleve: unable to load snapshot " + hostile})
		check("a line of bleve's log")
		if st := d.model().Status(); !strings.Contains(st, "unable to load snapshot") || !strings.Contains(d.screen(), "‼ bleve: unable to load snapshot") {
			t.Errorf("bleve's log line should be a warning in the status line: %q", st)
		}
		d.keys("boom")
		if !d.model().StatusIsError() {
			t.Fatalf("a failing search should say so: %q", d.model().Status())
		}
		check("a search error")
		d.keys("backspace", "backspace", "backspace", "backspace")
		d.send(tea.PasteMsg{Content: "waits " + hostile})
		check("a hostile paste in the search box")
		if q := d.model().Query(); evidence.HasUnsafe(q) || !utf8.ValidString(q) {
			t.Errorf("the search box kept %q", q)
		}
		d.keys("esc", "esc")
		for _, step := range [][]string{{"enter"}, {"esc"}, {"l"}, {"esc"}, {"v"}, {"esc"}, {"m"}, {"esc"}, {"t"}, {"esc"},
			{"C"}, {"esc"}, {"space"}, {"b"}, {"esc"}, {"?"}, {"esc"}, {"p"}, {"p"}} {
			d.keys(step...)
			check(strings.Join(step, " "))
		}
		if s := d.screen(); !strings.Contains(s, `\x1b]52`) || size[0] == 120 && !strings.Contains(s, `S\x1b]0;t\a\u202e\u200b\xff 1`) {
			t.Errorf("the hostile text and the theme chip should show escaped:\n%s", s)
		}
		d.keys("t")
		if s := d.screen(); !strings.Contains(s, `Label A\x1b]52`) {
			t.Errorf("the theme picker should show the label escaped:\n%s", s)
		}
		d.keys("esc")
		// The import picker lists the hostile names escaped, the form shows
		// the cleaned guesses and the warnings, and the import's warnings
		// reach the status line.
		d.keys("a")
		check("the file picker")
		if s := d.screen(); !strings.Contains(s, `evil\x1b]52;c;aGk=\a.txt`) || !strings.Contains(s, `bad\xff\xfe.txt`) || !strings.Contains(s, `dir\x1b[2J`) {
			t.Errorf("the picker should list hostile names escaped:\n%s", s)
		}
		for range 12 {
			d.keys("down")
			check("moving in the file picker")
		}
		d.keys("g", "down", "enter")
		check("the import form")
		if s := d.screen(); !strings.Contains(s, "‼ not UTF-8") || !strings.Contains(s, "removed from the title") {
			t.Errorf("the form should show the guess's warning and what was cleaned:\n%s", s)
		}
		d.send(tea.KeyPressMsg{Code: 's', Mod: tea.ModCtrl})
		check("after the import")
		if st := d.model().Status(); !strings.Contains(st, "cleaned") {
			t.Errorf("the import's warnings should reach the status line: %q", st)
		}
	}
}
