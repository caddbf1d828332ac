package extract_test

import (
	"testing"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/extract"
)

// TestTimeLimitsFromBirth: "85% ... within 14 days of birth" is the time
// limit the share is counted against, a threshold as "within 14 days of
// referral" is; with no share it names the visit ("Most visits took place
// within 14 days of birth", TestNotFigureForms), and "six weeks after
// birth" stays a moment in a life, no figure. Before, the limit from birth
// was no figure beside a share either.
func TestTimeLimitsFromBirth(t *testing.T) {
	found := false
	for _, f := range extract.Figures("About 85% of new birth visits take place within 14 days of birth.") {
		found = found || f.Value == 14 && f.Role == evidence.RoleThreshold
	}
	if !found {
		t.Error("within 14 days of birth: no threshold of 14 days")
	}
	for _, f := range extract.Figures("The review is offered six weeks after birth to every family.") {
		if f.Value == 6 {
			t.Errorf("six weeks after birth read as a figure: %+v", f)
		}
	}
}

// TestNoneOfTheGroupCountsIt: "None of the five hospitals had ..." counts
// the five hospitals, the finding's group in full, as "None of the 5
// hospitals" does; "the five hospitals had" alone names a group already
// counted, and "None of the four reaches the 95% level" counts no
// "reaches". Before, the group in words was no figure.
func TestNoneOfTheGroupCountsIt(t *testing.T) {
	got := extract.Figures("None of the five hospitals had a written protocol for restraint.")
	if len(got) != 1 || got[0].Value != 5 || got[0].Unit != evidence.UnitCount {
		t.Errorf("none of the five hospitals: %v, want a count of 5", got)
	}
	for _, s := range []string{
		"The five hospitals had no written protocol for restraint.",
		"None of the four reaches the 95% level in any year.",
	} {
		for _, f := range extract.Figures(s) {
			if f.Unit == evidence.UnitCount {
				t.Errorf("%q: read %q as a count", s, f.Text)
			}
		}
	}
}
