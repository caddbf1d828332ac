package measure_test

import (
	"testing"

	"github.com/cypx/cypx/internal/evidence"
)

// TestChangeAndTheLevelItReached: in "X rose by N% to M" the N% is the
// change and M the level: the level's change is "up N%", and the change
// figure's says the level it reached, "up N% to M", so neither reads as
// the other's change of itself; in "rose from A to B" B is up (or down)
// from A, by the values as written. Before: the change figure's record
// said "change: up 12%" of the 12% itself, and "rose from 4,000 to 4,500"
// was "unchanged from 4,000" (a round 4,000 was read as anything from
// 3,500 to 4,500).
func TestChangeAndTheLevelItReached(t *testing.T) {
	pct := func(text string, v float64, role evidence.Role) evidence.Figure {
		return evidence.Figure{Text: text, Value: v, Unit: evidence.UnitPercent, Role: role}
	}
	count := func(text string, v float64, role evidence.Role) evidence.Figure {
		return evidence.Figure{Text: text, Value: v, Unit: evidence.UnitCount, Role: role}
	}
	gbp := func(text string, v float64, role evidence.Role) evidence.Figure {
		return evidence.Figure{Text: text, Value: v, Unit: evidence.UnitGBP, Role: role}
	}
	for _, c := range []struct {
		sentence string
		figs     []evidence.Figure
		changes  []string
	}{
		{"Referrals rose by 12% to 4,500.",
			[]evidence.Figure{pct("12%", 12, evidence.RoleChange), count("4,500", 4500, evidence.RoleHeadline)},
			[]string{"up 12% to 4,500", "up 12%"}},
		{"The number of children waiting increased by 12% to 4,500.",
			[]evidence.Figure{pct("12%", 12, evidence.RoleChange), count("4,500", 4500, evidence.RoleHeadline)},
			[]string{"up 12% to 4,500", "up 12%"}},
		{"Spending on the service fell by £2m to £10m.",
			[]evidence.Figure{gbp("£2m", 2e6, evidence.RoleChange), gbp("£10m", 1e7, evidence.RoleHeadline)},
			[]string{"down £2m to £10m", "down £2m"}},
		{"Referrals rose from 4,000 to 4,500.",
			[]evidence.Figure{count("4,000", 4000, ""), count("4,500", 4500, evidence.RoleHeadline)},
			[]string{"", "up from 4,000"}},
		{"Referrals fell from 4,500 to 4,000.",
			[]evidence.Figure{count("4,500", 4500, ""), count("4,000", 4000, evidence.RoleHeadline)},
			[]string{"", "down from 4,500"}},
	} {
		figs := describeSentence(c.sentence, c.figs...)
		for i, want := range c.changes {
			if figs[i].Change != want {
				t.Errorf("%s: %s's change %q, want %q", c.sentence, figs[i].Text, figs[i].Change, want)
			}
		}
	}
}
