package extract_test

import (
	"testing"

	"github.com/cypx/cypx/internal/evidence"
)

// TestLabelsLimitIsAThresholdOfItsCount: a "label: figure" line whose
// label counts people past a time limit ("Waiting more than 18 weeks:
// 1,145") has the count as its headline and the limit as its threshold,
// as "1,145 children waited more than 18 weeks" has. A label that is a
// wait ("Median wait in weeks: 18") keeps its figure. Before, the limit
// was the headline.
func TestLabelsLimitIsAThresholdOfItsCount(t *testing.T) {
	for _, c := range []struct{ sentence, limit, count string }{
		{"Waiting more than 18 weeks: 1,145", "more than 18 weeks", "1,145"},
		{"Children seen within 6 weeks: 2,310", "6 weeks", "2,310"},
		{"Waiting over 26 weeks: 1,310", "over 26 weeks", "1,310"},
	} {
		it := itemOf(t, c.sentence)
		if f := figureOf(t, it, c.limit); f.Role != evidence.RoleThreshold {
			t.Errorf("%s\n  %q has role %q, want threshold", c.sentence, c.limit, f.Role)
		}
		if h, _ := it.Headline(); h.Text != c.count {
			t.Errorf("%s\n  headline %q, want %q", c.sentence, h.Text, c.count)
		}
	}
}
