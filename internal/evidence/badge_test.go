package evidence

import "testing"

// TestBadgeStatesThePublishedValue: a badge (list rows, the chart, a
// warning, a pack's note) gives a value to the places it is published to.
// Before, one decimal at most: 0.04% was "0%", 0.35% "0.3%", 12.25%
// "12.2%", £2.35m "£2.4m", 3.45 per 1,000 "3.5".
func TestBadgeStatesThePublishedValue(t *testing.T) {
	for _, c := range []struct {
		f    Figure
		want string
	}{
		{Figure{Value: 0.04, Unit: UnitPercent}, "0.04%"},
		{Figure{Value: 0.35, Unit: UnitPercent}, "0.35%"},
		{Figure{Value: 12.25, Unit: UnitPercent}, "12.25%"},
		{Figure{Value: 2.35e6, Unit: UnitGBP}, "£2.35m"},
		{Figure{Value: 3.45, Unit: UnitOther}, "3.45"},
		{Figure{Value: 45, Unit: UnitPercent}, "45%"},
		{Figure{Value: 33.3, Unit: UnitPercent}, "33.3%"},
		{Figure{Value: 1300, Unit: UnitCount}, "1,300"},
		{Figure{Value: 1.2e6, Unit: UnitCount}, "1.2m"},
		{Figure{Low: 1.25, High: 1.75, Value: 1.25, Unit: UnitPercent}, "1.25–1.75%"},
	} {
		if got := c.f.Badge(); got != c.want {
			t.Errorf("badge of %v %s: %q, want %q", c.f.Value, c.f.Unit, got, c.want)
		}
	}
}

// TestLetteredRecommendationNumber: a recommendation numbered by a letter
// or a roman numeral ("c." in a web page's lettered list, "(c)" in a
// paper) had the badge "c" (and `cypx show` "number c"), a bare letter
// that reads as a typo; digits were "R3". The letter is shown in brackets,
// by the one function the badge and the command line use.
func TestLetteredRecommendationNumber(t *testing.T) {
	for _, c := range []struct {
		number, badge, label string
	}{
		{"c", "R(c)", "(c)"},
		{"ii", "R(ii)", "(ii)"},
		{"C", "R(C)", "(C)"},
		{"3", "R3", "3"},
		{"1.2", "R1.2", "1.2"},
		{"3a", "R3a", "3a"},
		{"R3", "R3", "R3"},
		{"R", "R(R)", "(R)"},
	} {
		it := Item{Kind: Recommendation, Number: c.number}
		if got := it.Badge(); got != c.badge {
			t.Errorf("badge of number %q: %q, want %q", c.number, got, c.badge)
		}
		if got := it.NumberLabel(); got != c.label {
			t.Errorf("label of number %q: %q, want %q", c.number, got, c.label)
		}
	}
}
