package extract_test

import (
	"testing"

	"github.com/cypx/cypx/internal/extract"
)

// TestLatestColumnLeadsScorecardRow: a scorecard row's value under
// "Latest 2024/25" is its headline, beside the baseline, the ambition
// and England's level. Before: the baseline, the first figure, led.
func TestLatestColumnLeadsScorecardRow(t *testing.T) {
	body := "| Measure | Baseline 2021/22 | Latest 2024/25 | 2028 ambition | England |\n|---|---|---|---|---|\n" +
		"| Breastfeeding at 6 to 8 weeks (%) | 41.5 | 44.0 | 50.0 | 49.2 |\n"
	its := extract.Extract(parseBody(t, "P", body))
	if len(its) != 1 {
		t.Fatalf("items: %v", its)
	}
	if h, ok := its[0].Headline(); !ok || h.Value != 44 {
		t.Errorf("headline %v, want 44 (%s)", h, describe(its[0].Figures))
	}
	body = "| Measure | 2023/24 | 2024/25 |\n|---|---|---|\n| Breastfeeding at 6 to 8 weeks (%) | 41.5 | 44.0 |\n"
	// A row of two years' levels leads with the later year's
	// (headlineOfLatestPeriod), as the latest column leads.
	for _, it := range extract.Extract(parseBody(t, "P", body)) {
		if h, ok := it.Headline(); !ok || h.Value != 44 {
			t.Errorf("a row of two years: headline %v, want the later year's 44 (%s)", h, describe(it.Figures))
		}
	}
}
