package extract_test

import (
	"testing"

	"github.com/cypx/cypx/internal/extract"
)

// TestMethodRulesAreNoFigures: how a method works is no finding: the
// meetings a panel held before who met in them, the services its evidence
// covered, the support a rule needs for a proposal to pass, a body's
// promised time to publish its response and a report's own observations
// counted beside its recommendations. Before, each was a statistic's
// figure.
func TestMethodRulesAreNoFigures(t *testing.T) {
	for _, s := range []string{
		"Across six workshops, parents who had never spoken to commissioners shared their experiences.",
		"Over four evenings, carers who had not met before talked through the options.",
		"Panel members were shown the waiting times for three therapy and nursing services in the area.",
		"The proposal needed the backing of at least two thirds of members (12 of 18) to be carried.",
		"An idea needed the agreement of 10 of the 15 panel members to be included.",
		"A motion required the votes of more than half of councillors to pass.",
		"The trust will reply to the panel's findings within two months.",
		"The board will publish its formal response to the panel within eight weeks.",
		"The review makes four recommendations and one safety observation.",
		"The inquiry makes five recommendations and two learning points.",
	} {
		if got := extract.Figures(s); len(got) > 0 {
			t.Errorf("%q: read %q as a figure", s, got[0].Text)
		}
	}
}

// TestFindingsBesideMethodRulesKeepTheirFigures: the same words around
// a finding leave its figures.
func TestFindingsBesideMethodRulesKeepTheirFigures(t *testing.T) {
	for s, want := range map[string]string{
		"Only 40% of trusts published a response within three months.":                       "40%",
		"Inspectors made 40 observations of practice on the wards.":                          "40 observations",
		"The motion was supported by 21 of 24 jurors (88%).":                                 "88%",
		"Members were shown the waiting times, and 14 of them said the waits were too long.": "14",
		"Over two years, 300 children were seen by the team.":                                "300 children",
		// The development set keeps an entitlement's count as a figure.
		"Every child is entitled to four developmental checks before starting school.": "four developmental checks",
	} {
		found := false
		for _, f := range extract.Figures(s) {
			found = found || f.Text == want || len(f.Text) > len(want) && f.Text[len(f.Text)-len(want):] == want
		}
		if !found {
			t.Errorf("%q: no figure %q in %v", s, want, extract.Figures(s))
		}
	}
}
