package extract_test

import (
	"slices"
	"testing"

	"github.com/cypx/cypx/internal/extract"
)

// TestPartNamingItselfAndReferralFormPointer: a chapter published on its
// own says which part of the whole it is ("This is Part 2 of our annual
// report."), and a service page points professionals at the form to use
// ("GPs should use the referral form on the professionals' page."): each
// is housekeeping, no item. A sentence opening the same way that says
// something of a service is kept. Written for this test (set 34 spent).
func TestPartNamingItselfAndReferralFormPointer(t *testing.T) {
	cases := []struct {
		name, sentence string
		kept           bool
	}{
		{"a part naming itself", "This is Part 2 of our annual report.", false},
		{"a chapter naming itself", "This is chapter 4 of the council's public health report for 2025.", false},
		{"a referral form pointer", "GPs should use the referral form on the professionals' page.", false},
		{"a form online", "Health visitors can use the online referral form on our website.", false},
		// Near-misses.
		{"a year counted", "This is the third year in which waits for a first appointment have risen.", true},
		{"a share", "This is 4% of all children in the borough, twice the national rate.", true},
		{"forms not used", "Only 40% of GPs used the referral form in the first year, so many referrals were returned.", true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			body := "Dear Sam,\n\nThe new pathway has been agreed by the board.\n\n" + c.sentence + "\n\nKind regards,\nJo\n"
			var texts []string
			for _, it := range extract.Extract(parseBody(t, "P", body)) {
				texts = append(texts, it.Text)
			}
			if got := slices.Contains(texts, c.sentence); got != c.kept {
				t.Errorf("%q kept = %v, want %v (items %q)", c.sentence, got, c.kept, texts)
			}
		})
	}
}
