package extract_test

import "testing"

// TestATrustNamedByItsWorkJoinsTheList: "the ICB and the mental health
// trust should ..." asks both bodies; before, a trust named by its work
// ("mental health", "community", "health") ended the list, and the body
// named before it was lost. Near misses: a trust alone stays the trust,
// and a trust in a reported view asks no one. Every sentence is written
// for this test.
func TestATrustNamedByItsWorkJoinsTheList(t *testing.T) {
	for _, c := range []struct {
		body, key, want string
	}{
		{"The ICB and the mental health trust should give every young person on the waiting list a safety plan.\n",
			"The ICB and the mental", "ICBs,Trusts"},
		{"The council and mental health trusts should agree one plan for young people leaving care.\n",
			"The council and mental health", "Local authorities,Trusts"},
		{"Schools and the community trust should agree how pupils waiting for therapy are supported.\n",
			"Schools and the community trust", "Trusts,Schools"},
		{"The ICB and the health trust should publish waiting times for each clinic every quarter.\n",
			"The ICB and the health", "ICBs,Trusts"},
		// Near miss: the trust alone.
		{"The mental health trust should publish its waiting times for each team every month.\n",
			"The mental health trust should", "Trusts"},
	} {
		got := recActors(t, "Ashvale Child Death Overview Panel", c.body)
		if a, ok := got[c.key]; !ok || a != c.want {
			t.Errorf("%q: found %v, actors %q, want %q (all %v)", c.key, ok, a, c.want, got)
		}
	}
	// Near miss: parents' view is no ask.
	if got := recActors(t, "Ashvale Child Death Overview Panel", "Parents told us the mental health trust should publish its waits.\n"); len(got) != 0 {
		t.Errorf("a reported view: got %v, want no recommendation", got)
	}
}
