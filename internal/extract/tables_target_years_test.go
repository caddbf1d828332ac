package extract

import (
	"testing"

	"github.com/cypx/cypx/internal/evidence"
)

// TestALevelBesideATargetOfAYearLeads: a row's one level found beside a
// target or plan named by its year ("Target 2030", "2026/27 plan"), or
// under a column of where a place stands now ("Fernleigh now"), is its
// headline, as one beside "Target" or "Plan 2026/27" was; a column headed
// by a word that only begins like a target ("Target group") is a column
// of levels, and a row of two periods' levels is left alone.
func TestALevelBesideATargetOfAYearLeads(t *testing.T) {
	for _, c := range []struct {
		columns []string
		want    int
	}{
		{[]string{"Baseline (year)", "Fernleigh now", "Target 2030"}, 1},
		{[]string{"2024/25", "Target 2030"}, 0},
		{[]string{"Outturn 2025/26", "2026/27 plan"}, 0},
		// Look-alikes.
		{[]string{"Target group", "Share"}, -1},
		{[]string{"2023/24", "2024/25"}, -1},
		{[]string{"Baseline", "2025/26", "2026/27 plan"}, -1},
	} {
		figs := make([]evidence.Figure, len(c.columns))
		for i := range figs {
			figs[i] = evidence.Figure{Value: float64(10 + i), Unit: evidence.UnitPercent}
		}
		headlineBesideTarget(c.columns, figs)
		got := -1
		for i, f := range figs {
			if f.Role == evidence.RoleHeadline {
				got = i
			}
		}
		if got != c.want {
			t.Errorf("%q: headline column %d, want %d", c.columns, got, c.want)
		}
	}
}
