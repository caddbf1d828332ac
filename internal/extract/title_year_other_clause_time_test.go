package extract_test

import (
	"testing"

	"github.com/cypx/cypx/internal/extract"
)

// A report's title year ("Westmarsh School Health Review 2024") dates a
// figure only where the figure's sentence names no time: a value compared
// with a level of 2023/24 is of 2023/24, and a later clause with no time
// of its own beside a dated clause is never the title's year. An undated
// sentence of the report's own is still of its title's year, and an
// earlier value's year leaves the heading's year to its level. Before
// (hostile check 67), England's 95% was of 2024 beside Westmarsh's 54% of
// 2023/24.
func TestATitleYearNeverDatesAValueBesideADatedClause(t *testing.T) {
	for _, c := range []struct {
		heading, sentence string
		periods           map[float64]string // value → period; "-" any but the heading's year
	}{
		{"Westmarsh School Health Review 2024", "54% of Year 6 children in Westmarsh were weighed and measured in 2023/24, compared with 95% in England.",
			map[float64]string{54: "2023/24", 95: "2023/24"}},
		{"Kent Child Health Profile 2025", "In 2023/24, 61% of children in Kent were seen within 18 weeks, against 71% across England.",
			map[float64]string{61: "2023/24", 71: "2023/24"}},
		{"Medway Annual Report 2024", "Medway referred 1,150 children in 2022/23, compared with 1,320 in Kent.",
			map[float64]string{1150: "2022/23", 1320: "-"}},
		{"Surrey School Nursing Review 2024", "Of the 640 referrals, 58% were seen within 4 weeks.",
			map[float64]string{58: "2024"}},
		{"Waiting times in 2023/24", "In Kent, 58% were seen within 18 weeks, up from 50% in 2022.",
			map[float64]string{58: "2023/24", 50: "2022"}},
	} {
		got := map[float64]string{}
		for _, it := range extract.Extract(parseBody(t, "P", "# "+c.heading+"\n\n"+c.sentence+"\n")) {
			for _, f := range it.Figures {
				got[f.Value] = f.Period
			}
		}
		for v, want := range c.periods {
			p, ok := got[v]
			switch {
			case !ok:
				t.Errorf("%q: no figure %v (%v)", c.sentence, v, got)
			case want == "-" && (p == "2024" || p == "2025"):
				t.Errorf("%q: %v dated %q, the title's year", c.sentence, v, p)
			case want != "-" && p != want:
				t.Errorf("%q: %v dated %q, want %q", c.sentence, v, p, want)
			}
		}
	}
}
