package extract_test

import (
	"slices"
	"testing"
)

// Round 22 (asks and actors): forms of asks that unseen e-mails and
// reports held and the rules missed, each in sentences written for these
// tests, with near-misses that must stay as they are.

// TestNumberedActionLinesOwnedByBodies holds a meeting's numbered action
// lines whose lead-in names the bodies that own them ("ACTION 2 - Trust:
// offer ..."), a provider named for its work ("Oakshire Community
// Health") among them: each asks those bodies. An action asking a body
// for information, or one owned by a person, asks nothing.
func TestNumberedActionLinesOwnedByBodies(t *testing.T) {
	cases := []struct {
		name, body string
		want       []string
	}{
		{"a provider named for its work", "Hi all,\n\nACTION 2 - Oakshire Community Health: offer Saturday clinics at the two family hubs that have no health visitor cover.\n\nKind regards,\nPriya\n",
			[]string{"|ACTION 2 - Oakshire Community Health: offer Saturday clinics at the two family hubs that have no health visitor cover.|Trusts"}},
		{"three bodies", "Hi all,\n\nAction 3: Council, ICB and Northfield Community Healthcare: agree a common referral form for the early help hub.\n\nKind regards,\nPriya\n",
			[]string{"|Action 3: Council, ICB and Northfield Community Healthcare: agree a common referral form for the early help hub.|ICBs,Local authorities,Trusts"}},
		{"a body's name alone", "Oakshire Community Health: publish waiting times for every clinic each month.\n",
			[]string{"|Oakshire Community Health: publish waiting times for every clinic each month.|Trusts"}},
		// Near-misses.
		{"asked to confirm", "Hi all,\n\nACTION 4 - ICB: confirm whether the ICB will fund the two posts from April.\n\nKind regards,\nPriya\n", nil},
		{"asked to send", "Hi all,\n\nACTION 1 - Oakshire Community Health: send the updated referral figures to Priya by 3 March.\n\nKind regards,\nPriya\n", nil},
		{"owned by a person", "Hi all,\n\nACTION 5 - Jo Bell: book the room for the next meeting.\n\nKind regards,\nPriya\n", nil},
		{"community health in lower case", "Oakshire community health: what families told us about the clinics.\n", nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := recs(t, c.body); !slices.Equal(got, c.want) {
				t.Errorf("recommendations:\n got %q\nwant %q", got, c.want)
			}
		})
	}
}
