package extract_test

import (
	"testing"

	"github.com/cypx/cypx/internal/extract"
)

// TestADayAWorkCameOutDatesNoFigure: "a report published in March 2024
// found that 46% …" says when the work came out, not when the children
// waited: no period; a year the figure is of still dates it.
func TestADayAWorkCameOutDatesNoFigure(t *testing.T) {
	cases := []struct{ text, period string }{
		{"A report published in 2024 found that 45% of parents felt unsupported.", ""},
		{"In a report published in March 2024, the NSPCC found 46% of parents felt unsupported.", ""},
		{"A survey released in April 2024 showed 48% of parents felt unsupported.", ""},
		{"Research published on 3 May 2024 found that 49% of parents felt unsupported.", ""},
		// look-alikes that stay as they were
		{"In 2023, 50% of parents felt unsupported.", "2023"},
		{"In March 2024, 51% of parents felt unsupported.", "March 2024"},
	}
	for _, c := range cases {
		items := extract.Extract(parseBody(t, "Daily Health News", c.text+"\n"))
		if len(items) != 1 || len(items[0].Figures) != 1 {
			t.Errorf("%q: %d items", c.text, len(items))
			continue
		}
		if p := items[0].Figures[0].Period; p != c.period {
			t.Errorf("%q: period %q, want %q", c.text, p, c.period)
		}
	}
}
