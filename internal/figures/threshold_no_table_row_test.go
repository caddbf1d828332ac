package figures_test

import (
	"testing"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/figures"
	"github.com/cypx/cypx/internal/measure"
)

// TestTableHoldsNoThreshold: the time limit a share is counted against
// ("within four weeks", "within six weeks") is never a row of a
// comparison table, even where an item read by an older version still
// gives it a key alike with another source's (figures round 24); the
// shares it bounds still are.
func TestTableHoldsNoThreshold(t *testing.T) {
	fig := func(text string, v float64, unit evidence.Unit, role evidence.Role, key string) evidence.Figure {
		return evidence.Figure{Text: text, Value: v, Unit: unit, Role: role,
			Record: evidence.Record{Measure: "were seen within four weeks", Population: "children", Period: "2024", Key: key}}
	}
	item := func(id, publisher string, share, limit float64) evidence.Item {
		src := evidence.Source{ID: id, Publisher: publisher, Date: evidence.Date{Year: 2024}, Type: "report"}
		return evidence.Item{ID: id + "#1", Kind: evidence.Statistic, Source: src, Figures: []evidence.Figure{
			fig("45%", share, evidence.UnitPercent, evidence.RoleHeadline, "percent|||#4 seen week"),
			fig("four weeks", limit, evidence.UnitWeeks, evidence.RoleThreshold, "weeks|||seen"),
		}}
	}
	unrelated := func(a, b evidence.Item) measure.Related { return measure.Unrelated }
	tables := figures.Group([]evidence.Item{item("a", "Leeds Trust", 45, 4), item("b", "York Trust", 40, 6)}, unrelated)
	if len(tables) == 0 {
		t.Fatal("no table of the shares")
	}
	for _, tb := range tables {
		for _, r := range tb.Rows {
			if r.Figure.Role == evidence.RoleThreshold {
				t.Errorf("a threshold in a table: %s %s", r.Item.Source.Publisher, r.Figure.Text)
			}
		}
	}
}
