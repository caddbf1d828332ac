package extract_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/extract"
)

// TestBlockquoteStatisticHasNoMarkers: a statistic quoted in a Markdown
// blockquote over two lines is quoted, measured and its figure read
// without the markers (hostile check 52). Before, its quote was "> In
// 2024, 9% of families told us they > gave up waiting for a referral."
// and its measure ">, told us they > gave up waiting for a referral".
func TestBlockquoteStatisticHasNoMarkers(t *testing.T) {
	body := "What families said:\n\n> In 2024, 9% of families told us they\n> gave up waiting for a referral.\n"
	var stats []evidence.Item
	for _, it := range extract.Extract(parseBody(t, "Brightmind Trust", body)) {
		if it.Kind == evidence.Statistic {
			stats = append(stats, it)
		}
	}
	if len(stats) != 1 || len(stats[0].Figures) != 1 {
		t.Fatalf("statistics %+v, want one with one figure", stats)
	}
	it := stats[0]
	if got := evidence.OneLine(it.Text); got != "In 2024, 9% of families told us they gave up waiting for a referral." {
		t.Errorf("quote %q", got)
	}
	if !strings.Contains(body, it.Text) {
		t.Errorf("quote %q is no substring of the body", it.Text)
	}
	if m := it.Figures[0].Measure; m == "" || strings.Contains(m, ">") {
		t.Errorf("measure %q", m)
	}
}

// TestBlockquoteSentencesPartAtItsLines: a sentence of a blockquote that
// opens a later line is a sentence of its own, as it is unquoted. Before,
// the marker before it hid the capital that starts it, so the statistic
// took in the sentence before.
func TestBlockquoteSentencesPartAtItsLines(t *testing.T) {
	body := "> Families spoke to us about long waits for help.\n> In 2024, 9% of families told us they gave up waiting for a referral.\n"
	for _, it := range extract.Extract(parseBody(t, "Brightmind Trust", body)) {
		if it.Kind == evidence.Statistic && evidence.OneLine(it.Text) != "In 2024, 9% of families told us they gave up waiting for a referral." {
			t.Errorf("statistic %q", evidence.OneLine(it.Text))
		}
	}
}
