package figures_test

import (
	"testing"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/figures"
	"github.com/cypx/cypx/internal/measure"
)

// TestFiguresOfOtherThresholdsAreOtherMeasures: a number in a measure
// (the wait's threshold) is part of it, so a share seen within 18 weeks
// and one seen within 4 weeks, or a count waiting more than 18 weeks and
// one waiting more than 52, are never one measure's values, however the
// figures are reached: no table sets them side by side (hostile check
// 67). The same threshold in two sources still is one measure.
func TestFiguresOfOtherThresholdsAreOtherMeasures(t *testing.T) {
	item := func(id, publisher, text string, v float64, unit evidence.Unit, measureWords, key string) evidence.Item {
		src := evidence.Source{ID: id, Publisher: publisher, Date: evidence.Date{Year: 2024, Month: 5}, Type: "report"}
		return evidence.Item{ID: id + "#1", Kind: evidence.Statistic, Source: src, Figures: []evidence.Figure{{
			Text: text, Value: v, Unit: unit, Role: evidence.RoleHeadline,
			Record: evidence.Record{Measure: measureWords, Population: "children in Kent", Period: "2023", Key: key}}}}
	}
	unrelated := func(a, b evidence.Item) measure.Related { return measure.Unrelated }
	for _, c := range []struct {
		name string
		a, b evidence.Item
		one  bool
	}{
		{"18 and 4 weeks",
			item("kcc", "Kent County Council", "64%", 64, evidence.UnitPercent, "were seen within 18 weeks", "percent|kent||#18 seen week"),
			item("mc", "Medway Council", "58%", 58, evidence.UnitPercent, "were seen within 4 weeks", "percent|kent||#4 seen week"), false},
		{"18 and 52 weeks",
			item("scc", "Surrey County Council", "1,200 children", 1200, evidence.UnitCount, "waited more than 18 weeks for an assessment", "count|kent||#18 assess wait week"),
			item("ecc", "Essex County Council", "300 children", 300, evidence.UnitCount, "waited more than 52 weeks for an assessment", "count|kent||#52 assess wait week"), false},
		{"a threshold and none",
			item("kcc", "Kent County Council", "64%", 64, evidence.UnitPercent, "were seen within 18 weeks", "percent|kent||#18 seen week"),
			item("mc", "Medway Council", "58%", 58, evidence.UnitPercent, "were seen within weeks", "percent|kent||seen week"), false},
		{"18 weeks in both",
			item("kcc", "Kent County Council", "64%", 64, evidence.UnitPercent, "were seen within 18 weeks", "percent|kent||#18 seen week"),
			item("mc", "Medway Council", "58%", 58, evidence.UnitPercent, "were seen within eighteen weeks", "percent|kent||#18 seen week"), true},
	} {
		tables := figures.Group([]evidence.Item{c.a, c.b}, unrelated)
		if got := len(tables) == 1; got != c.one {
			t.Errorf("%s: one measure %v, want %v (%d tables)", c.name, got, c.one, len(tables))
		}
		ka, kb := measure.ParseKey(c.a.Figures[0].Key), measure.ParseKey(c.b.Figures[0].Key)
		if got := measure.Match(ka, kb, measure.SameStudy); got != c.one {
			t.Errorf("%s: Match within one study %v, want %v", c.name, got, c.one)
		}
	}
}
