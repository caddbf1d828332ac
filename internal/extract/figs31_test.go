package extract_test

import (
	"strings"
	"testing"
)

// TestWordShareWithExactCountInBrackets: set 31 spent (every sentence
// written for this test). A share in words with its count and base in
// brackets ("Almost half of the hospices that replied (14 of 29)") is
// stated exactly by the bracket, as "three quarters (76%)" is by its
// percentage: the count is the headline, the base its base, and the
// words no figure. A bracket with the count alone keeps the words' share.
// Before: "Almost half" (50%) was the headline and the bracket's count
// and base were lost.
func TestWordShareWithExactCountInBrackets(t *testing.T) {
	for _, c := range []struct {
		sentence string
		want     []string
		headline string
	}{
		{"Almost half of the hospices that replied (14 of 29) had cut a service in the past year.",
			[]string{"14 14 count headline", "29 29 count base"}, "14"},
		{"Around a third of the schools we visited (9 out of 27) had no nurse on site.",
			[]string{"9 9 count headline", "27 27 count base"}, "9"},
		{"Nearly half of parents (59) said they had waited more than a year.",
			[]string{"Nearly half 50 percent headline", "59 59 count ", "more than a year 1 years threshold"}, "Nearly half"},
	} {
		it := itemOf(t, c.sentence)
		var got []string
		for _, f := range it.Figures {
			got = append(got, figureLine(f))
		}
		if strings.Join(got, "|") != strings.Join(c.want, "|") {
			t.Errorf("%q: figures %q, want %q", c.sentence, got, c.want)
		}
		if h, ok := it.Headline(); c.headline != "" && (!ok || h.Text != c.headline) {
			t.Errorf("%q: headline %q, want %q", c.sentence, h.Text, c.headline)
		}
	}
}
