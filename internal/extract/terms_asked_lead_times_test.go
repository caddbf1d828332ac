package extract_test

import (
	"testing"

	"github.com/cypx/cypx/internal/extract"
)

// TestAskedLeadTimeAndCadenceAreNoFigures: an ask's terms, the notice it
// asks a body to give ("budgets should be set at least two years in
// advance") and how often a post it asks for is worked ("a dietitian
// should join the clinic two days a week"), are how the arrangement is
// to run, as a term asked for "at a time" is: no figures. The same words
// measuring what happened keep theirs. Written for this test.
func TestAskedLeadTimeAndCadenceAreNoFigures(t *testing.T) {
	for _, s := range []string{
		"The department should set school nursing budgets at least two years in advance, so councils can plan.",
		"Councils must publish their short breaks offer at least six months in advance of each school year.",
		"The ICB should fund a dietitian to join the diabetes clinic at least two days a week.",
		"We are asking the trust to base a school nurse in each secondary school three days a week.",
	} {
		if figs := extract.Figures(s); len(figs) != 0 {
			t.Errorf("%q: read figures %v", s, figs)
		}
	}
	for _, s := range []string{
		"Only 12% of clinic letters were sent more than two weeks in advance.",
		"Parents booked appointments six weeks in advance on average last year.",
		"The clinic ran two days a week in 2024, down from five.",
		"Health visitors should not hold caseloads above 250 children, and 41% of them now do.",
	} {
		if figs := extract.Figures(s); len(figs) == 0 {
			t.Errorf("%q: no figure read", s)
		}
	}
}
