package extract_test

import "testing"

// TestAChangeBetweenTwoQuartersOfOneYearIsOfTheSpan: "Admissions fell by
// 15% between Q2 and Q3 2024." is a change over April to September 2024,
// never of Q2 alone. Before (hostile check 64), it was dated Q2 2024.
func TestAChangeBetweenTwoQuartersOfOneYearIsOfTheSpan(t *testing.T) {
	for _, c := range []struct{ line, text, period string }{
		{"Admissions fell by 15% between Q2 and Q3 2024.", "15%", "April–September 2024"},
		{"Calls rose by 8% between Q1 and Q4 2022.", "8%", "January–December 2022"},
		// held: listed quarters keep their own
		{"Admissions were 410 in Q2 2024.", "410", "Q2 2024"},
	} {
		f, ok := figureOfF72c(lineFiguresF72c(t, c.line), c.text)
		if !ok || f.Period != c.period {
			t.Errorf("%q: %v of %q, want %q", c.line, ok, f.Period, c.period)
		}
	}
	// held: "in Q1 and Q2 2024" lists two quarters, no span
	figs := lineFiguresF72c(t, "Admissions were 410 and 380 in Q1 and Q2 2024 respectively.")
	if f, _ := figureOfF72c(figs, "410"); f.Period != "Q1 2024" {
		t.Errorf("listed quarters: 410 of %q, want Q1 2024", f.Period)
	}
}
