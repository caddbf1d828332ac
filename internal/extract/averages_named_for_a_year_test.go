package extract_test

import (
	"strings"
	"testing"
)

// TestAnAverageNamedForAYearIsOfThatYear: an average whose name carries
// its own year, "a 2022 national average of 65%", "the 2022 South East
// average of 59%", "the 2022/23 England average of 71%", after a target
// or another average, is that average's value of the level's measure,
// of its own year, never the local place's nor a number of its key.
// Before (hostile check 68), the 65% was Kent's measured value of 2022,
// keyed `percent|kent||averag nation`, and the 59% measured "2022
// average", undated, keyed with "#2022".
func TestAnAverageNamedForAYearIsOfThatYear(t *testing.T) {
	for _, c := range []struct{ sentence, level, value, period, place string }{
		{"In 2023, 64% of children in Kent were seen within 18 weeks, compared with a target of 75% by 2025 and a 2022 national average of 65%.", "64%", "65%", "2022", ""},
		{"In 2023, 64% of children in Kent were seen within 18 weeks, above the England average of 61% and the 2022 South East average of 59%.", "64%", "59%", "2022", "South East"},
		{"In 2023/24, 58% of two-year-olds in Medway had a review, below the 2022/23 England average of 71%.", "58%", "71%", "2022/23", "England"},
	} {
		body := c.sentence + "\n"
		a, _ := h62aFigure(t, body, c.level)
		b, ok := h62aFigure(t, body, c.value)
		if !ok || b.Aim || b.Period != c.period || b.Place != c.place || !strings.HasPrefix(b.Measure, a.Measure) ||
			strings.Contains(b.Key, "#20") || strings.Contains(b.Key, "kent") || strings.Contains(b.Key, "medway") || b.Key == a.Key {
			t.Errorf("%s: %s (%v) aim %v, %q, place %q, measured %q, key %q; want of %q, %q, measuring %q",
				c.sentence, c.value, ok, b.Aim, b.Period, b.Place, b.Measure, b.Key, c.period, c.place, a.Measure)
		}
	}
}
