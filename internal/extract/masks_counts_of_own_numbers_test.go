package extract_test

import (
	"testing"

	"github.com/cypx/cypx/internal/extract"
)

// TestCountOfOwnNumbersNoFigure: a text counting the numbers it is about
// to give ("Two national numbers for context.", "Three figures stand
// out:") and a report counting the judgements it shows each measure with
// ("Each indicator is shown with two ratings") hold no figure; a count of
// statistics teams, or of figures a finding gives, stays.
func TestCountOfOwnNumbersNoFigure(t *testing.T) {
	for _, s := range []string{
		"Two national numbers for context.",
		"Three figures stand out:",
		"Here are four key statistics from the survey.",
		"Each indicator is shown with two ratings, following the approach used across the region:",
	} {
		if f := extract.Figures(s); len(f) != 0 {
			t.Errorf("%q: figures %v, want none", s, f)
		}
	}
	for _, s := range []string{
		"Two statistics teams were merged into one last year.",
		"Three of the figures quoted by the council were wrong, and 12 families complained.",
	} {
		if f := extract.Figures(s); len(f) == 0 {
			t.Errorf("%q: no figure, want the count kept", s)
		}
	}
}
