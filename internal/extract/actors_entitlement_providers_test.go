package extract_test

import "testing"

// TestAnEntitlementAsksTheProviderOfItsService: an entitlement asks the
// provider of the service it names or plainly implies (internal/quality's
// conventions): CAMHS, a waiting list, a clinic or a school nurse are a
// trust's; a GP practice is Other. Before, every one of these asked no
// body. Near misses that must gain no actor: an entitlement naming no
// service, and one that names a school only as where children are. Every
// sentence is written for this test.
func TestAnEntitlementAsksTheProviderOfItsService(t *testing.T) {
	for _, c := range []struct {
		body, key, want string
	}{
		{"Every teenager referred to CAMHS should have a written plan for moving to adult care.\n",
			"Every teenager referred to CAMHS", "Trusts"},
		{"Every family on a speech therapy waiting list should get a named person to call.\n",
			"Every family on a speech", "Trusts"},
		{"All young people seen at the diabetes clinic should be offered a psychology appointment.\n",
			"All young people seen at", "Trusts"},
		{"We believe that every pupil should be able to talk to a school nurse in confidence.\n",
			"We believe that every pupil", "Trusts"},
		{"Every child with eczema should have a care plan reviewed by their GP practice each year.\n",
			"Every child with eczema should", "Other"},
		// Near misses: no service named or implied.
		{"Every child with epilepsy should have a written care plan by the end of term.\n",
			"Every child with epilepsy should", ""},
		{"Every pupil with a hearing loss should have a quiet place to work in school.\n",
			"Every pupil with a hearing", ""},
	} {
		got := recActors(t, "Ashvale Children's Health Alliance", c.body)
		if a, ok := got[c.key]; !ok || a != c.want {
			t.Errorf("%q: found %v, actors %q, want %q (all %v)", c.key, ok, a, c.want, got)
		}
	}
}
