package extract_test

import (
	"testing"

	"github.com/cypx/cypx/internal/evidence"
)

// TestACountsSampleBracketBeforeItsNounKeepsTheCount: a sample's size in
// brackets between a count and the noun it counts ("1,200 (n=4,000)
// children", "(n = 4,000)", "(base: 4,000)") is read past: the count is
// a figure and the headline, of its people, place, measure and year, the
// bracket its base, and the value compared after it keeps the measure.
// Before, the 1,200 was no figure at all (a bracket after a count hid its
// noun, and "(n=4,000)" was then dropped as an earlier value), so the
// base or Kent's 1,400 headed the item (hostile check 68).
func TestACountsSampleBracketBeforeItsNounKeepsTheCount(t *testing.T) {
	for _, bracket := range []string{"(n=4,000)", "(n = 4,000)", "(base: 4,000)"} {
		s := "In 2023, 1,200 " + bracket + " children in Medway were referred to CAMHS, compared with 1,400 in Kent."
		it := itemOf(t, s)
		c := figureOf(t, it, "1,200")
		if c.Value != 1200 || c.Unit != evidence.UnitCount || c.Role == evidence.RoleBase {
			t.Errorf("%s\n  1,200 read as %v %s role %q", s, c.Value, c.Unit, c.Role)
		}
		if r := c.Record; r.Period != "2023" || r.Population != "children in Medway" || r.Measure != "were referred to CAMHS" {
			t.Errorf("%s\n  1,200: period %q, people %q, measure %q", s, r.Period, r.Population, r.Measure)
		}
		if h, _ := it.Headline(); h.Value != 1200 {
			t.Errorf("%s\n  headline %q, want 1,200", s, h.Text)
		}
		bases := 0
		for _, f := range it.Figures {
			if f.Role == evidence.RoleBase {
				bases++
				if f.Value != 4000 {
					t.Errorf("%s\n  base %v, want 4,000", s, f.Value)
				}
			}
		}
		if bases != 1 {
			t.Errorf("%s\n  %d bases, want the sample's", s, bases)
		}
		k := figureOf(t, it, "1,400")
		if k.Record.Place != "Kent" || k.Record.Measure != "were referred to CAMHS" || k.Record.Period != "2023" {
			t.Errorf("%s\n  1,400: place %q, measure %q, period %q", s, k.Record.Place, k.Record.Measure, k.Record.Period)
		}
	}
}
