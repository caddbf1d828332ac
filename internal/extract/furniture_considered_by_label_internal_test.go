package extract

import "testing"

// TestAConsideredByLabelOverABodysNameIsFurniture: a committee system's
// "Considered by" line naming the body alone, with no colon, says where a
// decision went, no finding; a sentence opening with the same words
// stays.
func TestAConsideredByLabelOverABodysNameIsFurniture(t *testing.T) {
	for _, s := range []string{
		"Considered by Children and Young People's Scrutiny Committee",
		"Considered by Cabinet, 14 January 2026",
		"Presented to Health and Wellbeing Board",
	} {
		if got, _, _ := furnitureSentence(s); !got {
			t.Errorf("%q: not furniture", s)
		}
	}
	for _, s := range []string{
		"Considered by the committee in March, the report found that 64% of children waited more than 18 weeks.",
		"Considered by many parents to be the hardest part of the wait, the triage stage now takes 6 weeks.",
	} {
		if got, _, _ := furnitureSentence(s); got {
			t.Errorf("%q: furniture", s)
		}
	}
}
