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
