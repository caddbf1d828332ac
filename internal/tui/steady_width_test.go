package tui_test

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/index"
	"github.com/cypx/cypx/internal/tui"
	"github.com/cypx/cypx/internal/tui/tuitest"
)

// Text a terminal may draw at another width than the layout measures
// (issue 15): an emoji sequence of three people joined by zero-width
// joiners, a flag, a lone regional indicator, a thumbs-up with a skin
// tone, a heart with the emoji selector, a letter under 40 accents, a
// Devanagari phrase (a conjunct and vowel signs), wide CJK characters,
// East Asian ambiguous ones, a tab and a long unbroken word.
var (
	wideFamily = "\U0001F468\u200D\U0001F469\u200D\U0001F467"
	wideBits   = []string{
		wideFamily,
		"\U0001F1EC\U0001F1E7",
		"\U0001F1EC",
		"\U0001F44D\U0001F3FD",
		"\u2764\uFE0F",
		"e" + strings.Repeat("\u0301", 40),
		"बच्चों की सेवाएँ",
		"児童精神保健",
		"±½§…",
		"a\tb",
		strings.Repeat("Unbroken", 12),
	}
)

// wideSearcher serves one statistic per piece of wide text, the piece in
// its text, publisher, title and note, under a theme whose labels hold
// them too.
type wideSearcher struct{}

func (wideSearcher) Search(_ context.Context, r index.Request) (index.Result, error) {
	var hits []index.Hit
	for i, bit := range wideBits {
		text := fmt.Sprintf("In 2024, %d%% of families %s waited more than 18 weeks for help %s.", 10+i, bit, bit)
		src := evidence.Source{ID: fmt.Sprintf("w%d", i), Publisher: "Trust " + bit, Title: "Report " + bit,
			Note: "Note " + bit, Type: evidence.Report, Date: evidence.Date{Year: 2024}}
		hits = append(hits, index.Hit{Item: evidence.Item{ID: fmt.Sprintf("w%d#abcd%04d", i, i), Kind: evidence.Statistic,
			Text: text, Themes: []string{"wide"}, Source: src,
			Figures: []evidence.Figure{{Text: fmt.Sprintf("%d%%", 10+i), Value: float64(10 + i), Unit: evidence.UnitPercent,
				Offset: strings.Index(text, fmt.Sprintf("%d%%", 10+i))}}}})
	}
	return index.Result{Total: len(hits), Hits: hits,
		Facets: map[string][]index.FacetCount{index.FieldTheme: {{Value: "wide", Count: len(hits)}},
			index.FieldKind: {{Value: "statistic", Count: len(hits)}}}}, nil
}

// frameWhole reports the first line of a view whose width the layout
// (grapheme clusters) and the renderer and terminals (each character's
// width) measure differently, that is wider than the screen, or, for a
// line of the panes, that does not end on a border at the screen's last
// column.
func frameWhole(view string, width int) (string, bool) {
	for i, line := range strings.Split(view, "\n") {
		g, wc := ansi.StringWidth(line), ansi.StringWidthWc(line)
		if g != wc || g > width {
			return fmt.Sprintf("line %d: %d cells as laid out, %d as drawn, screen %d: %q", i, g, wc, width, ansi.Strip(line)), false
		}
		plain := strings.TrimRight(ansi.Strip(line), " ")
		if strings.HasPrefix(plain, "│") || strings.HasPrefix(plain, "╭") || strings.HasPrefix(plain, "╰") {
			if !strings.HasSuffix(plain, "│") && !strings.HasSuffix(plain, "╮") && !strings.HasSuffix(plain, "╯") || g != width {
				return fmt.Sprintf("line %d: the right border is not at column %d: %q", i, width, plain), false
			}
		}
	}
	return "", true
}

// Every line of every explorer screen measures the same in the layout and
// in the terminal, with the panes' right borders whole, whatever width its
// text's characters are drawn at: the list, the detail, the chart, the
// map, the theme picker, the basket, the status line after a copy and the
// search box, at 80x24 and 200x50. Before, a line holding the family
// emoji was laid out 4 cells narrower than it was drawn, one with the
// Devanagari phrase 3, and each lost its right border.
func TestEveryScreenIsWholeWhateverTheTextsWidth(t *testing.T) {
	themes := []tui.Theme{{ID: "wide", Label: "Waits " + strings.Join(wideBits[:7], " "), Short: "Waits " + wideFamily + "\U0001F44D\U0001F3FD"}}
	for _, size := range [][2]int{{80, 24}, {200, 50}} {
		opts := tui.Options{Searcher: wideSearcher{}, Themes: themes, TotalItems: len(wideBits), TotalSources: len(wideBits), Dark: true,
			Basket: tui.BasketHooks{Path: filepath.Join(t.TempDir(), "basket.json")}}
		d := &driver{tuitest.Start(t, tui.New(opts), size[0], size[1])}
		check := func(step string) {
			t.Helper()
			if bad, ok := frameWhole(d.M.View().Content, size[0]); !ok {
				t.Fatalf("%dx%d, %s: %s\n%s", size[0], size[1], step, bad, d.screen())
			}
		}
		check("the list")
		d.keys("enter")
		steps := [][]string{{"down"}, {"down"}, {"enter"}, {"down"}, {"down"}, {"down"}, {"esc"}, {"v"}, {"down"}, {"esc"}, {"m"}, {"esc"},
			{"t"}, {"esc"}, {"space"}, {"down"}, {"space"}, {"down"}, {"down"}, {"down"}, {"down"}, {"space"}, {"b"}, {"esc"}, {"c"}}
		for range wideBits {
			steps = append(steps, []string{"down"}, []string{"enter"}, []string{"esc"})
		}
		for _, step := range steps {
			d.keys(step...)
			check(strings.Join(step, " "))
		}
		d.keys("/")
		d.keys(strings.Split(wideFamily+"\U0001F44D\U0001F3FD", "")...)
		check("a query of emoji in the search box")
		d.send(tea.PasteMsg{Content: wideFamily + " " + wideBits[6] + " " + wideFamily})
		check("a pasted query of emoji and Devanagari")
		d.send(tea.PasteMsg{Content: strings.Repeat(wideBits[6]+wideFamily, 20)})
		check("a query wider than the box")
		s := d.screen()
		for _, glue := range []string{"\u200d", "\U0001F3FD", "\ufe0f"} {
			if strings.Contains(s, glue) {
				t.Errorf("%dx%d: %+q reached the screen:\n%s", size[0], size[1], glue, s)
			}
		}
	}
}
