package extract_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/extract"
)

// boardRecs renders the recommendations of a paper published by
// publisher as "text|actors", keyed by the text's first word.
func boardRecs(t *testing.T, publisher, body string) map[string]string {
	t.Helper()
	got := map[string]string{}
	for _, it := range extract.Extract(parseBody(t, publisher, body)) {
		if it.Kind != evidence.Recommendation {
			continue
		}
		var as []string
		for _, a := range it.Actors {
			as = append(as, string(a))
		}
		w, _, _ := strings.Cut(strings.TrimSpace(it.Text), " ")
		got[w] = strings.Join(as, ",")
	}
	return got
}

// TestBoardRequestsAskTheBodyOfTheBoard: a paper's requests of its board
// ask the body whose board it is: a school's governors ("Governors are
// asked to:") the school, whoever publishes the paper (a learning trust's
// name reads as no school); a health and wellbeing board, when the paper's
// publisher is of no known kind, Other, as the actor list files such
// boards. "Nominate" decides as "approve" does, and "Call on the
// Government to" asks through the board as "Ask" does. A council's paper
// to its health and wellbeing board stays the council's; a lead-in that
// asks no board gives its items no body. Before: no actor, or only the
// body the item names. Every sentence is written for this test.
func TestBoardRequestsAskTheBodyOfTheBoard(t *testing.T) {
	gov := "## Recommendations\n\nGovernors are asked to:\n\n- approve £4,000 from the school budget for a counsellor in the spring term;\n- nominate a governor to lead on pupil wellbeing by the next meeting.\n"
	g := boardRecs(t, "Harbrook Learning Trust", gov)
	for w, want := range map[string]string{"approve": "Schools", "nominate": "Schools"} {
		if g[w] != want {
			t.Errorf("governors' %q: actors %q, want %q (all %v)", w, g[w], want, g)
		}
	}
	hwb := "## Recommendations\n\nThe Health and Wellbeing Board is asked to:\n\n1. Approve the outcome framework for the children's plan.\n2. Call on the Government to restore the grant for school nurses.\n"
	h := boardRecs(t, "Dunholm Children's Partnership", hwb)
	if h["Approve"] != "Other" {
		t.Errorf("health and wellbeing board's Approve: actors %q, want Other (all %v)", h["Approve"], h)
	}
	if !strings.Contains(h["Call"], "Other") {
		t.Errorf("health and wellbeing board's Call on: actors %q, want Other among them (all %v)", h["Call"], h)
	}
	// Near misses: the council's own paper to the board stays the
	// council's; a list that asks no board gains no body.
	if c := boardRecs(t, "Dunholm Borough Council", hwb); c["Approve"] != "Local authorities" {
		t.Errorf("council's paper: actors %q, want Local authorities (all %v)", c["Approve"], c)
	}
	plain := "## Our plans\n\nThis term we hope to:\n\n- approve £4,000 from the school budget for a counsellor in the spring term;\n"
	if p := boardRecs(t, "Harbrook Learning Trust", plain); p["approve"] != "" {
		t.Errorf("no board asked: actors %q, want none (all %v)", p["approve"], p)
	}
}
