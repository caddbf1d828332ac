package extract

import (
	"testing"

	"github.com/cypx/cypx/internal/evidence"
)

// TestAStandardNamedWithNoValueIsNoFigure: a duration naming a standard
// or limit that nothing in the sentence is counted against is the
// standard's name, no figure; a value counted against it keeps it as its
// threshold, and a duty's time limit and a standard's stated value stay.
// Every sentence is written for this test.
func TestAStandardNamedWithNoValueIsNoFigure(t *testing.T) {
	for _, s := range []string{
		"We remain committed to the 18-week standard.",
		"The four-week ambition was set out in the long-term plan.",
		"Hospital waits are measured against the 18-week standard, but community waits are not.",
		"Ministers have promised a six-week waiting time standard for wheelchair services.",
		"The regulator is piloting a four-week access standard in twelve areas.",
		"Children waiting for community services are not counted against the 18-week referral to treatment standard.",
	} {
		for _, f := range Figures(s) {
			if f.Unit != evidence.UnitCount {
				t.Errorf("%q: %q (%s) read as a figure", s, f.Text, f.Unit)
			}
		}
	}
	for _, c := range []struct {
		s, headline string
		want        int
	}{
		// A value counted against the standard keeps it, a threshold.
		{"Only 64% of children were seen within the 18-week standard.", "Only 64%", 2},
		{"The median wait is now 33 weeks, against an 18-week standard.", "33 weeks", 2},
		{"Only 12 children met the 20-week limit.", "Only 12 children", 2},
		{"The national four-week access standard was met for 71% of referrals.", "71%", 2},
		// A standard stated with its value, and a duty's time limit.
		{"Trusts are measured against the national standard of 95%.", "95%", 1},
		{"The council must issue a plan within 20 weeks.", "20 weeks", 1},
	} {
		figs := Figures(c.s)
		if len(figs) != c.want {
			t.Errorf("%q: %d figures %v, want %d", c.s, len(figs), figs, c.want)
			continue
		}
		if h, ok := (evidence.Item{Figures: figs}).Headline(); !ok || h.Text != c.headline {
			t.Errorf("%q: headline %q, want %q", c.s, h.Text, c.headline)
		}
	}
}
