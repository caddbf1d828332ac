package extract_test

import "testing"

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
