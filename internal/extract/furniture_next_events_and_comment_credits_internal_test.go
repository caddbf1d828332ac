package extract

import "testing"

// TestFurnitureOfNextEventsAndCommentCredits: a notice of the next event
// and its day, and a council paper's credit for its legal or financial
// comments, are furniture; sentences that report an event's reach or the
// implications themselves stay. Every sentence is written for this test.
func TestFurnitureOfNextEventsAndCommentCredits(t *testing.T) {
	for _, s := range []string{
		"Our next members' webinar on short breaks is on Thursday 12 March at 7pm.",
		"The next parent forum drop-in will be on 14 May at Eastmoor Library.",
		"Our next coffee morning takes place on 3 June in the family hub.",
		"Legal comments provided by Amir Shah, Principal Solicitor (Children).",
		"Financial implications prepared by Jo Fell, Finance Business Partner.",
	} {
		if got, _, _ := furnitureSentence(s); !got {
			t.Errorf("%q: not furniture", s)
		}
	}
	for _, s := range []string{
		"Our next webinar reached 420 parents, up from 180 in the spring.",
		"The next meeting is when the board will decide whether to fund 12 more nurses.",
		"Legal advice to families rose by 40% in 2025.",
		"The council has a statutory duty to issue a plan within 20 weeks.",
	} {
		if got, _, _ := furnitureSentence(s); got {
			t.Errorf("%q taken for furniture", s)
		}
	}
}
