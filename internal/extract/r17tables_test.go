package extract_test

import (
	"testing"

	"github.com/cypx/cypx/internal/extract"
)

// TestRowFigureBesideMergedOneKeepsItsLabels: a row holding a figure
// merged over the rows under it ("^^") and a figure of its own reads each
// with the labels it has: the merged 27,215 with the region its rows
// share and no year, the row's own 46% with its year too (round 17).
// Before, the row was read once with the shared labels, and 46% lost its
// year.
func TestRowFigureBesideMergedOneKeepsItsLabels(t *testing.T) {
	body := "## Children waiting\n\n| Region | Year | Children waiting | Waiting over 18 weeks |\n|---|---|---|---|\n" +
		"| North | 2023 | 27,215 | 46% |\n| North | 2024 | ^^ | 53% |\n| South | 2023 | 10,415 | 33% |\n"
	period, pop := map[string]string{}, map[string]string{}
	for _, it := range extract.Extract(parseBody(t, "P", body)) {
		for _, f := range it.Figures {
			period[f.Text], pop[f.Text] = f.Period, f.Population
		}
	}
	want := map[string][2]string{"27,215": {"", "North"}, "46%": {"2023", "North"}, "53%": {"2024", "North"}, "33%": {"2023", "South"}}
	for fig, w := range want {
		if period[fig] != w[0] || pop[fig] != w[1] {
			t.Errorf("%s: period %q, group %q; want %q, %q", fig, period[fig], pop[fig], w[0], w[1])
		}
	}
}
