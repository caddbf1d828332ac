package extract_test

import (
	"testing"

	"github.com/cypx/cypx/internal/measure"
)

// TestNegatedBoundsKeepTheirNegation: "no more than 10%" is at most 10%
// and "no fewer than 500" at least 500. Before (hostile check 100), the
// figure was "more than 10%" and "fewer than 500", the "no" left in the
// measure, so every copy of the figure, its citation and its interval
// said the opposite of the source. "at least 500" and "more than 500",
// which hold no negation, stay as they were; "not even a third" is less
// than a third, and "barely" and "as many as" are kept in the copy.
func TestNegatedBoundsKeepTheirNegation(t *testing.T) {
	for _, c := range []struct {
		sentence, figure string
		atMost           bool // the figure bounds from above, not below
	}{
		{"In 2023, no fewer than 500 children waited over a year.", "no fewer than 500 children", false},
		{"In 2023, no more than 10% of children were seen within 4 weeks.", "no more than 10%", true},
		{"In 2023, not less than 45% of parents said they waited too long.", "not less than 45%", false},
		{"In 2023, not more than 1 in 10 children were seen within 4 weeks.", "not more than 1 in 10", true},
		{"In 2023, no less than £5m was spent on CAMHS.", "no less than £5m", false},
		{"In 2023, no more than 12 health visitors were in post.", "no more than 12", true},
		{"In 2023, more than 500 children waited over a year.", "more than 500 children", false},
		{"In 2023, at least 500 children waited over a year.", "at least 500 children", false},
		{"In 2023, fewer than 500 children waited over a year.", "fewer than 500 children", true},
		{"In 2023, not even a third of children were seen on time.", "not even a third", true},
		{"In 2023, barely 1 in 10 children were seen on time.", "barely 1 in 10", false},
		{"In 2023, as many as 1,200 children waited more than a year.", "as many as 1,200 children", false},
	} {
		it := itemOf(t, c.sentence)
		h, ok := it.Headline()
		if !ok || h.Text != c.figure {
			t.Errorf("%q: headline %q (qualifier %q), want %q", c.sentence, h.Text, h.Qualifier, c.figure)
			continue
		}
		lo, hi := measure.Interval(h)
		if bounded := hi < 1e300 && lo < -1e300; bounded != c.atMost {
			t.Errorf("%q: interval %v to %v, want at most %v", c.sentence, lo, hi, c.atMost)
		}
	}
}
