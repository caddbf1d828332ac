package extract_test

import (
	"testing"

	"github.com/cypx/cypx/internal/extract"
)

// TestChangeFromMonthYearToMonthYear: a change told "from X in <month>
// <year> to Y in <month> <year>" reads both values, as "from X in <year>
// to Y in <year>" does. Before: neither value was read.
func TestChangeFromMonthYearToMonthYear(t *testing.T) {
	for _, s := range []string{
		"The number of children waiting over 18 weeks for speech therapy fell from 455 in April 2024 to 212 in April 2025, after extra clinics.",
		"Families on the list rose from 455 in Sept 2023 to 212 in Oct 2024.",
	} {
		got := map[float64]bool{}
		for _, f := range extract.Figures(s) {
			got[f.Value] = true
		}
		if !got[455] || !got[212] {
			t.Errorf("%q: figures %v, want 455 and 212", s, extract.Figures(s))
		}
	}
}
