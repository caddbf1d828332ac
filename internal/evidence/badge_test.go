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
