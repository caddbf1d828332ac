package extract_test

import (
	"testing"

	"github.com/cypx/cypx/internal/evidence"
)

// TestCaseloadIsACountPeoplePerWorkerARate: a caseload of N children, in
// any wording ("responsible for more than 600 children", "a caseload of
// about 480 children", "no more than 300 children on their caseload"), is
// a count of N, as the package comment of quality says; the people
// written to one worker the other way round ("about 16 children for every
// nurse", "no more than 300 children to one health visitor") are a rate,
// unit other, as "one nurse for every 3,000 pupils" is. Before, the
// second kind was read as a count of the children.
func TestCaseloadIsACountPeoplePerWorkerARate(t *testing.T) {
	for _, c := range []struct {
		s     string
		value float64
		unit  evidence.Unit
	}{
		{"In the latest survey, 38% of health visitors said they were responsible for more than 600 children.", 600, evidence.UnitCount},
		{"Each practitioner in the west team carried a caseload of about 480 children last spring.", 480, evidence.UnitCount},
		{"The college says a health visitor should have no more than 300 children on their caseload.", 300, evidence.UnitCount},
		{"The unit now looks after 190 children with 9.5 nurses, about 20 children for every nurse.", 20, evidence.UnitOther},
		{"The guidance sets a ratio of no more than 300 children to one health visitor.", 300, evidence.UnitOther},
		{"By March the district had roughly 2,900 pupils for each school nurse in post.", 2900, evidence.UnitOther},
	} {
		found := false
		for _, f := range itemFiguresOf(t, c.s) {
			if f.Value != c.value {
				continue
			}
			found = true
			if f.Unit != c.unit {
				t.Errorf("%q: %g %q is %s, want %s", c.s, f.Value, f.Text, f.Unit, c.unit)
			}
		}
		if !found {
			t.Errorf("%q: no figure of %g", c.s, c.value)
		}
	}
}
