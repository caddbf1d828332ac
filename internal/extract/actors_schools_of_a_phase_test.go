package extract_test

import (
	"slices"
	"testing"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/extract"
)

// TestBodyBeforeSchoolsOfAPhaseIsAsked: a body listed before schools of
// a phase ("The council and primary schools should") is asked as the
// body before plain "schools" is: the phase is a qualifier of the
// schools, no break in the list. Sentences written for this test.
func TestBodyBeforeSchoolsOfAPhaseIsAsked(t *testing.T) {
	for _, in := range []string{
		"Harlow Council and primary schools should agree how pupils' medical plans are shared.",
		"The council and special schools should publish one transport policy.",
	} {
		items := extract.Extract(parseBody(t, "P", in))
		if len(items) != 1 || items[0].Kind != evidence.Recommendation {
			t.Fatalf("%q: items %+v, want one recommendation", in, items)
		}
		if a := items[0].Actors; !slices.Contains(a, evidence.LocalAuthorities) || !slices.Contains(a, evidence.Schools) {
			t.Errorf("%q: actors %v, want the council and the schools", in, a)
		}
	}
}
