package extract_test

import (
	"testing"

	"github.com/cypx/cypx/internal/extract"
)

// TestPercentileHeaderIsNoPercent: a column "95th percentile (weeks)"
// holds weeks, and "90th percentile" or "Percentile rank" no per cent
// ("percentile" holds the letters of "percent"; 52 weeks were read 52%);
// headers that do state per cent keep it.
func TestPercentileHeaderIsNoPercent(t *testing.T) {
	cases := []struct{ header, want string }{
		{"95th percentile (weeks)", "52=52 weeks"},
		{"90th percentile", "52=52 other"},
		{"Percentile rank", "52=52 other"},
		{"95th percentile (%)", "52=52 percent"},
		{"Percentage seen", "52=52 percent"},
		{"Seen (per cent)", "52=52 percent"},
		{"Percent of children seen", "52=52 percent"},
		{"Median wait (weeks)", "52=52 weeks"},
	}
	for _, c := range cases {
		body := "## Table 4: Waits\n\n| Service | " + c.header + " |\n|---|---|\n| CAMHS | 52 |\n"
		var got []string
		for _, it := range extract.Extract(parseBody(t, "P", body)) {
			got = append(got, describe(it.Figures))
		}
		if len(got) != 1 || got[0] != c.want {
			t.Errorf("%q: figures %q, want %q", c.header, got, c.want)
		}
	}
}
