package extract

import "testing"

// TestAParliamentPagesMotionExplainerIsFurniture: what an early day motion
// is and who may sign one are the page's explainer; what a motion says or
// how many signed stays.
func TestAParliamentPagesMotionExplainerIsFurniture(t *testing.T) {
	for _, s := range []string{
		"Early day motions (EDMs) are motions put down by MPs that are seldom debated.",
		"Early day motions are formal proposals submitted for debate, though few are ever discussed.",
		"Any Member may add their name.",
		"Any MP can sign an early day motion.",
	} {
		if got, _, _ := furnitureSentence(s); !got {
			t.Errorf("%q: not furniture", s)
		}
	}
	for _, s := range []string{
		"Early day motions on children's mental health drew 120 signatures in 2025.",
		"Any MP may add their name, and 84 have signed this motion so far.",
		"Any member of the public may add their name to the petition calling for shorter waits.",
		"Early day motions are rarely debated, but this one has 120 signatures.",
	} {
		if got, _, _ := furnitureSentence(s); got {
			t.Errorf("%q: furniture", s)
		}
	}
}
