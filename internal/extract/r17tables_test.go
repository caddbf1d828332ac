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

// TestTotalColumnHasAMeasure: a column headed only for a group or a total
// ("All children", "Under 5") measures what the table's heading says, that
// column's part of it; a column headed "Total" measures it whole (round
// 17). Before, every word of "All children" was one a measure leaves out,
// and its figures measured nothing.
func TestTotalColumnHasAMeasure(t *testing.T) {
	body := "## Children waiting over 18 weeks, by region\n\n| Region | Under 5 | 5 to 15 | All children | Total |\n|---|---|---|---|---|\n| North | 600 | 400 | 1,000 | 1,010 |\n"
	got := map[string]string{}
	for _, it := range extract.Extract(parseBody(t, "P", body)) {
		for _, f := range it.Figures {
			got[f.Text] = f.Measure
		}
	}
	want := map[string]string{"600": "children waiting over 18 weeks: under 5", "1,000": "children waiting over 18 weeks: all children", "1,010": "children waiting over 18 weeks"}
	for fig, w := range want {
		if got[fig] != w {
			t.Errorf("%s measures %q, want %q (all %v)", fig, got[fig], w, got)
		}
	}
}
