package extract_test

import (
	"testing"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/extract"
)

// TestOrEstimateIsARange: "three or four clinic sessions", "3 or 4
// months", "1 or 2%", "300 or 400 children" state an estimate between two
// numbers, one figure with both ends. Before, only the second number was
// read, with the noun: "four clinic sessions", a value of 4 the source
// never gave alone. Ages ("aged 16 or 17"), year groups and two numbers an
// estimate does not name ("fell by 5 or 7 per cent in the two schools",
// "6 or 4 weeks") are left as they were.
func TestOrEstimateIsARange(t *testing.T) {
	for _, c := range []struct {
		in, text string
		lo, hi   float64
		unit     evidence.Unit
	}{
		{"A single assessment can take a consultant three or four clinic sessions.", "three or four clinic sessions", 3, 4, evidence.UnitCount},
		{"Some families wait 3 or 4 months for a first appointment.", "3 or 4 months", 3, 4, evidence.UnitMonths},
		{"About 1 or 2% of children are affected.", "About 1 or 2%", 1, 2, evidence.UnitPercent},
		{"Around 300 or 400 children are waiting in each area.", "Around 300 or 400 children", 300, 400, evidence.UnitCount},
		{"Each visit takes 5 or 10 minutes longer than planned.", "5 or 10 minutes", 5, 10, evidence.UnitOther},
	} {
		figs := extract.Figures(c.in)
		if len(figs) != 1 || figs[0].Text != c.text || figs[0].Low != c.lo || figs[0].High != c.hi || c.unit != evidence.UnitOther && figs[0].Unit != c.unit {
			t.Errorf("%q: %+v, want one figure %q, %g to %g %s", c.in, figs, c.text, c.lo, c.hi, c.unit)
		}
	}
	for _, in := range []string{
		"Young people aged 16 or 17 were offered a transition plan in 40% of cases.",
		"Pupils in Year 10 or 11 took part in 12 sessions.",
		"Attendance fell by 5 or 7 per cent in the schools we visited.",
		"Families told us they waited 6 or 4 weeks depending on the clinic.",
	} {
		for _, f := range extract.Figures(in) {
			if f.IsRange() {
				t.Errorf("%q: range %q (%g to %g)", in, f.Text, f.Low, f.High)
			}
		}
	}
}
