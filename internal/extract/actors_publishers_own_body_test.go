package extract_test

import "testing"

// TestThePublishersOwnBodyIsAsked: a subject naming the publisher's own
// body ("Governors should ask the trust to ...", "the network should
// write to headteachers ...") is asked, its kind: a school's governors
// are Schools, a network or a forum of no kind Other, not the body it is
// to ask or write to (internal/quality's conventions). Before: the trust
// or the ICB, or no recommendation at all. Near misses: governors in
// another body's paper are still a school's, and a body that should act,
// or that the writer asks outright, is itself asked. Every sentence is
// written for this test.
func TestThePublishersOwnBodyIsAsked(t *testing.T) {
	for _, c := range []struct {
		publisher, body, key, want string
	}{
		{"Ashvale Primary School governing body", "Governors should ask the trust to give the school a named speech therapist.\n",
			"Governors should ask the trust", "Schools"},
		{"Ashvale Primary School", "I think the governing body should write to the ICB asking for a weekly therapy session in school.\n",
			"I think the governing body", "Schools"},
		{"Ashvale Children's Nursing Network", "I think the network should write to the ICB asking for protected time for every school nurse.\n",
			"I think the network should", "Other"},
		{"Ashvale Children's Nursing Network", "Proposal for the next meeting: the network should ask the ICB to fund a shared waiting list.\n",
			"Proposal for the next meeting:", "Other"},
		// Near misses.
		{"Ashvale Parent Carer Forum", "Governors should review how often pupils with SEND are excluded.\n",
			"Governors should review how often", "Schools"},
		{"Ashvale Parent Carer Forum", "The ICB should fund a shared waiting list across both trusts.\n",
			"The ICB should fund a", "ICBs"},
		{"Ashvale Children's Nursing Network", "We would ask the ICB to fund a shared waiting list.\n",
			"We would ask the ICB", "ICBs"},
	} {
		got := recActors(t, c.publisher, c.body)
		if a, ok := got[c.key]; !ok || a != c.want {
			t.Errorf("%q: found %v, actors %q, want %q (all %v)", c.key, ok, a, c.want, got)
		}
	}
}
