package measure_test

import (
	"testing"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/measure"
)

// TestATargetYearInAHeadingIsNoPeriod: "to 2030", "by 2025" or "until
// 2030" in a heading is a target: the figures under it take no period
// from it (hostile check 53). Before, "Today 1,200 children are waiting"
// under "Our plan to 2030" was stored as 2030's. A heading naming the
// time of its figures still dates them.
func TestATargetYearInAHeadingIsNoPeriod(t *testing.T) {
	for heading, want := range map[string]string{
		"Our plan to 2030":                        "",
		"What we will do by 2025":                 "",
		"Priorities until 2030":                   "",
		"Waiting times in 2023":                   "2023",
		"Waiting times in the year to March 2024": "12 months to March 2024",
	} {
		text := "Today 1,200 children are waiting for an assessment."
		figs := []evidence.Figure{{Text: "1,200 children", Value: 1200, Unit: evidence.UnitCount, Offset: 6}}
		measure.Describe(measure.Input{Text: text, Figures: figs, Section: heading}, nil)
		got := figs[0].Period
		if want == "" && (got == "2030" || got == "2025") {
			t.Errorf("under %q: period %q, a target year", heading, got)
		}
		if want != "" && got != want {
			t.Errorf("under %q: period %q, want %q", heading, got, want)
		}
	}
}
