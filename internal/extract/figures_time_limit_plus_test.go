package extract_test

import (
	"testing"

	"github.com/cypx/cypx/internal/evidence"
)

// TestATimeLimitWrittenWithAPlusIsAFigure: a time limit a count is held
// against written with a plus ("waiting 52+ weeks", "18+ months") is the
// limit, as "waiting over 52 weeks" is (the package comment of quality: a
// time limit a share or count is counted against is a figure); the count
// stays the headline. Before, "52+" was read as no figure at all.
func TestATimeLimitWrittenWithAPlusIsAFigure(t *testing.T) {
	for _, c := range []struct {
		s     string
		value float64
		unit  evidence.Unit
		head  float64
	}{
		{"Children waiting 52+ weeks for speech therapy went from 290 to 331 over the year.", 52, evidence.UnitWeeks, 331},
		{"In March, 118 young people had been on the list for 18+ months.", 18, evidence.UnitMonths, 118},
	} {
		figs := itemFiguresOf(t, c.s)
		found := false
		for _, f := range figs {
			if f.Value == c.value && f.Unit == c.unit {
				found = true
				if f.Role == evidence.RoleHeadline {
					t.Errorf("%q: the limit %q is the headline", c.s, f.Text)
				}
			}
		}
		if !found {
			t.Errorf("%q: no figure %g %s (all %v)", c.s, c.value, c.unit, figs)
		}
		it := evidence.Item{Figures: figs}
		if h, ok := it.Headline(); !ok || h.Value != c.head {
			t.Errorf("%q: headline %q (%g), want %g", c.s, h.Text, h.Value, c.head)
		}
	}
}
