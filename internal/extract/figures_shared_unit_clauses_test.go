package extract

import (
	"testing"

	"github.com/cypx/cypx/internal/evidence"
)

// TestOneNumberBeforeAShareOfAGroupIsNoShare: a bare number joined by
// "and" to a share of a group opens a clause of its own, and a signed
// number is a score: neither takes the per cent written after it. Before
// (hostile check 90, A6) "The score rose by +1, and 45% of children ..."
// was headlined 1%. Shares written once for a list, or "respectively",
// still take it.
func TestOneNumberBeforeAShareOfAGroupIsNoShare(t *testing.T) {
	percents := func(s string) []float64 {
		var vs []float64
		for _, f := range Figures(s) {
			if f.Unit == evidence.UnitPercent {
				vs = append(vs, f.Value)
			}
		}
		return vs
	}
	for _, s := range []string{
		"The score rose by +1, and 45% of children waited more than 18 weeks in 2024.",
		"The score rose by +1 and 45% of children waited more than 18 weeks in 2024.",
		"The mean score rose by 1 and 45% of children waited more than 18 weeks in 2024.",
		"The median wait was 12 and 45% of children waited more than 18 weeks in 2024.",
		"The NPS was +12 and 45% said services were good in 2024.",
		"Attendance fell by 3 and 45% of pupils were persistently absent in 2024.",
	} {
		if got := percents(s); len(got) != 1 || got[0] != 45 {
			t.Errorf("%q: percentages %v, want only 45", s, got)
		}
	}
	for s, want := range map[string]int{
		"Referrals rose by three and four per cent in the two areas.":       2,
		"Rates of 30 and 45% of boys and girls respectively were recorded.": 2,
		"Rates fell by 3, 2 and 1% of the total.":                           3,
		"Rates of 30 and 45% were recorded.":                                2,
	} {
		if got := percents(s); len(got) != want {
			t.Errorf("%q: percentages %v, want %d", s, got, want)
		}
	}
}
