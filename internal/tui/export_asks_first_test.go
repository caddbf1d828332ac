package tui_test

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
)

// TestExportAsksBeforeWriting: e, on the list and on the basket screen,
// asks first, naming how many findings and the files they go to; esc, or
// any other key, writes nothing and says so, and enter or y writes the
// pack. Before, e wrote briefing-DATE.md and .docx into the current
// folder on the one key: a mistyped key wrote a pack into a project
// folder (hostile check 65).
func TestExportAsksBeforeWriting(t *testing.T) {
	_, c := bundledIndex(t)
	f := newBasketFile(t, c.Items[0].ID, c.Items[1].ID)
	opts := options(t, nil)
	opts.Basket = f.hooks()
	d := start(t, 120, 40, opts)
	d.keys("esc")
	for _, tc := range []struct {
		name, open string
		answer     string
		writes     bool
	}{
		{"list, esc", "", "esc", false},
		{"list, another key", "", "j", false},
		{"list, q", "", "q", false},
		{"list, enter", "", "enter", true},
		{"basket, esc", "b", "esc", false},
		{"basket, d", "", "d", false},
		{"basket, y", "", "y", true},
	} {
		before := len(f.exported)
		if tc.open != "" {
			d.keys(tc.open)
		}
		d.keys("e")
		if s := d.screen(); !strings.Contains(s, "Export 2 findings to /tmp/briefing.md and .docx?") || !strings.Contains(s, "enter export · esc cancel") {
			t.Fatalf("%s: e should ask first, naming the files:\n%s", tc.name, s)
		}
		if len(f.exported) != before {
			t.Fatalf("%s: e alone wrote a pack", tc.name)
		}
		d.keys(tc.answer)
		if wrote := len(f.exported) > before; wrote != tc.writes {
			t.Errorf("%s: a pack written %v, want %v", tc.name, wrote, tc.writes)
		}
		st := d.model().Status()
		if tc.writes {
			if st != "Exported the briefing pack to /tmp/briefing.md and .docx" {
				t.Errorf("%s: status %q", tc.name, st)
			}
		} else if st != "Export cancelled: nothing was written" {
			t.Errorf("%s: status %q", tc.name, st)
		}
		if d.Quit {
			t.Fatalf("%s: the answer quit the explorer", tc.name)
		}
		if strings.Contains(d.screen(), "Export 2 findings") {
			t.Errorf("%s: the question is still open:\n%s", tc.name, d.screen())
		}
	}
	// The basket is as it was: d answered the question, it removed nothing.
	if ids := f.ids(t); len(ids) != 2 {
		t.Errorf("the basket holds %v", ids)
	}
	// The help screen says e asks.
	d.keys("?")
	if s := d.screen(); !strings.Contains(s, "e") || !strings.Contains(s, "export (asks)") {
		t.Errorf("the basket's help should say e asks:\n%s", s)
	}
}

// TestExportQuestionFitsNarrowScreens: at 40x10 the question is on screen
// whole (wrapped), with its keys in the help row, and ctrl+c still quits.
func TestExportQuestionFitsNarrowScreens(t *testing.T) {
	_, c := bundledIndex(t)
	f := newBasketFile(t, c.Items[0].ID)
	opts := options(t, nil)
	opts.Basket = f.hooks()
	d := start(t, 40, 10, opts)
	d.keys("esc", "e")
	s := d.screen()
	flat := strings.Join(strings.Fields(strings.NewReplacer("│", " ", "╭", " ", "╮", " ", "╰", " ", "╯", " ", "─", "").Replace(s)), " ")
	if !strings.Contains(flat, "Export 1 finding to /tmp/briefing.md and .docx?") || !strings.Contains(s, "esc cancel") || !strings.Contains(s, "enter/y export") {
		t.Errorf("the question at 40x10:\n%s", s)
	}
	for _, line := range strings.Split(s, "\n") {
		if w := len([]rune(line)); w > 40 {
			t.Errorf("a line of %d cells: %q", w, line)
		}
	}
	d.send(tea.KeyPressMsg{Code: 'c', Mod: tea.ModCtrl})
	if !d.Quit || len(f.exported) != 0 {
		t.Errorf("ctrl+c at the question: quit %v, %d packs", d.Quit, len(f.exported))
	}
}
