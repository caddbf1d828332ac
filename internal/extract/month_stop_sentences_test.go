package extract_test

import "testing"

// TestMonthCutShortEndsASentenceBeforeACapital: a month cut short ends a
// sentence where a capital follows it, "peaked in Feb. Waits then", and
// stays one date before a number, "in Feb. 2022". Before (hostile check
// 60), the two sentences were one, the first's words in the second's
// measure.
func TestMonthCutShortEndsASentenceBeforeACapital(t *testing.T) {
	s := "Admissions peaked in Feb. Average waits then fell by 9% in 2022."
	for _, f := range itemFiguresOf(t, s) {
		if f.Text == "9%" && f.Measure != "average waits then" {
			t.Errorf("%q: the 9%% measured %q", s, f.Measure)
		}
	}
	s = "Average waits fell by 9% in Feb. 2022."
	for _, f := range itemFiguresOf(t, s) {
		if f.Text == "9%" && f.Period != "February 2022" {
			t.Errorf("%q: the 9%% of period %q, want February 2022", s, f.Period)
		}
	}
}
