package extract_test

import (
	"testing"

	"github.com/cypx/cypx/internal/evidence"
)

// TestRatioOfPeopleToOneWorkerIsARate: people counted to one worker, in
// any wording ("one X for every N Y", "one X per N Y", "one X to every N
// Y", "each X covers N Y", "the ratio of Y to X was N to 1"), is a rate,
// unit other, as "N children per health visitor" already was: a caseload
// per worker, never a count of the people. Before, every wording but
// "N Y per X" was read as a count of N.
func TestRatioOfPeopleToOneWorkerIsARate(t *testing.T) {
	for _, c := range []struct {
		s     string
		value float64
	}{
		{"Across the borough there is now about one health visitor for every 3,400 families.", 3400},
		{"That is one speech therapist per 2,250 children on the list.", 2250},
		{"The audit found one dietitian to every 6,100 pupils in 2025.", 6100},
		{"Each community nurse now covers roughly 2,950 pupils across the district.", 2950},
		{"The ratio of pupils to school nurses was 4,350 to 1 last year.", 4350},
		{"We count 12.5 nurses for 31,000 children, or roughly one for every 2,480.", 2480},
	} {
		found := false
		for _, f := range itemFiguresOf(t, c.s) {
			if f.Value != c.value {
				continue
			}
			found = true
			if f.Unit != evidence.UnitOther {
				t.Errorf("%q: %g %q is %s, want other (a rate per worker)", c.s, f.Value, f.Text, f.Unit)
			}
		}
		if !found {
			t.Errorf("%q: no figure of %g", c.s, c.value)
		}
	}
}
