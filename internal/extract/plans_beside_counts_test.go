package extract_test

import (
	"strings"
	"testing"
)

// TestAPlansYearNeverDatesACountBesideIt: a count of what exists, joined
// to a plan ("and hopes to have more by 2025", ", but aims to …",
// "; it aims to …", "and will expand in 2025", "and is expected to grow
// by 2026/27"), takes no period from the plan, and none of the plan's
// words. Before (hostile check 65), "The service has 30 staff and hopes
// to have more by 2025" was a count of 30 staff in 2025.
func TestAPlansYearNeverDatesACountBesideIt(t *testing.T) {
	for _, c := range []struct {
		s      string
		value  float64
		period string
	}{
		{"The service has 30 staff and hopes to have more by 2025.", 30, ""},
		{"Medway Council employs 45 health visitors and plans to recruit more by 2026.", 45, ""},
		{"Kent has 120 health visitors, but hopes to recruit more by 2026.", 120, ""},
		{"Surrey employs 45 school nurses; it aims to have more in post by 2027.", 45, ""},
		{"The service supported 1,400 families and is expected to grow by 2026/27.", 1400, ""},
		{"The team has 12 therapists and will expand in 2025.", 12, ""},
		{"In 2023, the service had 30 staff and hopes to have more by 2025.", 30, "2023"},
		{"The service had 30 staff in 2024 and hopes to have more by 2026.", 30, "2024"},
	} {
		figs := itemFiguresOf(t, c.s)
		if len(figs) != 1 || figs[0].Value != c.value || figs[0].Period != c.period {
			t.Errorf("%q: %+v, want %v dated %q", c.s, figs, c.value, c.period)
			continue
		}
		for _, w := range []string{"hope", "plan", "aim", "expect", "expand", "grow"} {
			if strings.Contains(figs[0].Measure, w) || strings.Contains(figs[0].Key, w) {
				t.Errorf("%q: measure %q, key %q hold the plan's %q", c.s, figs[0].Measure, figs[0].Key, w)
			}
		}
	}
	// Near-miss: a year after the count in its own clause dates it.
	if figs := itemFiguresOf(t, "The service had 30 staff by 2025, up from 24."); len(figs) == 0 || figs[0].Period != "2025" {
		t.Errorf("a count by 2025: %+v, want 2025", figs)
	}
}
