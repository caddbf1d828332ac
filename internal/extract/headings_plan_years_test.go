package extract_test

import (
	"testing"

	"github.com/cypx/cypx/internal/extract"
)

// TestAHeadingsPlanOrEarlierYearDatesNoFigure: a year after "plans for",
// "priorities for", "before" or "on from" in a heading is not when the
// figures under it are; a heading that names their year still dates them.
func TestAHeadingsPlanOrEarlierYearDatesNoFigure(t *testing.T) {
	cases := []struct{ heading, period string }{
		{"Our plans for 2025/26", ""},
		{"Priorities for 2030", ""},
		{"Before 2020", ""},
		{"Ten years on from 2014", ""},
		// look-alikes that stay as they were
		{"Figures for 2023", "2023"},
		{"Waiting times in 2023", "2023"},
		{"Results for 2022/23", "2022/23"},
	}
	for _, c := range cases {
		body := "# " + c.heading + "\n\nIn total 45% of parents said they waited too long.\n"
		items := extract.Extract(parseBody(t, "Example Health Trust", body))
		if len(items) != 1 || len(items[0].Figures) != 1 {
			t.Errorf("%q: %d items", c.heading, len(items))
			continue
		}
		if p := items[0].Figures[0].Period; p != c.period {
			t.Errorf("%q: period %q, want %q", c.heading, p, c.period)
		}
	}
}
