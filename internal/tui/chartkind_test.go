package tui_test

import (
	"strings"
	"testing"
)

// TestChartOfRecommendationsSaysWhyItIsEmpty: with the kind facet on
// recommendations (3) or excerpts (4), v charts what the list shows, which
// holds no statistics: the chart says so, and why, rather than drawing the
// statistics the list does not show; with statistics (2) it draws them.
// Before: the statistics of the search were charted whatever the kind
// chosen.
func TestChartOfRecommendationsSaysWhyItIsEmpty(t *testing.T) {
	for _, c := range []struct{ kind, want string }{
		{"3", "No figures among recommendations"},
		{"4", "No figures among excerpts"},
	} {
		d := start(t, 120, 40, options(t, nil))
		d.keys("respondents", "enter", c.kind, "v")
		s := d.screen()
		if !strings.Contains(s, c.want) || strings.Contains(s, "█") || strings.Contains(s, "97%") {
			t.Errorf("kind %s, v:\n%s", c.kind, s)
		}
	}
	d := start(t, 120, 40, options(t, nil))
	d.keys("respondents", "enter", "2", "v")
	if s := d.screen(); !strings.Contains(s, "97%  Healthcare Leader 2024") {
		t.Errorf("kind 2 (statistics), v:\n%s", s)
	}
}
