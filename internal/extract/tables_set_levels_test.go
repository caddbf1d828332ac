package extract_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/extract"
)

// TestTargetAndPlanColumnsAreNoFigures: a row's values under a target or
// a year's plan ("Target 2026/27", "2026/27 plan") are set, not found: a
// row keeps its baseline alone, and a row of plans only states no
// figure. Look-alikes stay: the same row under two years' outturns keeps
// both, and a contract's threshold beside a measure described in words
// is left as it was.
func TestTargetAndPlanColumnsAreNoFigures(t *testing.T) {
	body := "## Measures\n\n| Measure | Baseline 2024/25 | Target 2026/27 |\n|---|---|---|\n" +
		"| Pupils in schools with a support team | 38% | 55% |\n\n" +
		"## Growth\n\n| Planned growth | 2025/26 plan | 2026/27 plan |\n|---|---|---|\n" +
		"| Support teams in schools | 9 | 12 |\n\n" +
		"## Outturn\n\n| Measure | 2023/24 | 2024/25 |\n|---|---|---|\n" +
		"| Support teams working in schools | 7 | 9 |\n\n" +
		"## Contract\n\n| KPI | Measure | Threshold |\n|---|---|---|\n" +
		"| KPI 2 | Routine referrals with a first contact within 4 weeks | 75% |\n"
	figs := map[string][]string{}
	for _, it := range extract.Extract(parseBody(t, "Westmarsh ICB", body)) {
		if !strings.HasPrefix(it.Text, "|") {
			continue
		}
		for _, f := range it.Figures {
			figs[it.Text] = append(figs[it.Text], f.Text)
		}
	}
	check := func(row, want string) {
		t.Helper()
		if got := strings.Join(figs[row], " "); got != want {
			t.Errorf("%s: figures %q, want %q", row, got, want)
		}
	}
	check("| Pupils in schools with a support team | 38% | 55% |", "38%")
	check("| Support teams in schools | 9 | 12 |", "")
	check("| Support teams working in schools | 7 | 9 |", "7 9")
	if got := strings.Join(figs["| KPI 2 | Routine referrals with a first contact within 4 weeks | 75% |"], " "); !strings.Contains(got, "75%") {
		t.Errorf("a contract's threshold beside a described measure lost: %q", got)
	}
}
