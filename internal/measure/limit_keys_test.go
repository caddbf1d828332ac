package measure_test

import (
	"testing"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/measure"
)

// TestLimitsKeepTheirSideAndUnit: a share waiting more than a limit, one
// within it, and one past a limit in other units are three measures, in
// one study or two; a group named as one half of a pair (girls) is no
// statement of the whole. Each sentence says it as its own writer would.
// Before (hostile check 70, G15), "less than 12 weeks", "within 12
// weeks", "more than 12 months" and "28% of girls" were one measure with
// "more than 12 weeks … children", and a story saying them was cited to
// the report that said the other.
func TestLimitsKeepTheirSideAndUnit(t *testing.T) {
	key := func(text string) measure.Key {
		figs := []evidence.Figure{{Text: "28%", Value: 28, Unit: evidence.UnitPercent, Offset: 12}}
		measure.Describe(measure.Input{Text: text, Figures: figs}, nil)
		return measure.ParseKey(figs[0].Key)
	}
	report := key("In England, 28% of children referred to CAMHS waited more than 12 weeks in 2022/23.")
	for _, c := range []struct {
		text string
		same bool
	}{
		{"In England, 28% of children referred to CAMHS waited over 12 weeks in 2022/23, the report said.", true},
		{"In England, 28% of children referred to CAMHS waited longer than 12 weeks in 2022/23.", true},
		{"In England, 28% of children referred to CAMHS waited 12 weeks or more in 2022/23.", true},
		{"In England, 28% of children referred to CAMHS waited less than 12 weeks in 2022/23.", false},
		{"In England, 28% of children referred to CAMHS waited up to 12 weeks in 2022/23.", false},
		{"In England, 28% of children referred to CAMHS waited 12 weeks or less in 2022/23.", false},
		{"In England, 28% of children referred to CAMHS waited more than 12 months in 2022/23.", false},
		{"In England, 28% of girls referred to CAMHS waited more than 12 weeks in 2022/23.", false},
	} {
		k := key(c.text)
		for _, rel := range []measure.Related{measure.SameStudy, measure.Unrelated} {
			if got := measure.Match(report, k, rel); got != c.same {
				t.Errorf("%q (%v): matches the report's more than 12 weeks: %v, want %v (keys %s, %s)", c.text, rel, got, c.same, report, k)
			}
		}
	}
	within := key("In England, 28% of children referred to CAMHS were seen within 12 weeks in 2022/23.")
	if !measure.Match(within, key("In England, 28% of children referred to CAMHS were seen in under 12 weeks in 2022/23."), measure.Unrelated) {
		t.Error("within 12 weeks and in under 12 weeks are two measures")
	}
}
