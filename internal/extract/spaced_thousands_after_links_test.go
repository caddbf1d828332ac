package extract_test

import (
	"testing"

	"github.com/cypx/cypx/internal/extract"
)

// TestASpaceGroupedLevelAfterToIsOneNumber holds a space-grouped thousand
// after "to", "from 980 to 1 120 children" (a plain, thin, narrow or
// no-break space), "rose to 1 120", "rose by 140 to 1 120": one number,
// 1,120, never 1 and 120. "aged 11 to 16 100 times" stays two numbers,
// as a range climbs. Before (hostile check 69), the headline was a count
// of 1.
func TestASpaceGroupedLevelAfterToIsOneNumber(t *testing.T) {
	for _, sp := range []string{" ", "\u2009", "\u202f", "\u00a0"} {
		for _, s := range []string{
			"Waiting lists grew from 980 to 1" + sp + "120 children in Benenden between 2023 and 2024.",
			"Referrals rose to 1" + sp + "120 in 2024 in Sissinghurst, from 980 in 2023.",
			"Referrals in Staplehurst rose by 140 to 1" + sp + "120 in 2024.",
		} {
			found := false
			for _, f := range extract.Figures(s) {
				if f.Value == 1 || f.Value == 120 {
					t.Errorf("%q: a number of the group read alone: %q", s, f.Text)
				}
				found = found || f.Value == 1120
			}
			if !found {
				t.Errorf("%q: no figure 1,120 in %+v", s, extract.Figures(s))
			}
		}
	}
	// Near-miss: a climbing pair stays two numbers.
	for _, f := range extract.Figures("Young people aged 11 to 16 100 times more likely to be seen.") {
		if f.Value == 16100 {
			t.Errorf("two numbers read as one: %q", f.Text)
		}
	}
}
