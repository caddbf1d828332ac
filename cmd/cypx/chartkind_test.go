package main

import (
	"strings"
	"testing"
)

// TestChartChartsTheKindsAsked: 'cypx chart --kind recommendation' charts
// what --kind keeps, as the explorer's v does with kind 3 (one rule,
// viz.ChartKinds): no figures, and it says why. Before: the search's
// statistics were charted whatever --kind said.
func TestChartChartsTheKindsAsked(t *testing.T) {
	out, stderr, code := cli(t, "chart", "respondents", "--kind", "recommendation")
	if code != 0 || !strings.Contains(out, "No figures among recommendations") || strings.Contains(out, "█") {
		t.Errorf("chart --kind recommendation: exit %d, %s\n%s", code, stderr, out)
	}
	out, stderr, code = cli(t, "chart", "respondents", "--kind", "statistic", "--kind", "excerpt")
	if code != 0 || !strings.Contains(out, "█") {
		t.Errorf("chart --kind statistic --kind excerpt: exit %d, %s\n%s", code, stderr, out)
	}
}
