package extract_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/extract"
)

// recActors renders the actors of each recommendation of a body a
// publisher wrote, keyed by the recommendation's first five words.
func recActors(t *testing.T, publisher, body string) map[string]string {
	t.Helper()
	out := map[string]string{}
	for _, it := range extract.Extract(parseBody(t, publisher, body)) {
		if it.Kind != evidence.Recommendation {
			continue
		}
		var as []string
		for _, a := range it.Actors {
			as = append(as, string(a))
		}
		w := strings.Fields(it.Text)
		out[strings.Join(w[:min(5, len(w))], " ")] = strings.Join(as, ",")
	}
	return out
}

// TestTheAskerIsAskedNotTheBodyItAsks: in "A should ask B to ..." the
// recommendation is addressed to A (internal/quality's conventions): the
// writer's "we should ask the trust to ..." asks the writer's body, and a
// board urged to ask the ICB and the council is asked, not the two bodies
// it is to ask. Near misses keep the body asked: the writer asking it
// outright ("We would ask the trust to ..."), and a body that should act
// itself. Before: the trust, the council, the ICB and the council. Every
// sentence is written for this test.
func TestTheAskerIsAskedNotTheBodyItAsks(t *testing.T) {
	for _, c := range []struct {
		publisher, body, key, want string
	}{
		{"NHS Ashvale Integrated Care Board", "I think we should ask the trust to give every family on the waiting list a named contact.\n",
			"I think we should ask", "ICBs"},
		{"Ashvale Parent Carer Forum", "We should also ask the council to explain its new transport policy to parents at the next meeting.\n",
			"We should also ask the", "Other"},
		{"Ashvale Borough Council", "Priya Khan: We must ask the ICB to fund the second speech therapy post this year.\n",
			"Priya Khan: We must ask", "Local authorities"},
		{"Ashvale Carers Centre", "Ahead of the health and wellbeing board, I'm sharing our survey.\n\nI'd urge the board to ask the ICB and the council for one shared transition plan before the summer.\n",
			"I'd urge the board to", "Other"},
		// Near misses: the writer asks the body outright; a body that
		// should act itself.
		{"Ashvale Parent Carer Forum", "We would ask the trust to give every family on the waiting list a named contact.\n",
			"We would ask the trust", "Trusts"},
		{"Ashvale Parent Carer Forum", "We think the council should publish its transport policy for parents before the next term.\n",
			"We think the council should", "Local authorities"},
	} {
		got := recActors(t, c.publisher, c.body)
		a, ok := got[c.key]
		if !ok || a != c.want {
			t.Errorf("%s: %q: found %v, actors %q, want %q (all %v)", c.publisher, c.key, ok, a, c.want, got)
		}
	}
}
