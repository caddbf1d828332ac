package extract

import "testing"

// TestASignatureLeadOverANameAndPostIsFurniture: a report's or a
// letter's signature, "Signed on behalf of the trustees:" or "Signed:"
// before a name and post, says who signed, no finding; a signed line that
// says something, or counts who signed, stays.
func TestASignatureLeadOverANameAndPostIsFurniture(t *testing.T) {
	for _, s := range []string{
		"Signed on behalf of the trustees: Daniel Oyelaran, Chief Executive",
		"Signed for and on behalf of the Board: Dr Priya Nair, Chair",
		"Signed: Cllr Helen Marsh (Cabinet Member for Children, Wexdale Council)",
		"Signed on behalf of Kent Parent Carer Forum: Amy Lowe, Co-chair",
	} {
		if got, _, _ := furnitureSentence(s); !got {
			t.Errorf("%q: not furniture", s)
		}
	}
	for _, s := range []string{
		"Signed by 1,200 parents, the petition asks the council to fund a school nurse in every secondary school.",
		"Signed on behalf of the trustees: the board agreed to fund 12 more posts.",
		"Signed off by the board in March, the plan will cut waits to 18 weeks.",
	} {
		if got, _, _ := furnitureSentence(s); got {
			t.Errorf("%q: furniture", s)
		}
	}
}
