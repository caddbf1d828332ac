package extract_test

import (
	"testing"

	"github.com/cypx/cypx/internal/evidence"
)

// TestALaterClauseOpeningOnAMonth: a bare count after a semicolon whose
// clause opens on a month with no year, "; in March, 410.", is the first
// clause's count of that month in the year the sentence gives: after
// "In January 2024," March 2024, after "In 2023," March 2023. A month no
// later than the first's, or after a financial year, gives no period,
// but the figure is kept. Before (hostile check 63), the 410 was lost.
// The quarter's rule is held: "; in Q2, 410" after "In Q1 2024" is Q2 2024.
func TestALaterClauseOpeningOnAMonth(t *testing.T) {
	for _, c := range []struct{ sentence, text, period string }{
		{"In February 2024, 290 children were referred; in May, 335.", "335", "May 2024"},
		{"In 2022, 290 children were referred; in May, 335.", "335", "May 2022"},
		{"In Q1 2024, 290 children were referred; in Q2, 335.", "335", "Q2 2024"},
		{"In 2022/23, 290 children were referred; in May, 335.", "335", ""},
		{"In June 2024, 290 children were referred; in May, 335.", "335", ""},
	} {
		figs := lineFiguresF72c(t, c.sentence)
		f, ok := figureOfF72c(figs, c.text)
		if !ok || f.Unit != evidence.UnitCount || f.Period != c.period {
			t.Errorf("%s: %s %v %s of %q, want a count of %q", c.sentence, c.text, ok, f.Unit, f.Period, c.period)
			continue
		}
		if c.period != "" {
			first, _ := figureOfF72c(figs, "290 children")
			if f.Key != first.Key || hasFoldF72c(f.Measure, "may") {
				t.Errorf("%s: %s measured %q keyed %q, want the first's %q", c.sentence, c.text, f.Measure, f.Key, first.Key)
			}
		}
	}
}
