package extract_test

import (
	"testing"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/extract"
)

// TestRelativePeriodHeaderIsNoUnit: a column headed by a period named
// from the latest ("Previous month", "Same quarter last year") holds the
// row's measure in that period, not months or quarters: its counts stay
// counts and a row measured in weeks keeps weeks. Before: "Previous
// month" made 2,140 and 31 months.
func TestRelativePeriodHeaderIsNoUnit(t *testing.T) {
	body := "## Dashboard\n\n| Indicator | Target | Latest | Previous month |\n|---|---|---|---|\n" +
		"| Children on the therapy waiting list | 2,000 | 2,210 | 2,140 |\n" +
		"| Median wait for a first appointment (weeks) | – | 33 | 31 |\n"
	units := map[float64]evidence.Unit{}
	for _, it := range extract.Extract(parseBody(t, "Westmarsh ICB", body)) {
		for _, f := range it.Figures {
			units[f.Value] = f.Unit
		}
	}
	for v, want := range map[float64]evidence.Unit{2140: evidence.UnitCount, 2210: evidence.UnitCount, 31: evidence.UnitWeeks, 33: evidence.UnitWeeks} {
		if units[v] != want {
			t.Errorf("%v: unit %q, want %q (all %v)", v, units[v], want, units)
		}
	}
}
