package extract_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/extract"
)

// Counts that frame a finding and a span nothing is counted against are
// no figures; the figures beside them stay.
func TestFramingCountsAndUncountedSpansAreNoFigures(t *testing.T) {
	for _, c := range []struct {
		s    string
		want string
	}{
		{"Across our 24 primary schools, 58% of Year 6 pupils took part in the survey.", "58%"},
		{"It reaches around 3,200 pupils across our six primary schools.", "around 3,200 pupils|six primary schools"},
		{"All four teams were short of staff, and three of the four had used agency nurses for months.", ""},
		{"In Northby, where we run three of the clinics, waits fell from 12 weeks to 7.", "12 weeks|7"},
		{"Many families in the county wait more than a year for an assessment.", ""},
		{"One in six families had waited more than a year for an assessment.", "One in six|more than a year"},
		{"Parents told us they had waited more than a year for a first appointment.", "more than a year"},
		{"Of the 400 children waiting, 90 had waited more than a year.", "400 children|90|more than a year"},
		{"We evaluated a new triage model introduced in three local authority areas between 2023 and 2025.", ""},
		{"The data come from four trusts in the south and may not represent other regions.", ""},
		{"The forum has asked that parents be told within ten working days when a report will be late.", ""},
		{"The number of pupils with a plan has passed half a million and keeps rising.", "half a million"},
	} {
		got := figureTexts(c.s)
		if got != c.want {
			t.Errorf("%q: figures %q, want %q", c.s, got, c.want)
		}
	}
}

// A request for information that runs its list on after its colon asks
// for figures and states none; it asks no body to act.
func TestInlineInfoRequest(t *testing.T) {
	body := "## Request\n\nPlease provide, for the community paediatric service: how many children waited more than 18 weeks; the median wait; and the budget for 2025/26.\n\n" +
		"## Response\n\nAt 31 March, 212 children had waited more than 18 weeks.\n"
	for _, it := range extract.Extract(parseBody(t, "P", body)) {
		if strings.HasPrefix(it.Text, "Please provide") && (it.Kind != evidence.Excerpt || len(it.Figures) > 0) {
			t.Errorf("the request is a %s with %d figures, want an excerpt with none", it.Kind, len(it.Figures))
		}
	}
}

// An unnumbered caption over a table naming the time unit of its cells
// gives the cells that unit; a value with its period in brackets is the
// value; an action row owned by a body is its ask, its other numbers no
// figures.
func TestCaptionTimeUnitsBracketedPeriodsAndOwnedRows(t *testing.T) {
	body := "## Waits\n\nAverage wait for a first appointment, weeks\n\n| Service | 2024 | 2025 |\n|---|---|---|\n| Audiology | 14 | 17 |\n\n" +
		"## Measures\n\n| Measure | Baseline (year) | Now | Target |\n|---|---|---|---|\n| Two-year checks done | 71% (2024/25) | 74% | 90% |\n\n" +
		"## Actions\n\n| Action | Owner | By when | Priority |\n|---|---|---|---|\n| Publish waiting times for every children's therapy service each quarter | Harlow ICB | March 2027 | 2 |\n"
	var got []string
	for _, it := range extract.Extract(parseBody(t, "P", body)) {
		got = append(got, string(it.Kind)+": "+describe(it.Figures))
	}
	want := []string{
		"statistic: 14=14 weeks; 17=17 weeks/headline",
		// The level under "Now" leads beside its baseline; the target column is no figure (withoutSetLevels).
		"statistic: 71%=71 percent; 74%=74 percent/headline",
		"recommendation: ",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("items:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
