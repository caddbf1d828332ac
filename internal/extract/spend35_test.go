package extract_test

import (
	"testing"
)

// TestContractProviderDutiesAskNothing: a service specification states
// what the contracted provider must do ("The provider must offer ...",
// "The contractor must not close ..."): duties the contract sets, as "the
// local authority must" is one the law sets, not the writer's asks. Under
// an inspector's heading of what the provider must do the same must is
// the inspector's requirement, an ask. Before: each duty a recommendation
// of trusts.
func TestContractProviderDutiesAskNothing(t *testing.T) {
	for _, s := range []string{
		"The provider must run a duty telephone line for urgent referrals at all hours.",
		"4.2 The provider must not close a referral without writing to the family.",
		"The contractor must give every family a named worker.",
	} {
		if got := recs(t, s+"\n"); len(got) != 0 {
			t.Errorf("%q read as a recommendation: %q", s, got)
		}
	}
	body := "## Action the provider must take to improve\n\nThe provider must ensure that every child has a written care plan.\n"
	if got := recs(t, body); len(got) != 1 {
		t.Errorf("inspector's requirement: %q, want one ask", got)
	}
}
