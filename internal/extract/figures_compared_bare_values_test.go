package extract_test

import (
	"testing"

	"github.com/cypx/cypx/internal/evidence"
)

// TestABareValueComparedNationallyOrEarlierIsAFigure: a bare value set
// "compared with" the figure before it and followed by the whole
// country ("nationally"), an earlier time named by its distance ("the
// year before", "the previous year") or the same rate in time ("a
// month") is a figure of the first's unit, as one followed by "in
// England" or "in 2019" is. Before, the 3.5, the 9 and the 170 were no
// figures, left in the first figure's measure.
func TestABareValueComparedNationallyOrEarlierIsAFigure(t *testing.T) {
	for _, c := range []struct {
		s, text string
		value   float64
	}{
		{"Children with decay in Ashwick had on average 3.6 teeth affected, compared with 3.5 nationally.", "3.5", 3.5},
		{"Measles cases across the region rose to 57 in 2024, compared with 9 the year before.", "9", 9},
		{"The service saw 640 children in 2024, compared with 410 the previous year.", "410", 410},
		{"We received an average of 290 new referrals a month in 2024, compared with about 170 a month in 2021.", "about 170", 170},
	} {
		it := itemOf(t, c.s)
		f := figureOf(t, it, c.text)
		// The first's unit: a count, or other for a mean with a decimal
		// ("on average 3.6 teeth", round 86).
		want := evidence.UnitCount
		if c.value != float64(int64(c.value)) {
			want = evidence.UnitOther
		}
		if f.Value != c.value || f.Unit != want || len(it.Figures) > 0 && it.Figures[0].Unit != want {
			t.Errorf("%s\n  %q: %v %s, want %v of unit %s as the first", c.s, c.text, f.Value, f.Unit, c.value, want)
		}
	}
}
