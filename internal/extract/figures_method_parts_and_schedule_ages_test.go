package extract_test

import (
	"testing"

	"github.com/cypx/cypx/internal/extract"
)

// TestPartsAMethodSplitsIntoAreNoFigure: the number of parts a method
// splits its subjects into ("split into five equal groups", "divided into
// three bands") is how the figures were grouped. Before: "five equal
// groups" a count and the sentence a statistic. A count of groups that
// were found or set up stays a figure.
func TestPartsAMethodSplitsIntoAreNoFigure(t *testing.T) {
	for _, s := range []string{
		"Wards are ranked by the deprivation index and split into five equal groups.",
		"Schools were divided into three bands by the share of pupils on free school meals.",
		"Practices are grouped into four clusters of similar size for this analysis.",
	} {
		if figs := extract.Figures(s); len(figs) != 0 {
			t.Errorf("%q: got %v, want no figure", s, figs)
		}
	}
	for _, s := range []string{
		"The trust set up four new support groups for parents last year.",
		"Six focus groups were held with young carers.",
	} {
		if figs := extract.Figures(s); len(figs) == 0 {
			t.Errorf("%q: the count of groups not read", s)
		}
	}
}

// TestAgeAScheduleMovesADoseToIsNoFigure: the age a schedule moves a dose
// or a check to ("the second dose moves to 18 months") is the schedule's,
// as "the second dose at five years" is. Before: "18 months" a figure and
// the sentence a statistic. A wait that moves to some weeks stays one.
func TestAgeAScheduleMovesADoseToIsNoFigure(t *testing.T) {
	for _, s := range []string{
		"From April the booster dose moves to 3 years and 4 months in Scotland.",
		"The two-year review was brought forward to 20 months last spring.",
	} {
		if figs := extract.Figures(s); len(figs) != 0 {
			t.Errorf("%q: got %v, want no figure", s, figs)
		}
	}
	if figs := extract.Figures("The average wait for an assessment moved to 44 weeks in March."); len(figs) == 0 {
		t.Errorf("a wait that moved to some weeks not read")
	}
}
