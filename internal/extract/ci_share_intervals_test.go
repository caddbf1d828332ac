package extract_test

import (
	"testing"

	"github.com/cypx/cypx/internal/extract"
)

// TestAShareConfidenceIntervalIsNoFigure: "45% of pupils (95% CI 40% to
// 50%)" states one figure, the 45%; the interval's bounds are no range
// figure of the measure (hostile check 53). Before, "40% to 50%" was
// stored as a second figure of "waited more than 18 weeks", to be
// compared as a finding.
func TestAShareConfidenceIntervalIsNoFigure(t *testing.T) {
	for _, s := range []string{
		"In 2023, 45% of pupils (95% CI 40% to 50%) waited more than 18 weeks.",
		"In 2023, 45% of pupils (95% CI: 40%–50%) waited more than 18 weeks.",
	} {
		items := extract.Extract(parseBody(t, "Writer Body", "## Findings\n\n"+s+"\n"))
		if len(items) != 1 {
			t.Fatalf("%q: %d items", s, len(items))
		}
		for _, f := range items[0].Figures {
			if f.Value == 40 || f.Value == 50 {
				t.Errorf("%q: the interval's bound %q is a figure", s, f.Text)
			}
		}
		if h, _ := items[0].Headline(); h.Value != 45 {
			t.Errorf("%q: headline %v, want 45", s, h.Value)
		}
	}
}
