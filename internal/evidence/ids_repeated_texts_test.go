package evidence_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/evidence"
)

// TestRepeatedTextIDsAreItemIDs: the id of a text repeated in its source,
// its whole hash and a number ("gen-000022#4471e77c-2", as 'cypx items'
// lists it and the explorer marks it), is an item id: whole, checked and
// kept by the basket. Before, it was refused ("a hash has 4 to 8
// characters"): such an item could not be shown, cited or added, and a
// basket holding it could not be read. A number after a part of a hash,
// "-1", "-02" or a word is still refused.
func TestRepeatedTextIDsAreItemIDs(t *testing.T) {
	for ref, whole := range map[string]string{
		"gen-000022#4471e77c-2":  "gen-000022#4471e77c-2",
		"gen-000022#4471E77C-12": "gen-000022#4471e77c-12",
		"4471e77c-2":             "",
	} {
		r, err := evidence.ParseItemRef(ref)
		if err != nil {
			t.Errorf("%s: %v", ref, err)
			continue
		}
		if r.ID() != whole {
			t.Errorf("%s: whole id %q, want %q", ref, r.ID(), whole)
		}
	}
	if err := evidence.CheckItemID("gen-000022#4471e77c-2"); err != nil {
		t.Errorf("the basket refuses a repeated text's id: %v", err)
	}
	for _, ref := range []string{"gen-000022#4471-2", "gen-000022#4471e77c-1", "gen-000022#4471e77c-02", "gen-000022#4471e77c-x", "gen-000022#4471e77c-", "gen-000022#4471e77c-2-2"} {
		if _, err := evidence.ParseItemRef(ref); err == nil || !strings.Contains(err.Error(), "is not an item id") {
			t.Errorf("%s: %v, want it refused", ref, err)
		}
	}
}
