package extract

import "testing"

// TestJudgmentFrontSheet: a judgment's hand-down note, the lines
// naming counsel and who instructed them, and a party's non-appearance
// are furniture (set 57 spent; written for this test). What the judgment
// finds stays.
func TestJudgmentFrontSheet(t *testing.T) {
	for _, s := range []string{
		"This judgment was handed down remotely at 2pm on 4 March 2026 by circulation to the parties by e-mail.",
		"Mr Daniel Reyes KC and Ms Hana Ito (instructed by Bellfield Law LLP) for the Claimant",
		"Ms Ruth Oduya (instructed by the Council's legal department)",
		"The Interested Party did not appear and was not represented",
		"The Respondent was not represented.",
	} {
		if got, _, _ := furnitureSentence(s); !got {
			t.Errorf("%q: not furniture", s)
		}
	}
	for _, s := range []string{
		"The Council did not consult the families of the 40 children who used the service.",
		"Mr Reyes submitted that the assessment ignored the waiting list.",
		"This judgment finds that the decision was unlawful.",
	} {
		if got, _, _ := furnitureSentence(s); got {
			t.Errorf("%q taken for furniture", s)
		}
	}
}
