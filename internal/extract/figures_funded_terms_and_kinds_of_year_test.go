package extract_test

import (
	"testing"

	"github.com/cypx/cypx/internal/extract"
)

// TestTermOfWhatIsFundedIsNoFigure: the term a contract or grant runs
// for, named with its owner ("over its three years", "across their four
// years"), is the span a sum is spent over, not a finding (round 25, set
// 25 spent). Before: "three years" was read as a figure.
func TestTermOfWhatIsFundedIsNoFigure(t *testing.T) {
	for _, c := range []struct{ sentence, span, kept string }{
		{"The grant is worth £3.2 million over its three years and will fund 6 new health visitor posts.", "three years", "£3.2 million"},
		{"The partners will spend £900,000 across their four years on a new family hub.", "four years", "£900,000"},
	} {
		it := itemOf(t, c.sentence)
		found := false
		for _, f := range it.Figures {
			if f.Text == c.span {
				t.Errorf("%s\n  %q read as a figure", c.sentence, c.span)
			}
			if f.Text == c.kept {
				found = true
			}
		}
		if !found {
			t.Errorf("%s\n  %q not read", c.sentence, c.kept)
		}
	}
}

// TestKindOfYearIsPartOfItsDuration: a duration in words whose unit has
// its kind of year before it ("two financial years", "three school
// years") is a duration, so the span a table covers ("over the last two
// financial years") is no figure, while a wait of as long still is
// (round 25, set 25 spent). Before: the "two" was read as a bare count.
func TestKindOfYearIsPartOfItsDuration(t *testing.T) {
	for _, s := range []string{
		"Table 4 sets out admissions over the last two financial years.",
		"Chart 2 shows referrals over the past three academic years.",
	} {
		for _, it := range extract.Extract(parseBody(t, "P", "## Activity\n\n"+s+"\n")) {
			if len(it.Figures) > 0 {
				t.Errorf("%s\n  figures %v, want none", s, it.Figures)
			}
		}
	}
	it := itemOf(t, "Some children waited three school years for an assessment.")
	if h, ok := it.Headline(); !ok || h.Text != "three school years" {
		t.Errorf("headline %+v, want three school years", h)
	}
}
