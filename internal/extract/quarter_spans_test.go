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

// TestAChangeFromOneQuarterToAnotherOfOneYearIsOfTheSpan: "from Q1 to Q4
// 2023" is one span of 2023, as "between Q1 and Q4 2023" is, whatever
// the figure is (a change, a level reached, a count over the span), and
// the first quarter is no word of the measure. Before (hostile check 65),
// each was dated Q4 2023 and measured "from Q1" (key "q1 referr"), a
// figure of one quarter another source's Q4 figure could be set against.
func TestAChangeFromOneQuarterToAnotherOfOneYearIsOfTheSpan(t *testing.T) {
	for _, c := range []struct{ line, text, period, measure string }{
		{"Referrals rose by 12% from Q1 to Q4 2023.", "12%", "January–December 2023", "referrals"},
		{"Admissions in Medway fell by 15% from Q2 to Q3 2024.", "15%", "April–September 2024", "admissions in Medway"},
		{"From Q1 to Q4 2023, 1,240 children were referred in Kent.", "1,240 children", "January–December 2023", "were referred in Kent"},
		{"Surrey referred 860 children from Q2 until Q4 2022.", "860 children", "April–December 2022", "surrey referred"},
		// held: months joined the same way, and the span "between"
		{"Admissions rose by 9% from April to September 2023.", "9%", "April–September 2023", "admissions"},
		{"Calls rose by 8% between Q1 and Q4 2022.", "8%", "January–December 2022", "calls"},
	} {
		f, ok := figureOfF72c(lineFiguresF72c(t, c.line), c.text)
		if !ok || f.Period != c.period || f.Measure != c.measure {
			t.Errorf("%q: %v of %q measuring %q, want %q measuring %q", c.line, ok, f.Period, f.Measure, c.period, c.measure)
		}
	}
	// held: a quarter with its own year is no span of another's
	figs := lineFiguresF72c(t, "Referrals were 410 in Q4 2023, up from 380 in Q1 2023.")
	if f, _ := figureOfF72c(figs, "380"); f.Period != "Q1 2023" {
		t.Errorf("dated quarters: 380 of %q, want Q1 2023", f.Period)
	}
}
