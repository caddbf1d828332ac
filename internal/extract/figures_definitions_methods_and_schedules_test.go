package extract_test

import (
	"testing"

	"github.com/cypx/cypx/internal/extract"
)

// TestDefinitionsMethodsAndSchedulesAreNoFigures: set 75 spent. A
// definition's threshold ("Severely absent means missing 50% or more of
// sessions"), a workshop's voting materials and seating ("Each attendee
// had four dots", "sat at seven mixed tables"), the writer's count of
// the changes it recommends and the contacts a programme offers every
// family are method and terms, no figures; before, each was read as a
// figure and its sentence a statistic. The finding beside them stays:
// the votes cast, the group's own share, the reviews actually given.
func TestDefinitionsMethodsAndSchedulesAreNoFigures(t *testing.T) {
	for _, s := range []string{
		"Severely absent means missing 50% or more of possible sessions.",
		"A large family is defined as having 4 or more children under 16.",
		"Participants sat at seven mixed tables and ranked the options with counters.",
		"Each attendee had four dots to place on the ideas they liked best.",
		"We recommend three changes.",
		"Persistent absence was defined as missing 10% or more of possible sessions.",
		"The programme says every family should be offered five mandated health visits.",
		"Under the national programme, every child should be offered five reviews before school.",
	} {
		if figs := extract.Figures(s); len(figs) != 0 {
			t.Errorf("%q: got %v, want no figure", s, figs)
		}
	}
	for s, want := range map[string]float64{
		"Each attendee had four dots; 236 votes were cast in all.":                               236,
		"Severely absent means missing 50% or more of sessions, and 3.1% of pupils were so.":     3.1,
		"Only 61% of families were given all five reviews in 2025, down from 70%.":               61,
		"The trust has made 14 changes to its triage since the inspection.":                      14,
		"The council ran workshops in 12 schools, where pupils worked in groups of five or six.": 12,
	} {
		figs := extract.Figures(s)
		found := false
		for _, f := range figs {
			found = found || f.Value == want
		}
		if !found {
			t.Errorf("%q: got %v, want the figure %v kept", s, figs, want)
		}
	}
}
