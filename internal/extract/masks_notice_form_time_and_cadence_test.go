package extract_test

import (
	"testing"

	"github.com/cypx/cypx/internal/extract"
)

// TestNoticeFormTimeCadenceAndListCountsNoFigures: the notice a meeting
// asks questions by, the time a form takes to fill in, how often a body
// runs its census, the count of areas a list of calls is about to give, a
// quarter named in words and the time a body is asked to report back in
// are no figures; a finding beside each of them keeps its
// figure, and the same words stating a finding stay figures.
func TestNoticeFormTimeCadenceAndListCountsNoFigures(t *testing.T) {
	for _, s := range []string{
		"Residents may send questions to the clerk at least 72 hours beforehand.",
		"Please register no later than five working days before the meeting.",
		"It should take about 15 minutes.",
		"The survey takes around 12 minutes to complete.",
		"Every three years we ask each school nursing team to describe its caseload.",
		"To make this happen, the network is calling for action in three areas.",
		"Here are the quarter three returns for your board papers.",
		"The panel asks the council to accept the findings and to report back to the board within nine months.",
	} {
		if f := extract.Figures(s); len(f) != 0 {
			t.Errorf("%q: figures %v, want none", s, f)
		}
	}
	for _, s := range []string{
		"Completing the questionnaire took a median of 8 minutes.",
		"Only 44% of families sent their forms at least 10 days before the deadline.",
		"In quarter two, 318 children were referred, up from 260.",
		"Waits fell in four areas and rose in 12 others.",
	} {
		if f := extract.Figures(s); len(f) == 0 {
			t.Errorf("%q: no figure, want the finding kept", s)
		}
	}
}
