package extract_test

import "testing"

// TestPracticesListedWithABodyAskedInThePassive: "GP practices and
// schools are asked to use ..." asks both, the practices (Other, named by
// their work) beside the schools; before, only the schools. Near misses:
// the practices alone stay Other, and two bodies of the actor list keep
// both. Every sentence is written for this test.
func TestPracticesListedWithABodyAskedInThePassive(t *testing.T) {
	for _, c := range []struct {
		body, key, want string
	}{
		{"GP practices and schools are asked to use the single referral form from April.\n",
			"GP practices and schools are", "Schools,Other"},
		{"Schools and GP practices are asked to use the single referral form from April.\n",
			"Schools and GP practices are", "Schools,Other"},
		// Near misses.
		{"GP practices are asked to use the single referral form from April.\n",
			"GP practices are asked to", "Other"},
		{"The council and the ICB are asked to agree one pathway by June.\n",
			"The council and the ICB", "ICBs,Local authorities"},
	} {
		got := recActors(t, "NHS Ashvale Integrated Care Board", c.body)
		if a, ok := got[c.key]; !ok || a != c.want {
			t.Errorf("%q: found %v, actors %q, want %q (all %v)", c.key, ok, a, c.want, got)
		}
	}
}
