package links_test

import (
	"testing"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/links"
	"github.com/cypx/cypx/internal/measure"
)

// TestAnAimIsNeverComparedWithAMeasuredValueOfItsTime: an aim, a target
// or a forecast (Record.Aim) and a measured value of one measure and one
// time are neither the same finding nor another value of it: "58% of
// children in Kent were seen within 4 weeks (Ambition: 75%)" gives no
// disagreement of Kent's 58% with a 75% of 2023, whether or not either
// says its time. A measured value of one time and an aim for a later one
// still make a trend (35% covered by April 2023, 44% to be covered by
// April 2024). Before (hostile check 67), `cypx figures` listed the
// ambition's 75% as one of Kent's values that disagreed with the 58%.
func TestAnAimIsNeverComparedWithAMeasuredValueOfItsTime(t *testing.T) {
	fig := func(text string, v float64, period string, aim bool) evidence.Figure {
		return evidence.Figure{Text: text, Value: v, Unit: evidence.UnitPercent,
			Record: evidence.Record{Measure: "were seen within 4 weeks", Population: "children in Kent", Period: period, Aim: aim, Key: "percent|kent||#4 seen week"}}
	}
	for _, c := range []struct {
		a, b evidence.Figure
		want links.Verdict
	}{
		{fig("58%", 58, "2023", false), fig("75%", 75, "2023", true), links.NotComparable},
		{fig("75%", 75, "2023", true), fig("58%", 58, "2023", false), links.NotComparable},
		{fig("58%", 58, "", false), fig("75%", 75, "", true), links.NotComparable},
		{fig("75%", 75, "", true), fig("75%", 75, "2023", false), links.NotComparable},
		{fig("75%", 75, "2023", true), fig("75%", 75, "2023", false), links.NotComparable},
		// two measured values, or two aims, of one time still compare
		{fig("58%", 58, "2023", false), fig("61%", 61, "2023", false), links.OtherValue},
		{fig("75%", 75, "2025", true), fig("80%", 80, "2025", true), links.OtherValue},
		// a measured value and a later aim: a trend towards it
		{fig("35%", 35, "April 2023", false), fig("44%", 44, "April 2024", true), links.OtherPeriod},
	} {
		for _, rel := range []measure.Related{measure.Unrelated, measure.SameStudy} {
			if v := links.Compare(c.a, c.b, rel); v != c.want {
				t.Errorf("%s (%q, aim %v) and %s (%q, aim %v), %v: verdict %v, want %v",
					c.a.Text, c.a.Period, c.a.Aim, c.b.Text, c.b.Period, c.b.Aim, rel, v, c.want)
			}
		}
	}
}
