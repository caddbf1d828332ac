package measure_test

import (
	"testing"

	"github.com/cypx/cypx/internal/measure"
)

// TestARowColumnNamingAreasKeepsTheCaptionsMeasure: a table whose first
// column names its rows' areas keeps its caption's measure whatever the
// column is called ("District", "Ward", "Local authority district",
// "Upper tier local authority", "MSOA", "District council" ...): the row
// is the figures' place (its council's words left out) and group, and
// two captions' measures are two keys. A column naming bodies ("PCN",
// "Practice") or only names ("Name", over a proper name) makes the row
// the group and no place; an empty corner cell under a caption "by district" is read as
// "District". Before (hostile check 69), each such row measured its own
// name ("chatham", key percent|||chatham) with no place, and a district's
// waiting times and its excess weight were one measure that disagreed.
func TestARowColumnNamingAreasKeepsTheCaptionsMeasure(t *testing.T) {
	row := func(head, label, caption string) (place, pop, what, key string) {
		f := describeRow([]string{label}, []string{head}, "2023/24", "61", measure.Input{Caption: caption})
		return f.Place, f.Population, f.Measure, f.Key
	}
	const seen, weight = "Table 3: Children seen within 18 weeks, by district (%)", "Table 1: Excess weight in Year 6 children (%)"
	for _, h := range []string{"District", "Districts", "Ward", "Electoral ward", "Local authority district", "District council",
		"Upper tier local authority", "Lower tier local authority", "MSOA", "LSOA", "Unitary authority", "Council", "Neighbourhood",
		"Town", "Sub-ICB location", "Borough", "Area", "Locality", "LAD", "Council area", "CCG", "Ward name", "Local authority district (LAD)"} {
		place, pop, what, key := row(h, "Chatham", seen)
		if place != "Chatham" || pop != "Chatham" || what != "children seen within 18 weeks" {
			t.Errorf("%s: place %q, group %q, measure %q; want Chatham, Chatham, children seen within 18 weeks", h, place, pop, what)
		}
		if _, _, _, other := row(h, "Chatham", weight); other == key {
			t.Errorf("%s: two captions' measures share the key %q", h, key)
		}
	}
	for _, h := range []string{"PCN", "Primary care network", "Name", "Practice", "GP practice", "Trust", "Provider"} {
		place, pop, what, _ := row(h, "Chatham", seen)
		if place != "" || pop != "Chatham" || what != "children seen within 18 weeks" {
			t.Errorf("%s: place %q, group %q, measure %q; want no place, Chatham, children seen within 18 weeks", h, place, pop, what)
		}
	}
	if _, pop, what, _ := row("Name", "Children seen within 18 weeks", "Table 2: Health visiting indicators"); pop != "" || what != "children seen within 18 weeks" {
		t.Errorf("an indicator under Name: group %q, measure %q; want the row's measure", pop, what)
	}
	if place, _, what, _ := row("District council", "Dartford Borough Council", seen); place != "Dartford" || what != "children seen within 18 weeks" {
		t.Errorf("a council's name: place %q, measure %q; want Dartford", place, what)
	}
	if place, _, what, _ := row("", "Swale", seen); place != "Swale" || what != "children seen within 18 weeks" {
		t.Errorf("an empty corner under a caption by district: place %q, measure %q", place, what)
	}
	// With no word of areas anywhere, a label under an empty corner is
	// what the row measures, as before.
	if place, _, what, _ := row("", "Referrals received", "Table 2: CAMHS activity"); place != "" || what != "referrals received" {
		t.Errorf("an indicator's row: place %q, measure %q", place, what)
	}
}
