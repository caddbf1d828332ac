package figures_test

import (
	"testing"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/figures"
	"github.com/cypx/cypx/internal/measure"
)

// TestUndatedRowTakesTheTimeItAgreesWith: a story about a report that
// gives the report's 35.8% with no year is of the year the report gives
// 35.8% for (2023/24), so it does not disagree with the report's 31.2% of
// 2022/23 (red-team round 17). Before, both the story's row and the
// report's 31.2% were marked "disagrees".
func TestUndatedRowTakesTheTimeItAgreesWith(t *testing.T) {
	pct := func(text string, v float64, period string) evidence.Figure {
		return evidence.Figure{Text: text, Value: v, Unit: evidence.UnitPercent,
			Record: evidence.Record{Measure: "waiting over 18 weeks", Place: "North East", Period: period, Key: "percent|||#18 wait week"}}
	}
	report := evidence.Source{ID: "rep", Publisher: "Children's Health Trust", Date: evidence.Date{Year: 2024}, Type: "report"}
	story := evidence.Source{ID: "news", Publisher: "Weekly Health", Date: evidence.Date{Year: 2024}, Type: "news", About: "rep"}
	row := evidence.Item{ID: "rep#1", Kind: evidence.Statistic, Source: report, Header: "| Region | 2022/23 | 2023/24 |",
		Figures: []evidence.Figure{pct("31.2", 31.2, "2022/23"), pct("35.8", 35.8, "2023/24")}}
	news := evidence.Item{ID: "news#1", Kind: evidence.Statistic, Source: story, Figures: []evidence.Figure{pct("35.8%", 35.8, "")}}
	oneStudy := func(a, b evidence.Item) measure.Related {
		if a.Source.ID != b.Source.ID {
			return measure.SameStudy
		}
		return measure.Unrelated
	}
	tables := figures.Group([]evidence.Item{row, news}, oneStudy)
	if len(tables) == 0 {
		t.Fatal("no table")
	}
	for _, tb := range tables {
		for _, r := range tb.Rows {
			if r.Disagrees {
				t.Errorf("%s %s (%s) marked disagrees", r.Item.Source.Publisher, r.Figure.Text, r.Figure.Period)
			}
		}
	}
}
