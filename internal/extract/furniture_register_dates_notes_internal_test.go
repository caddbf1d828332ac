package extract

import "testing"

// TestARegistersDatesNoteIsFurniture: how a register sets its dates is a
// note on the document; sentences that say something about dates stay.
func TestARegistersDatesNoteIsFurniture(t *testing.T) {
	for _, s := range []string{
		"Target dates are those agreed with the risk owner.",
		"Due dates are set by the lead director.",
	} {
		if got, _, _ := furnitureSentence(s); !got {
			t.Errorf("%q: not furniture", s)
		}
	}
	for _, s := range []string{
		"Due dates were missed for 7 of the 12 actions.",
		"Target dates are those agreed with the risk owner, but 4 have already slipped.",
		"Due dates are set by the board, which has moved them twice since March.",
	} {
		if got, _, _ := furnitureSentence(s); got {
			t.Errorf("%q: furniture", s)
		}
	}
}
