package figures_test

import (
	"testing"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/figures"
	"github.com/cypx/cypx/internal/measure"
)

// TestValuesOfTwoPlacesMakeNoTrend: England's 85.7% of 2022 and "88.1%
// in Kent" of 2023, whose record keeps Kent in its measure's words
// rather than its place, keyed alike but for "kent", are never one
// measure: no table, no trend across the two places (hostile check 67).
// Nor are Kent's and Medway's values kept so; Kent's own two years still
// make a trend.
func TestValuesOfTwoPlacesMakeNoTrend(t *testing.T) {
	item := func(id, publisher, text string, v float64, place, period, words, key string) evidence.Item {
		src := evidence.Source{ID: id, Publisher: publisher, Date: evidence.Date{Year: 2024, Month: 5}, Type: "report"}
		return evidence.Item{ID: id + "#1", Kind: evidence.Statistic, Source: src, Figures: []evidence.Figure{{
			Text: text, Value: v, Unit: evidence.UnitPercent,
			Record: evidence.Record{Measure: words, Place: place, Period: period, Key: key}}}}
	}
	england := item("ukhsa", "UKHSA", "85.7%", 85.7, "England", "2022", "uptake of MMR2 at 5 years was", "percent|||#5 mmr2 uptak year")
	kent := item("kcc", "Kent County Council", "88.1%", 88.1, "", "2023", "uptake of MMR2 at 5 years was in Kent", "percent|||#5 kent mmr2 uptak year")
	medway := item("mc", "Medway Council", "85.4%", 85.4, "", "2023", "uptake of MMR2 at 5 years was in Medway", "percent|||#5 medway mmr2 uptak year")
	kentBefore := item("kph", "Kent Public Health", "87.0%", 87.0, "", "2022", "uptake of MMR2 at 5 years was in Kent", "percent|||#5 kent mmr2 uptak year")
	unrelated := func(a, b evidence.Item) measure.Related { return measure.Unrelated }
	for _, c := range []struct {
		name string
		a, b evidence.Item
		one  bool
	}{
		{"England and Kent", england, kent, false},
		{"Kent and Medway", kent, medway, false},
		{"Kent's two years", kentBefore, kent, true},
	} {
		tables := figures.Group([]evidence.Item{c.a, c.b}, unrelated)
		if got := len(tables) == 1; got != c.one {
			t.Errorf("%s: one measure %v, want %v", c.name, got, c.one)
			continue
		}
		if c.one && tables[0].Spark() == "" {
			t.Errorf("%s: no trend", c.name)
		}
	}
}
