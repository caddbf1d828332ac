package extract_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/extract"
)

// TestThanksForAskingIsNoAsk: a line thanking someone for asking, inviting
// or urging is the occasion of a letter, not an ask of the body named in
// it; an ask after the thanks in the same sentence stays one (round 17,
// leftovers). Before, "Thank you for asking the forum to help shape ..."
// was a recommendation of Other.
func TestThanksForAskingIsNoAsk(t *testing.T) {
	for _, s := range []string{
		"Thank you for asking the forum to help shape the new neurodevelopmental pathway.",
		"We are grateful to the ICB for asking schools to take part in the pilot.",
		"Thanks again for encouraging the trust to involve young people in the review.",
	} {
		if got := recs(t, "## Reply\n\n"+s+"\n"); len(got) != 0 {
			t.Errorf("%q: recommendations %v, want none", s, got)
		}
	}
	s := "Thank you for asking the forum to take part, and we ask the ICB to fund a named worker for every family."
	got := recs(t, "## Reply\n\n"+s+"\n")
	if len(got) != 1 || !strings.HasSuffix(got[0], "|ICBs") {
		t.Errorf("%q: recommendations %v, want one of ICBs", s, got)
	}
}

var _ = evidence.Recommendation
var _ = extract.Version
