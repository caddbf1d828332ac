package extract_test

import (
	"slices"
	"strings"
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

// TestMarkersAndEmphasisAroundAFigure: a count with a series of note
// markers after it ("1,010 (a) and (b)"), a range with a marker on its
// first number ("10 (a)–15") and a count in underscore emphasis ("_640_")
// are figures, in a table's cell and in a sentence, each figure's text the
// written bytes and shown without the marks (round 17). Before, none was
// a figure in a cell but "_640_"; in a sentence, "_640_ children" and
// "10 (a)–15 children" were no figure, and "1,010 (a) and (b) children"
// was 1,010 of nothing.
func TestMarkersAndEmphasisAroundAFigure(t *testing.T) {
	body := "## Children waiting\n\n| Region | Children waiting |\n|---|---|\n| North | 1,010 (a) and (b) |\n| South | 10 (a)–15 |\n| West | 1,010 (a) (b) |\n\n" +
		"## Clinic\n\nWe saw _640_ children in 2024 at the clinic, the trust said.\n\n" +
		"Some 1,010 (a) and (b) children were waiting in the North in 2024.\n\n" +
		"Between 10 (a)–15 children a week were referred to the service in 2024.\n"
	type fig struct {
		shown, pop string
		lo, hi     float64
	}
	got := map[string]fig{}
	for _, it := range extract.Extract(parseBody(t, "P", body)) {
		for _, f := range it.Figures {
			if it.Text[f.Offset:f.Offset+len(f.Text)] != f.Text {
				t.Errorf("%q is not the item's bytes at %d", f.Text, f.Offset)
			}
			got[it.Text[:12]+"|"+f.Shown()] = fig{f.Shown(), f.Population, f.Value, f.High}
		}
	}
	want := map[string]fig{
		"| North | 1,|1,010":                  {"1,010", "North", 1010, 0},
		"| South | 10|10–15":                  {"10–15", "South", 10, 15},
		"| West | 1,0|1,010":                  {"1,010", "West", 1010, 0},
		"We saw _640_|640 children":           {"640 children", "children", 640, 0},
		"Some 1,010 (|Some 1,010 children":    {"Some 1,010 children", "children", 1010, 0},
		"Between 10 (|Between 10–15 children": {"Between 10–15 children", "children a week", 10, 15},
	}
	for k, w := range want {
		if g, ok := got[k]; !ok || g != w {
			t.Errorf("%s: %+v (found %v), want %+v", k, g, ok, w)
		}
	}
	if len(got) != len(want) {
		t.Errorf("figures %v, want only %d", got, len(want))
	}
}

// TestRowOfMergedFiguresOnlyIsNoItem: a row whose only figure cell
// continues the figure above it ("^^") is no item: it has no figure of
// its own, and as an excerpt of its labels alone, shorter than the row
// holding the figure, a search for the service found it first (round 17).
// A row with a figure of its own beside a "^^" stays.
func TestRowOfMergedFiguresOnlyIsNoItem(t *testing.T) {
	body := "## Children waiting\n\n| Service | Region | Year | Children waiting | Over 18 weeks |\n|---|---|---|---|---|\n" +
		"| Speech and language therapy for children and young people | North | 2023 | 27,215 | 3,100 |\n" +
		"| Speech and language therapy for children and young people | North | 2024 | ^^ | ^^ |\n" +
		"| Speech and language therapy for children and young people | South | 2023 | 9,100 | 1,200 |\n" +
		"| Speech and language therapy for children and young people | South | 2024 | ^^ | 1,350 |\n"
	var rows []string
	for _, it := range extract.Extract(parseBody(t, "P", body)) {
		rows = append(rows, it.Text)
	}
	want := []string{
		"| Speech and language therapy for children and young people | North | 2023 | 27,215 | 3,100 |",
		"| Speech and language therapy for children and young people | South | 2023 | 9,100 | 1,200 |",
		"| Speech and language therapy for children and young people | South | 2024 | ^^ | 1,350 |",
	}
	if !slices.Equal(rows, want) {
		t.Errorf("items:\n%s\nwant:\n%s", strings.Join(rows, "\n"), strings.Join(want, "\n"))
	}
}
