package tui_test

import (
	"context"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/index"
)

// evilSearcher serves one item whose text and metadata carry terminal
// escape sequences and control characters.
type evilSearcher struct{}

const evilText = "Waits grew \x1b[31mred\x1b[0m \x1b]52;c;aGFja2Vk\x07 \x1b]8;;http://x\x1b\\link\x1b]8;;\x1b\\ back\b\b bell\a and 12% more ‮reversed‬ טקסט עברי."

func (evilSearcher) Search(_ context.Context, r index.Request) (index.Result, error) {
	it := evidence.Item{ID: "evil#1", Kind: evidence.Statistic, Text: evilText,
		Figures: []evidence.Figure{{Text: "12%", Value: 12, Unit: evidence.UnitPercent, Offset: strings.Index(evilText, "12%")}},
		Source:  evidence.Source{ID: "evil", Publisher: "Evil \x1b[2J Org", Title: "T\x1b]0;owned\x07", Date: evidence.Date{Year: 2024}}}
	return index.Result{Total: 1, Hits: []index.Hit{{Item: it}}}, nil
}

// rawControls lists the control characters left in a view once the
// explorer's own styling (SGR sequences) is taken out.
func rawControls(view string) []rune {
	var bad []rune
	for _, r := range ansi.Strip(view) {
		if r < 0x20 && r != '\n' || r == 0x7f || r == '\u202e' || r == '\u202d' {
			bad = append(bad, r)
		}
	}
	return bad
}

func TestSourceEscapesNeverReachTheTerminal(t *testing.T) {
	opts := options(t, evilSearcher{})
	for _, size := range [][2]int{{120, 40}, {60, 20}} {
		d := start(t, size[0], size[1], opts)
		for _, keys := range [][]string{nil, {"enter"}, {"l"}, {"v"}, {"esc", "C"}} {
			d.keys(keys...)
			v := d.M.View().Content
			if bad := rawControls(v); len(bad) > 0 {
				t.Fatalf("raw control characters %q reached the view at %v after %v", bad, size, keys)
			}
			for _, seq := range []string{"\x1b]52", "\x1b]8", "\x1b]0", "\x1b[2J", "\x07", "\b"} {
				if strings.Contains(v, seq) {
					t.Fatalf("%q from a source reached the view", seq)
				}
			}
		}
		if !strings.Contains(ansi.Strip(d.M.View().Content), `\x1b[31mred`) && size[0] == 120 {
			t.Errorf("escapes should be shown escaped:\n%s", ansi.Strip(d.M.View().Content))
		}
	}
}

func TestHostileTerminalsAndInput(t *testing.T) {
	d := start(t, 20, 6, options(t, nil))
	if s := d.screen(); !strings.Contains(s, "Terminal too small") {
		t.Errorf("20x6: %q", s)
	}
	// A storm of resizes, some absurd, ending at a normal size.
	for i := 0; i < 100; i++ {
		d.send(tea.WindowSizeMsg{Width: (i * 37) % 200, Height: (i * 13) % 60})
	}
	d.send(tea.WindowSizeMsg{Width: 100, Height: 30})
	s := d.screen()
	if !strings.Contains(s, "of 82 items") {
		t.Fatalf("after a resize storm:\n%s", s)
	}
	for i, l := range strings.Split(s, "\n") {
		if ansi.StringWidth(l) > 100 {
			t.Errorf("line %d is %d wide after the storm", i, ansi.StringWidth(l))
		}
	}
	// A 10 KB paste into the search box is bounded and searched.
	d.keys("/")
	d.send(tea.PasteMsg{Content: strings.Repeat("waiting lists ", 800)})
	if q := d.model().Query(); len([]rune(q)) != 1000 {
		t.Errorf("paste kept %d characters, want the 1,000 limit", len([]rune(q)))
	}
	// Welsh, emoji and right-to-left text type and search without harm;
	// the zero-width joiner goes, as every invisible character does from
	// the box (evidence.Unsafe): the emoji either side of it stay.
	d.keys("esc", "esc", "/")
	for _, q := range []string{"Gwasanaethau plant ŵ ŷ", " 🙂👩\u200d⚕️", " עברית"} {
		d.keys(q)
	}
	if q := d.model().Query(); !strings.Contains(q, "ŵ ŷ") || !strings.Contains(q, "🙂👩⚕️") || !strings.Contains(q, "עברית") {
		t.Errorf("query %q lost characters", q)
	}
	for i, l := range strings.Split(d.screen(), "\n") {
		if ansi.StringWidth(l) > 100 {
			t.Errorf("line %d is %d wide with wide characters in the box", i, ansi.StringWidth(l))
		}
	}
}
