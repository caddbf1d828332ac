package extract

import "testing"

// TestADebatesCourtesiesToAnInterventionAreFurniture: a speaker granting an
// intervention's point and deferring it, thanking the member for it, or
// giving way is furniture; a reply that says what the member is right
// about, states a figure or goes on to a point stays. Every sentence is
// written for this test.
func TestADebatesCourtesiesToAnInterventionAreFurniture(t *testing.T) {
	for _, s := range []string{
		"The hon. Lady is right, and I will turn to funding in a moment.",
		"My hon. Friend makes an important point.",
		"The right hon. Gentleman is absolutely right.",
		"I thank the hon. Member for his intervention.",
		"I am grateful to my hon. Friend.",
		"I will give way once more.",
		"Will the Minister give way?",
		"I give way to the hon. Lady.",
		// An offer to meet a member, its "hon." no sentence's end since
		// the stop after it ends none.
		"I would be very happy to meet the hon. Member and her local trust.",
	} {
		if got, _, _ := furnitureSentence(s); !got {
			t.Errorf("%q: not furniture", s)
		}
	}
	for _, s := range []string{
		"The hon. Lady is right that the wait for an assessment has doubled since 2021.",
		"My hon. Friend makes an important point: 40% of the children in her area wait more than a year.",
		"The hon. Gentleman is right, and the Government should publish the data by area.",
		"I thank the hon. Member for his work on the Select Committee, which found that half of trusts had no plan.",
		"I will give way to no one on the need for more school nurses, and councils must fund them.",
	} {
		if got, _, _ := furnitureSentence(s); got {
			t.Errorf("%q: furniture", s)
		}
	}
}
