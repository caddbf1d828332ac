package extract_test

import (
	"testing"

	"github.com/cypx/cypx/internal/evidence"
)

// TestBetweenTwoBareNumbersIsOneRange: "between 12 and 18 of the
// families" and "to reach between 3,200 and 3,600 by 2029" are one
// range each, a count, as "between 12 and 18 families" is. Before, the
// first end was lost, or each end was a count of its own. Ages, hours of
// the day and years stay no figure.
func TestBetweenTwoBareNumbersIsOneRange(t *testing.T) {
	for _, c := range []struct {
		s      string
		lo, hi float64
	}{
		{"Staff thought that between 12 and 18 of the families on the list would need a home visit.", 12, 18},
		{"The council expects referrals to reach between 3,200 and 3,600 by 2029.", 3200, 3600},
	} {
		figs := itemFiguresOf(t, c.s)
		if len(figs) != 1 || figs[0].Low != c.lo || figs[0].High != c.hi || figs[0].Unit != evidence.UnitCount {
			t.Errorf("%q: %+v, want one count range %g to %g", c.s, figs, c.lo, c.hi)
		}
	}
	for _, s := range []string{
		"Children aged between 11 and 16 took part in the groups.",
		"The drop-in is open between 9 and 5.",
		"The scheme pays £4.60 a week for each child between 1 and 4.",
		"Between 2019 and 2024, referrals to the service doubled.",
	} {
		for _, f := range itemFiguresOf(t, s) {
			if f.Unit == evidence.UnitCount {
				t.Errorf("%q: a count %q", s, f.Text)
			}
		}
	}
}
