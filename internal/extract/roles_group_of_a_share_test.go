package extract_test

import (
	"testing"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/extract"
)

// TestTheGroupOfAShareIsItsBase: the group a share "of those" or "of them"
// is of is the base, not a part counted right before the phrase; a count
// a share "of those eligible" measures is no base and heads the item.
func TestTheGroupOfAShareIsItsBase(t *testing.T) {
	for _, c := range []struct{ s, head, base string }{
		{"Our nurses weighed and measured 6,230 Reception pupils, 95% of those eligible.", "6,230", ""},
		{"This year the team vaccinated 3,870 Year 8 girls, which is 81% of those eligible.", "3,870 Year 8 girls", ""},
		{"At the end of March 1,900 children were on the list, and 204 of them (11%) had waited over a year.", "11%", "1,900 children"},
		// As before: the share heads these.
		{"Only 610 of them (16%) were seen by the specialist team.", "16%", "Only 610"},
		{"Our survey of 60 young people found that 58% had waited more than a year.", "58%", "60"},
		{"At the end of March, 1,940 children were on the list, of whom 41% had waited over 18 weeks.", "41%", "1,940 children"},
	} {
		item := evidence.Item{Figures: extract.Figures(c.s)}
		head, ok := item.Headline()
		if !ok || head.Text != c.head {
			t.Errorf("%q: headline %q, want %q (%v)", c.s, head.Text, c.head, item.Figures)
		}
		for _, f := range item.Figures {
			if (f.Role == evidence.RoleBase) != (f.Text == c.base) {
				t.Errorf("%q: %q role %q, want base only for %q", c.s, f.Text, f.Role, c.base)
			}
		}
	}
}
