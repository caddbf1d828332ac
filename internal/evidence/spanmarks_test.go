package evidence_test

import (
	"strings"
	"testing"
	"time"

	"github.com/cypx/cypx/internal/evidence"
)

// TestCopiedRowHasNoSpanMark: a table row whose cell continues the figure
// above it is copied, in every style and format, without the "^^" mark,
// its cell left blank; the item's text keeps the mark, the source's bytes
// (round 17, tables). Before, "| North | 2024 | ^^ | 53% |" was pasted
// into a briefing as it is stored.
func TestCopiedRowHasNoSpanMark(t *testing.T) {
	src := evidence.Source{ID: "rep", Title: "Waits", Publisher: "Example Trust", Type: "report", Date: evidence.Date{Year: 2024}}
	it := evidence.Item{ID: "rep#3", Kind: evidence.Statistic, Source: src, Text: "| North | 2024 | ^^ | 53% |",
		Figures: []evidence.Figure{{Text: "53%", Offset: 22, Value: 53, Unit: evidence.UnitPercent}}}
	for _, st := range []evidence.Style{evidence.Harvard, evidence.Footnotes, evidence.Vancouver} {
		for _, f := range []evidence.Format{evidence.FormatPlain, evidence.FormatMarkdown} {
			got := evidence.Cite(it, st, f, time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC))
			// Blanked byte for byte, its spaces copied as they stand
			// (OneLine keeps runs of spaces: a quote is its source's text).
			want := "| North | 2024 |    | 53% |"
			if f == evidence.FormatMarkdown {
				want = evidence.MarkdownEscape(want)
			}
			if strings.Contains(got, "^^") || !strings.Contains(got, want) {
				t.Errorf("copy %v %v: %q", st, f, got)
			}
		}
	}
	if shown := evidence.SpanMarksBlanked(it.Text); len(shown) != len(it.Text) || shown[22:25] != "53%" {
		t.Errorf("shown %q: not byte for byte", shown)
	}
	for _, keep := range []string{"a^^b", "| x^^ |", "| 450 ||", "2^^3"} {
		if got := evidence.SpanMarksBlanked(keep); got != keep {
			t.Errorf("%q blanked to %q", keep, got)
		}
	}
}
