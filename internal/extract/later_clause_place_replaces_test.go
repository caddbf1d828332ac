package extract_test

import (
	"strings"
	"testing"
)

// TestALaterClausesPlaceReplacesTheFirsts: the bare value of a clause
// that gives only its place ("; in Medway, 1,200", "; Medway 1,200", ",
// while Medway saw 1,200") is of that place in exactly one field of its
// record, where the first clause's place stands in the first's (its
// place, its measure's words or its people), and no field of it (place,
// people, measure, key) names the first's place; it takes the first's
// year. A region the section heading names is the place of neither where
// the first clause names its own. Before (hostile check 65), "1,400
// children in Kent were referred in 2023; in Medway, 1,200." gave the
// 1,200 the people "children in Kent", measured "were referred in
// Medway"; "; Medway 1,200" and ", while Medway saw 1,200" measured
// "medway" and "medway saw", undated; and under "Referrals in the South
// East", "In Kent, 1,400 children ..." was the South East's.
func TestALaterClausesPlaceReplacesTheFirsts(t *testing.T) {
	for _, c := range []struct {
		heading, sentence, first, later, firstPlace, laterPlace, period string
	}{
		{"", "In Kent, 1,400 children were referred in 2023; in Medway, 1,200.", "1,400 children", "1,200", "Kent", "Medway", "2023"},
		{"Referrals in the South East", "In Kent, 1,400 children were referred in 2023; in Medway, 1,200.", "1,400 children", "1,200", "Kent", "Medway", "2023"},
		{"", "1,400 children in Kent were referred in 2023; in Medway, 1,200.", "1,400 children", "1,200", "Kent", "Medway", "2023"},
		{"Referrals in the South East", "1,400 children in Kent were referred in 2023; in Medway, 1,200.", "1,400 children", "1,200", "Kent", "Medway", "2023"},
		{"", "1,400 children were referred in Kent in 2023; in Medway, 1,200.", "1,400 children", "1,200", "Kent", "Medway", "2023"},
		{"", "In Kent, 1,400 children were referred in 2023; Medway 1,200.", "1,400 children", "1,200", "Kent", "Medway", "2023"},
		{"", "In Kent, 1,400 children were referred in 2023; in Medway 1,200.", "1,400 children", "1,200", "Kent", "Medway", "2023"},
		{"", "In Kent, 1,400 children were referred in 2023; in Medway and Swale, 1,200.", "1,400 children", "1,200", "Kent", "Medway and Swale", "2023"},
		{"", "In Kent, 1,400 children were referred in 2023, while Medway saw 1,200.", "1,400 children", "1,200", "Kent", "Medway", "2023"},
		{"", "In Surrey, 1,150 children were referred in 2022, whereas Medway recorded 1,020.", "1,150 children", "1,020", "Surrey", "Medway", "2022"},
		{"", "32% of children in Surrey were overweight in 2023; in Sussex, 29%.", "32%", "29%", "Surrey", "Sussex", "2023"},
		{"", "In Kent, 64% of children were seen within 18 weeks in 2023; Medway 58%.", "64%", "58%", "Kent", "Medway", "2023"},
		{"", "Spending on CAMHS in Essex was £12.5 million in 2022/23; in Thurrock, £3.1 million.", "£12.5 million", "£3.1 million", "Essex", "Thurrock", "2022/23"},
		{"", "In Essex, spending on CAMHS was £12.5 million in 2022/23, while Thurrock spent £3.1 million.", "£12.5 million", "£3.1 million", "Essex", "Thurrock", "2022/23"},
		{"", "1,400 children in Kent were referred in 2023; in the North West, 1,200.", "1,400 children", "1,200", "Kent", "North West", "2023"},
	} {
		body := c.sentence + "\n"
		if c.heading != "" {
			body = "## " + c.heading + "\n\n" + body
		}
		first, ok1 := h62aFigure(t, body, c.first)
		f, ok := h62aFigure(t, body, c.later)
		if !ok || !ok1 {
			t.Errorf("%s: no figure %s or %s", c.sentence, c.first, c.later)
			continue
		}
		fields := func(name string, place, people, measure string) int {
			n := 0
			for _, v := range []string{place, people, measure} {
				if strings.Contains(v, name) {
					n++
				}
			}
			return n
		}
		if n := fields(c.laterPlace, f.Place, f.Population, f.Measure); n != 1 || f.Period != c.period || f.Place != "" && f.Place != c.laterPlace {
			t.Errorf("%s: %s is of place %q, people %q, measured %q, %q: want %s in one field of it, of %s",
				c.sentence, c.later, f.Place, f.Population, f.Measure, f.Period, c.laterPlace, c.period)
		}
		low := strings.ToLower(c.firstPlace)
		if fields(c.firstPlace, f.Place, f.Population, f.Measure) > 0 || strings.Contains(f.Key, low) {
			t.Errorf("%s: %s names the first clause's %s: place %q, people %q, measured %q, key %q",
				c.sentence, c.later, c.firstPlace, f.Place, f.Population, f.Measure, f.Key)
		}
		if fields(c.firstPlace, first.Place, first.Population, first.Measure) != 1 && first.Place != "" || first.Place != "" && first.Place != c.firstPlace ||
			fields(c.laterPlace, first.Place, first.Population, first.Measure) > 0 || first.Period != c.period {
			t.Errorf("%s: %s is of place %q, people %q, measured %q, %q: want %s's, of %s",
				c.sentence, c.first, first.Place, first.Population, first.Measure, first.Period, c.firstPlace, c.period)
		}
	}
}

// TestAComparedPlacesValueAfterAnOpeningPlace: "In Kent, 1,400 children
// were referred in 2023, compared with 1,200 in Medway." gives the 1,200
// the place Medway and the measure "were referred", of the 1,400's
// people, naming Kent nowhere. Before (hostile check 65), it was of
// people "Medway", measured "in Kent, were referred".
func TestAComparedPlacesValueAfterAnOpeningPlace(t *testing.T) {
	s := "In Kent, 1,400 children were referred in 2023, compared with 1,200 in Medway.\n"
	f, ok := h62aFigure(t, s, "1,200")
	if !ok || f.Place != "Medway" || f.Population != "children" || f.Measure != "were referred" || strings.Contains(strings.ToLower(f.Key), "kent") {
		t.Errorf("1,200 a figure %v of place %q, people %q, measured %q, key %q; want Medway's children, measured \"were referred\"", ok, f.Place, f.Population, f.Measure, f.Key)
	}
}
