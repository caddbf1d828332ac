package extract_test

import (
	"strings"
	"testing"
)

// TestALaterClausesOwnChangeIsItsPlaces: a later clause of another place
// giving its own change from one value to another (", while Medway's fell
// from 400 to 370 per 100,000", ", while in Medway it fell from 1,300 to
// 1,200", "; in Medway, it rose from £1.0m to £1.2m") gives both values
// that place, what the first clause's change measures without the
// first's place, and the first's years; each keyed apart from the first's.
// Before (hostile check 68), Medway's values were of "self-harm admissions
// in Kent" (or measured "in Medway, it"), undated, keyed with Kent's words
// or by "medway" alone.
func TestALaterClausesOwnChangeIsItsPlaces(t *testing.T) {
	for _, c := range []struct {
		body, first, from, to, fromYear, toYear string
	}{
		{"The rate of self-harm admissions in Kent rose from 380 per 100,000 in 2021/22 to 420 per 100,000 in 2022/23, while Medway's fell from 400 to 370 per 100,000.", "420 per 100,000", "400", "370 per 100,000", "2021/22", "2022/23"},
		{"Between 2021 and 2023, the number of children referred to CAMHS in Kent rose from 1,100 to 1,400, while in Medway it fell from 1,300 to 1,200.", "1,400", "1,300", "1,200", "2021", "2023"},
		{"From 2021/22 to 2023/24, spending on school nursing in Kent fell from £5.1m to £4.5m; in Medway, it rose from £1.0m to £1.2m.", "£4.5m", "£1.0m", "£1.2m", "2021/22", "2023/24"},
		{"Between 2020 and 2023, the number of children excluded from school in Essex rose from 310 to 420, whereas in Thurrock the number fell from 120 to 95.", "420", "120", "95", "2020", "2023"},
	} {
		body := c.body + "\n"
		first, _ := h62aFigure(t, body, c.first)
		for text, year := range map[string]string{c.from: c.fromYear, c.to: c.toYear} {
			f, ok := h62aFigure(t, body, text)
			if !ok || f.Place == "" || f.Period != year || f.Key == "" || f.Key == first.Key ||
				strings.Contains(f.Population+f.Measure, "Kent") || strings.Contains(f.Population+f.Measure, "Essex") ||
				strings.Contains(f.Key, "kent") || strings.Contains(f.Key, "essex") || strings.Contains(strings.ToLower(f.Measure), "it") && strings.HasPrefix(f.Measure, "in ") {
				t.Errorf("%s: %s of %q, people %q, measured %q, %q, key %q (first's key %q): want the later place's, of %s",
					c.body, text, f.Place, f.Population, f.Measure, f.Period, f.Key, first.Key, year)
			}
		}
	}
}

// TestAPossessiveValueAboveAnothersKeepsItsKeyToItself: "Kent's rate of
// 420 per 100,000 was above Medway's 380 per 100,000" names Medway in no
// word of Kent's value. Before (hostile check 68), Kent's was keyed "abov
// kent medway".
func TestAPossessiveValueAboveAnothersKeepsItsKeyToItself(t *testing.T) {
	body := "Kent's rate of 420 per 100,000 in 2022/23 was above Medway's 380 per 100,000.\n"
	kent, _ := h62aFigure(t, body, "420 per 100,000")
	medway, _ := h62aFigure(t, body, "380 per 100,000")
	if strings.Contains(kent.Key+kent.Measure, "edway") || medway.Place != "Medway" || strings.Contains(medway.Key+medway.Measure, "kent") {
		t.Errorf("Kent's 420: measured %q, key %q; Medway's 380: place %q, measured %q, key %q", kent.Measure, kent.Key, medway.Place, medway.Measure, medway.Key)
	}
}

// TestALaterClauseOnItsPlaceWithItsOwnVerbIsThatPlaces: "…; in Medway, 58%
// were seen within 4 weeks" and "…; in Medway, 1,200 were referred in
// 2022" give the later value the later place, its own words without the
// place ("were seen within 4 weeks"; an echoed verb, "were referred", the
// first clause's whole measure), its people without the first's place,
// and the first's year where it writes none; "; in March," or "; in Year
// 6," opens no place. Before (hostile check 68), the 58% was of "children
// in Kent", measured "in Medway, were seen within 4 weeks", undated, and
// the 1,200 keyed "medway refer", CAMHS lost.
func TestALaterClauseOnItsPlaceWithItsOwnVerbIsThatPlaces(t *testing.T) {
	for _, c := range []struct {
		body, later, place, measure, period string
	}{
		{"In 2023, 64% of children in Kent were seen within 18 weeks; in Medway, 58% were seen within 4 weeks.", "58%", "Medway", "were seen within 4 weeks", "2023"},
		{"In Kent, 1,400 children were referred to CAMHS in 2023; in Medway, 1,200 were referred in 2022.", "1,200", "Medway", "were referred to CAMHS", "2022"},
		{"In 2022/23, 310 young people in Essex were excluded; in Thurrock, 95 were excluded permanently.", "95", "Thurrock", "were excluded permanently", "2022/23"},
		{"In 2023, 64% of children in Kent were seen within 18 weeks; in March, 58% were seen within 4 weeks.", "58%", "", "", ""},
	} {
		f, _ := h62aFigure(t, c.body+"\n", c.later)
		if c.place == "" {
			if f.Place != "" {
				t.Errorf("%s: %s placed in %q: want no place", c.body, c.later, f.Place)
			}
			continue
		}
		if f.Place != c.place || f.Measure != c.measure || f.Period != c.period || strings.Contains(f.Population+f.Key, "Kent") ||
			strings.Contains(f.Population+f.Key, "Essex") || strings.Contains(f.Key, "kent") || strings.Contains(f.Key, "essex") {
			t.Errorf("%s: %s of %q, people %q, measured %q, %q, key %q: want %s's, measured %q, of %s", c.body, c.later, f.Place, f.Population, f.Measure, f.Period, f.Key, c.place, c.measure, c.period)
		}
	}
}
