package extract

import "testing"

// TestFurnitureOfStatusLinesAndMembershipBoilerplate: a shared document's status line, a body's membership
// boilerplate, a charity's pointer to its accounts and a text line with
// a mobile number are furniture (set
// 48 spent); sentences that report or ask stay. Every sentence is written
// for this test.
func TestFurnitureOfStatusLinesAndMembershipBoilerplate(t *testing.T) {
	for _, s := range []string{
		"Status: draft for comment by the steering group before 4 June.",
		"Status: final version circulated to governors.",
		"Kestrel Young Carers CIC is a member of the Carers Trust Network Partners.",
		"The Fenmoor Parent Forum is a founding member of the Eastern Region Forums Alliance.",
		"Our full accounts are available from the Charity Commission website.",
		"The charity's audited accounts are published on our website each autumn.",
		"Parents can also text the school nurse line on 07700 900123, Monday to Friday.",
	} {
		if got, _, _ := furnitureSentence(s); !got {
			t.Errorf("%q: not furniture", s)
		}
	}
	for _, s := range []string{
		"Status: 41% of referrals were still open at the end of March.",
		"One in four members of the youth panel said they had waited more than a year.",
		"Every school should be a member of the local safeguarding partnership.",
		"Our accounts show that 86% of spending went on services.",
	} {
		if got, _, _ := furnitureSentence(s); got {
			t.Errorf("%q: read as furniture", s)
		}
	}
}
