package evidence_test

import (
	"testing"
	"time"

	"github.com/cypx/cypx/internal/evidence"
)

// TestFigureCopyStatesItsUnit: a table cell whose unit is its column's
// header ("35.8" under "Share waiting (%)", "120.5" under "Spend (£m)",
// "18" under "Median wait (weeks)", "21.3" under "Rate per 100,000") is
// copied alone with that unit:
// "35.8% (Example Trust, 2024)" (red-team round 17). Before, the bare
// number was copied, "35.8 (Example Trust, 2024)", a number of nothing in
// a briefing. Figures that state their unit are copied as shown.
func TestFigureCopyStatesItsUnit(t *testing.T) {
	src := evidence.Source{ID: "rep", Title: "Waits", Publisher: "Example Trust", Type: "report", Date: evidence.Date{Year: 2024}}
	for _, c := range []struct {
		f    evidence.Figure
		want string
	}{
		{evidence.Figure{Text: "35.8", Value: 35.8, Unit: evidence.UnitPercent}, "35.8%"},
		{evidence.Figure{Text: "40.0", Value: 40, Unit: evidence.UnitPercent}, "40.0%"},
		{evidence.Figure{Text: "9.3–10.1", Value: 9.3, Low: 9.3, High: 10.1, Unit: evidence.UnitPercent}, "9.3–10.1%"},
		{evidence.Figure{Text: "120.5", Value: 120.5e6, Unit: evidence.UnitGBP}, "£120.5m"},
		{evidence.Figure{Text: "18", Value: 18, Unit: evidence.UnitWeeks}, "18 weeks"},
		{evidence.Figure{Text: "45%", Value: 45, Unit: evidence.UnitPercent}, "45%"},
		{evidence.Figure{Text: "nine in 10", Value: 90, Unit: evidence.UnitPercent}, "nine in 10"},
		{evidence.Figure{Text: "£3.2m", Value: 3.2e6, Unit: evidence.UnitGBP}, "£3.2m"},
		{evidence.Figure{Text: "over 18 weeks", Value: 18, Unit: evidence.UnitWeeks}, "over 18 weeks"},
		{evidence.Figure{Text: "4,120", Value: 4120, Unit: evidence.UnitCount}, "4,120"},
		{evidence.Figure{Text: "21.3", Value: 21.3, Unit: evidence.UnitOther, Record: evidence.Record{Measure: "child deaths: rate per 100,000"}}, "21.3 per 100,000"},
		{evidence.Figure{Text: "12.5 per 1,000", Value: 12.5, Unit: evidence.UnitOther, Record: evidence.Record{Measure: "admissions"}}, "12.5 per 1,000"},
	} {
		it := evidence.Item{ID: "rep#1", Kind: evidence.Statistic, Source: src, Text: "| North | " + c.f.Text + " |", Figures: []evidence.Figure{c.f}}
		it.Figures[0].Offset = 10
		got := evidence.Cite(it, evidence.Harvard, evidence.FormatFigure, time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC))
		if want := c.want + " (Example Trust, 2024)"; got != want {
			t.Errorf("%q (%s): copied %q, want %q", c.f.Text, c.f.Unit, got, want)
		}
	}
}
