package extract_test

import (
	"testing"

	"github.com/cypx/cypx/internal/evidence"
)

// TestASpreadBetweenPlacesIsOneRange: a spread whose ends are each named
// with their place, after a clause that says it is one ("the spread was
// wide, from 17% in one trust to 88% in another", "varied almost
// fourfold across councils, from £52 in the lowest to £190 in the
// highest"), is one range, as "ranged from 17% in one trust to 88% in
// another" already was. Before, its two ends were two figures.
func TestASpreadBetweenPlacesIsOneRange(t *testing.T) {
	for _, c := range []struct {
		s         string
		low, high float64
		unit      evidence.Unit
	}{
		{"Across 2,140 referrals, 61% were seen within 18 weeks, but the spread was wide, from 17% in one trust to 88% in another.", 17, 88, evidence.UnitPercent},
		{"Spending per pupil varied almost fourfold across councils, from £52 in the lowest-spending council to £190 in the highest.", 52, 190, evidence.UnitGBP},
		{"Uptake ranged from 44% in the lowest ward to 91% in the highest.", 44, 91, evidence.UnitPercent},
	} {
		found := false
		for _, f := range itemFiguresOf(t, c.s) {
			if f.Value == c.high {
				t.Errorf("%q: the top of the spread, %q, is a figure of its own", c.s, f.Text)
			}
			if f.IsRange() && f.Low == c.low && f.High == c.high && f.Unit == c.unit {
				found = true
			}
		}
		if !found {
			t.Errorf("%q: no range %g to %g (%s) in %+v", c.s, c.low, c.high, c.unit, itemFiguresOf(t, c.s))
		}
	}
}
