package extract_test

import (
	"strings"
	"testing"
)

// TestAnUnderFivesGroupIsAnAgeWhereverItIsWritten: a group named by its
// age bound, "under 5s", "under fives", "under 5's", "under-5s" or
// "children under 5", is the age group "under 5" wherever ages are read
// (a count's noun, "of ...", "among ...", a ratio's people), keyed as
// "children under five" is, with no word of it left in the measure.
// Before (hostile check 65), "1,200 under 5s" counted "5s" (keyed
// `count|5s kent||`), "children under 5" was the group "children under"
// with "5 in Kent" in the measure, and "one health visitor for every 500
// under-5s" was a count of 500 measuring "there is one health visitor for
// every". A wait "under 18 weeks" stays no age.
func TestAnUnderFivesGroupIsAnAgeWhereverItIsWritten(t *testing.T) {
	for _, c := range []struct{ sentence, text, people, place string }{
		{"In 2023, 1,200 under 5s in Kent were vaccinated.", "1,200", "under 5s in Kent", "kent"},
		{"In 2023, 1,200 under fives in Kent were vaccinated.", "1,200", "under fives in Kent", "kent"},
		{"In 2023, 1,200 under 5's in Kent were vaccinated.", "1,200", "under 5's in Kent", "kent"},
		{"In 2023, 1,200 children under 5 in Kent were vaccinated.", "1,200 children", "children under 5 in Kent", "kent"},
		{"In 2023, 64% of children under 5 in Medway were vaccinated.", "64%", "children under 5 in Medway", "medway"},
		{"In 2023, 64% of under 5s in Surrey were vaccinated.", "64%", "under 5s in Surrey", "surrey"},
		{"Uptake among children under 5 in Kent was 64% in 2023.", "64%", "children under 5 in Kent", "kent"},
		{"Uptake among under fives in Hillford was 64% in 2023.", "64%", "under fives in Hillford", "hillford"},
		{"There is one health visitor for every 500 under-5s.", "one health visitor for every 500 under-5s", "under-5s", ""},
		{"There is one health visitor for every 500 under-5s in Kent.", "one health visitor for every 500 under-5s", "under-5s in Kent", "kent"},
		{"There is one health visitor for every 500 under 5s.", "one health visitor for every 500 under 5s", "under 5s", ""},
		{"There is one health visitor for every 500 under fives.", "one health visitor for every 500 under fives", "under fives", ""},
		{"There is one health visitor for every 500 children under 5.", "one health visitor for every 500 children", "children under 5", ""},
	} {
		f, ok := figureF70a(figuresF70a(t, c.sentence), c.text)
		if !ok {
			t.Errorf("%s: no figure %q in %v", c.sentence, c.text, figuresF70a(t, c.sentence))
			continue
		}
		k := strings.Split(f.Key, "|")
		if f.Population != c.people || len(k) < 4 || k[1] != c.place || k[2] != "under 5" || strings.Contains(f.Measure, "5") || strings.Contains(k[3], "5") {
			t.Errorf("%s: %s of %q measuring %q keyed %q", c.sentence, f.Text, f.Population, f.Measure, f.Key)
		}
	}
	// Waits and times stay no age.
	for _, s := range []string{
		"In 2023, 300 children waited under 18 weeks.",
		"In 2023, 300 children were seen in under 5 days.",
	} {
		for _, f := range figuresF70a(t, s) {
			if k := strings.Split(f.Key, "|"); len(k) > 2 && k[2] != "" {
				t.Errorf("%s: %s keyed %q", s, f.Text, f.Key)
			}
		}
	}
}
