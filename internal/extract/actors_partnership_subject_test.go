package extract_test

import (
	"strings"
	"testing"
)

// TestThePartnershipIsAskedAsItsLeadersAre: an area SEND report's "The
// partnership should …" asks the council and the ICB, as "Leaders should
// …" does. Before (held-out set 93), an excerpt, or no item when short.
func TestThePartnershipIsAskedAsItsLeadersAre(t *testing.T) {
	body := "## Findings\n\nThe local area partnership's arrangements lead to inconsistent experiences for children.\n\n" +
		"The partnership should update its strategic plan in the light of these findings.\n\nThe partnership should publish its plan.\n"
	got := recs(t, body)
	if len(got) != 2 {
		t.Fatalf("recommendations %q, want both asks of the partnership", got)
	}
	for _, r := range got {
		if !strings.HasSuffix(r, "|ICBs,Local authorities") {
			t.Errorf("%q: want the council and the ICB asked", r)
		}
	}
}
