package results_test

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/index"
	"github.com/cypx/cypx/internal/tui/results"
	"github.com/cypx/cypx/internal/tui/styles"
)

// TestHighlightShowsTextAsEveryScreenDoes: a result's text is shown on one
// line by the rule every other screen follows for a quote
// (evidence.ScreenQuote: evidence.ShownQuote in the steady form): a
// carriage return, a vertical tab, a form feed, NEL and the separators
// escaped, a run of blanks holding a line break one space, blanks at the
// ends gone; matches and figures styled where they stand, a variation
// selector that a match parts from its emoji not drawn (the heart drawn
// one cell wide in every terminal: issue 15). Before, `\r` (and \v, \f) became a space here and was escaped
// everywhere else, and a run of line breaks was as many spaces.
func TestHighlightShowsTextAsEveryScreenDoes(t *testing.T) {
	st := styles.New(true)
	for _, c := range []struct {
		text    string
		matches []index.Span
		figures []evidence.Figure
	}{
		{"waiting\rlists grew", []index.Span{{Start: 8, End: 13}}, nil},
		{"line one\r\nline two", []index.Span{{Start: 10, End: 14}}, nil},
		{"a\vb\fc", []index.Span{{Start: 0, End: 1}}, nil},
		{"  waits \n\n\t grew 45%\n", []index.Span{{Start: 2, End: 7}}, []evidence.Figure{{Text: "45%", Offset: 17}}},
		{"one\u2028two\u0085three\u2029", []index.Span{{Start: 6, End: 9}}, nil},
		{"love \u2764\ufe0f it", []index.Span{{Start: 5, End: 8}}, nil},
		{"tabs\tin\tcells", nil, nil},
		{"| North | 2024 | ^^ | 53% |", nil, []evidence.Figure{{Text: "53%", Offset: 22}}},
		// Markdown's inline marks are not shown (evidence.QuoteLine); the
		// figure inside them is styled.
		{"In 2024, **41%** of [pupils](https://x.org) waited.[^1]", []index.Span{{Start: 21, End: 27}}, []evidence.Figure{{Text: "41%", Offset: 11}}},
	} {
		got := results.Highlight(st, c.text, c.matches, c.figures)
		want := evidence.ScreenQuote(c.text)
		if plain := ansi.Strip(got); plain != want {
			t.Errorf("%q shown %q, want %q as every screen shows it", c.text, plain, want)
		}
		for _, m := range c.matches {
			word := evidence.ScreenOneLine(c.text[m.Start:m.End])
			if !strings.Contains(got, st.Match.Render(word)) {
				t.Errorf("%q: match %q not styled: %q", c.text, word, got)
			}
		}
	}
}

// FuzzHighlightIsShownQuote: whatever the text, a result's text with no
// match reads as evidence.ScreenQuote shows it, and wherever a match falls
// (inside an emoji sequence or a syllable too) the line is as wide laid
// out as drawn.
func FuzzHighlightIsShownQuote(f *testing.F) {
	f.Add("waiting\rlists \n\n grew", 3, 9)
	f.Add("\t\u2764\ufe0f\x1b[0m \u0085 x", 1, 4)
	f.Add("a\xffb \r\n c", 0, 2)
	f.Add("In **41%** of [areas](https://x.org/a_(b)).[^1] *x*", 3, 12)
	f.Add("a \U0001F468\u200D\U0001F469 b \u0915\u0940 \U0001F44D\U0001F3FD", 4, 9)
	st := styles.New(true)
	f.Fuzz(func(t *testing.T, text string, start, end int) {
		if got, want := ansi.Strip(results.Highlight(st, text, nil, nil)), evidence.ScreenQuote(text); got != want {
			t.Errorf("%q shown %q, want %q", text, got, want)
		}
		got := results.Highlight(st, text, []index.Span{{Start: start, End: end}}, nil)
		if g, wc := ansi.StringWidth(got), ansi.StringWidthWc(got); g != wc {
			t.Errorf("%q [%d,%d) shown %q: %d cells laid out, %d drawn", text, start, end, ansi.Strip(got), g, wc)
		}
	})
}
