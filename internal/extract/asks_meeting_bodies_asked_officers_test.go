package extract_test

import (
	"testing"

	"github.com/cypx/cypx/internal/evidence"
)

// TestMeetingsAskingTheirOfficersAndForumsAsking: a council's Cabinet
// named without "the" decides as a board does ("Cabinet asked the
// Director of Public Health to bring a plan": the council); a board that
// asks its own executive team asks for the body ("The board asked the
// executive team to bring a costed plan": the trust); bodies of parents
// named as organisations ask ("Both parent carer forums have asked the
// councils and the ICB to publish"); a writer who would like a
// recommendation made proposes it ("I'd like us to recommend that the
// ICB funds ..."). Near misses: a writer setting their
// own colleagues to work, what parents asked, a member's question.
// Before: each ask was read as an excerpt.
func TestMeetingsAskingTheirOfficersAndForumsAsking(t *testing.T) {
	for _, c := range []struct {
		publisher, s string
		want         []evidence.Actor // nil: no recommendation
	}{
		{"Harrowfield Borough Council", "Cabinet asked the Director of Public Health to bring a plan for recruiting health visitors to the scrutiny committee.", []evidence.Actor{evidence.LocalAuthorities}},
		{"Northmere NHS Foundation Trust", "The board asked the executive team to bring a costed plan for the eating disorder service to its meeting in January.", []evidence.Actor{evidence.Trusts}},
		{"Wexcombe and Ardley ICB", "Both parent carer forums have asked the councils and the ICB to publish an easy-read version of the plan.", []evidence.Actor{evidence.ICBs, evidence.LocalAuthorities}},
		{"Wexcombe and Ardley ICB", "Parents have asked the council to publish an easy-read version of the plan.", nil},
		{"Wexcombe and Ardley ICB", "I have asked the adult CHC team to pick up the rest of the cases.", nil},
		{"Harrowfield Borough Council", "Cllr Hart asked the director to explain the rise in waits.", nil},
		{"Calderbrook ICB", "Second, I’d like us to recommend that the ICB funds the pre-assessment support offer from next year's budget.", []evidence.Actor{evidence.ICBs}},
		{"Oakfield Parent Carer Forum", "I'd really like the report to recommend that the ICB restores the designated clinical officer post to full time.", []evidence.Actor{evidence.ICBs}},
		{"Oakfield Parent Carer Forum", "I'd like us to recommend a name for the new service.", nil},
	} {
		checkSentenceAsk(t, c.publisher, c.s, c.want)
	}
}
