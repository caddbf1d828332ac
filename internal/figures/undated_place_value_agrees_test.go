package figures_test

import (
	"testing"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/figures"
	"github.com/cypx/cypx/internal/measure"
)

// TestAnUndatedValueOfAPlaceAgreesWithTheSameValue: England's 71% of
// children seen within 18 weeks, of 2023 in one source and undated in
// another ("…, compared with 71% in England"), is one measure two
// sources state, agreeing: a table of both rows, neither disagreeing
// (hostile check 67). An undated value that differs, or merely agrees
// within its rounding, is still compared with nothing.
func TestAnUndatedValueOfAPlaceAgreesWithTheSameValue(t *testing.T) {
	item := func(id, publisher string, v float64, period string) evidence.Item {
		src := evidence.Source{ID: id, Publisher: publisher, Date: evidence.Date{Year: 2024, Month: 5}, Type: "report"}
		return evidence.Item{ID: id + "#1", Kind: evidence.Statistic, Source: src, Figures: []evidence.Figure{{
			Text: evidence.ValueText(v) + "%", Value: v, Unit: evidence.UnitPercent, Role: evidence.RoleHeadline,
			Record: evidence.Record{Measure: "were seen within 18 weeks", Population: "children", Place: "England", Period: period, Key: "percent|||#18 seen week"}}}}
	}
	unrelated := func(a, b evidence.Item) measure.Related { return measure.Unrelated }
	dated := item("hcc", "Hampshire County Council", 71, "2023")
	tables := figures.Group([]evidence.Item{dated, item("occ", "Oxford County Council", 71, "")}, unrelated)
	if len(tables) != 1 || len(tables[0].Rows) != 2 {
		t.Fatalf("England's 71%% of two sources: %d tables, want one of two rows", len(tables))
	}
	for _, r := range tables[0].Rows {
		if r.Disagrees {
			t.Errorf("%s %s marked disagrees", r.Item.Source.Publisher, r.Figure.Text)
		}
	}
	for _, v := range []float64{64, 70.6} {
		if tables := figures.Group([]evidence.Item{dated, item("occ", "Oxford County Council", v, "")}, unrelated); len(tables) != 0 {
			t.Errorf("an undated %v%% beside 71%% of 2023: %d tables, want none", v, len(tables))
		}
	}
}
