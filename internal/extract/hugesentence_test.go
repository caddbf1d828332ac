package extract_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/corpus"
	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/extract"
)

// TestFigureNearTheStartOfAHugeSentenceIsAStatistic: a source of one
// sentence of hundreds of kilobytes with no full stop, a figure near its
// start, is cut into pieces of at most MaxSentenceBytes at spaces; the
// piece holding the figure is a statistic with that figure (whose quote is
// the body at its offset), the rest excerpts of bounded length, every one
// an exact substring of the body at its offset.
func TestFigureNearTheStartOfAHugeSentenceIsAStatistic(t *testing.T) {
	const unit = "waiting list children were seen late "
	const figure = "some 45% of children waited more than 18 weeks for a first appointment "
	for _, at := range []int{0, 300, 2000} {
		var b strings.Builder
		b.WriteString("---\ntitle: Huge sentence\npublisher: P\ndate: 2024\ntype: report\n---\n")
		b.WriteString(strings.Repeat(unit, at/len(unit)))
		b.WriteString(figure)
		b.WriteString(strings.Repeat(unit, (256<<10)/len(unit)))
		doc, probs := corpus.Parse("sources/huge.md", []byte(b.String()))
		if len(probs) > 0 {
			t.Fatal(probs)
		}
		items := extract.Extract(doc)
		stats := 0
		for _, it := range items {
			if it.Offset < 0 || it.Offset+len(it.Text) > len(doc.Body) || doc.Body[it.Offset:it.Offset+len(it.Text)] != it.Text {
				t.Fatalf("figure at %d: item %.60q… is not the body at its offset", at, it.Text)
			}
			if len(it.Text) > extract.MaxItemBytes {
				t.Errorf("figure at %d: an item of %d bytes", at, len(it.Text))
			}
			if it.Kind != evidence.Statistic {
				if it.Kind != evidence.Excerpt || len(it.Figures) > 0 {
					t.Errorf("figure at %d: a %s with %d figures: %.80q…", at, it.Kind, len(it.Figures), it.Text)
				}
				continue
			}
			stats++
			if !strings.Contains(it.Text, "45% of children") || len(it.Figures) == 0 || it.Figures[0].Value != 45 {
				t.Errorf("figure at %d: statistic %.80q… with figures %+v", at, it.Text, it.Figures)
			}
			for _, f := range it.Figures {
				if it.Text[f.Offset:f.Offset+len(f.Text)] != f.Text {
					t.Errorf("figure at %d: %q is not at its offset", at, f.Text)
				}
			}
		}
		if stats != 1 {
			t.Errorf("figure at %d: %d statistics of %d items, want the one holding 45%%", at, stats, len(items))
		}
	}
}
