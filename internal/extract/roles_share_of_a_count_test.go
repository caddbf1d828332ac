package extract_test

import (
	"testing"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/extract"
)

// TestAShareOfACountedGroupIsTheHeadline: a sentence that states a
// percentage of a counted group keeps the percentage as its headline,
// the whole as its base and the part as a count of its own, whether the
// share follows the whole ("41 of the 130 practices (32%)"), the part
// ("52 (18%) of the pharmacies"), or a part with no whole ("Seven
// families (9%)", "(220, or 35%)"). Before, the part counted was the
// headline.
func TestAShareOfACountedGroupIsTheHeadline(t *testing.T) {
	for _, c := range []struct{ s, head, base, part string }{
		{"Last winter 41 of the 130 practices (32%) offered a late clinic.", "32%", "130 practices", "41"},
		{"In the spring audit, 52 (18%) of the pharmacies stocked the inhaler.", "18%", "", "52"},
		{"Seven families (9%) moved out of the borough before the first visit.", "9%", "", "Seven families"},
		{"Most new cases (220, or 35%) came through the school nurses.", "35%", "", "220"},
		{"In 2024, 15 of the 20 hubs (75%) saw more than 90% of babies within 14 days.", "75%", "20 hubs", "15"},
		// As before: the share heads where the whole opens the sentence.
		{"Of the 318 pupils screened, 45 (14%) needed a further test.", "14%", "318 pupils", "45"},
	} {
		figs := extract.Figures(c.s)
		item := evidence.Item{Figures: figs}
		head, ok := item.Headline()
		if !ok || head.Text != c.head {
			t.Errorf("%q: headline %q, want %q (%v)", c.s, head.Text, c.head, figs)
		}
		part := false
		for _, f := range figs {
			if (f.Role == evidence.RoleBase) != (f.Text == c.base) {
				t.Errorf("%q: %q role %q, want base only for %q", c.s, f.Text, f.Role, c.base)
			}
			if f.Text == c.part {
				part = f.Role == ""
			}
		}
		if !part {
			t.Errorf("%q: part %q not a count of its own (%v)", c.s, c.part, figs)
		}
	}
	// Near misses: the count leads where its share is of another group
	// or measures it against those eligible.
	for _, c := range []struct{ s, head string }{
		{"The teams reach 58 of our 143 schools, which is 47% of pupils.", "58"},
		{"The nurses immunised 2,960 Year 9 boys, which is 77% of those eligible.", "2,960 Year 9 boys"},
	} {
		item := evidence.Item{Figures: extract.Figures(c.s)}
		if head, ok := item.Headline(); !ok || head.Text != c.head {
			t.Errorf("%q: headline %q, want %q (%v)", c.s, head.Text, c.head, item.Figures)
		}
	}
}
