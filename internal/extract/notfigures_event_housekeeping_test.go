package extract_test

import (
	"testing"

	"github.com/cypx/cypx/internal/extract"
)

// TestEventHousekeepingIsNoFigure: a webinar's headcount, its bookings and
// room, the time left in a session and a report's count of its own metrics
// by rating are no findings (set 46 spent); a count of people served
// and a metric's value still are. Every sentence is written for this test.
func TestEventHousekeepingIsNoFigure(t *testing.T) {
	for _, s := range []string{
		"There are around 90 people on the webinar this evening, thank you for coming.",
		"42 people have registered so far and there is room for 60.",
		"We have only five minutes left, so please keep questions brief.",
		"Three of the eight maternity metrics are rated amber this quarter.",
		"This review has been viewed 1,312 times.",
	} {
		if figs := extract.Figures(s); len(figs) != 0 {
			t.Errorf("%q: read figures %v", s, figs)
		}
	}
	for _, s := range []string{
		"About 140 people were waiting more than a year for an assessment.",
		"Three of the eight clinics met the standard, and 61% of children were seen within 18 weeks.",
	} {
		if figs := extract.Figures(s); len(figs) == 0 {
			t.Errorf("%q: no figure read", s)
		}
	}
}
