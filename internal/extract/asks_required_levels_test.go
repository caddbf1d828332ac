package extract_test

import (
	"strings"
	"testing"
)

// TestARequiredShareIsAnAskAndNoMeasuredLevel: an inspector's must that
// a share be reached, under a heading of what a body must do ("What the
// local area partnership must do"), asks that body, though it names a
// timescale ("within 18 weeks") as a law's duty does; read alone, as a
// statistic, its share is the level required (an aim), never the place's
// measured level. A duty with a timescale and no share stays a duty.
// Before (hostile check 68), "The ICB must make sure that at least 90% of
// children in Wexdale are seen within 18 weeks." was a statistic, the 90%
// Wexdale's measured level a briefing would quote.
func TestARequiredShareIsAnAskAndNoMeasuredLevel(t *testing.T) {
	wantRecs(t, []struct {
		name, body string
		want       []string
	}{
		{"the ICB's share", "## What the local area partnership must do\n\nThe ICB must make sure that at least 90% of children in Wexdale are seen within 18 weeks.\n",
			[]string{"|The ICB must make sure that at least 90% of children in Wexdale are seen within 18 weeks.|ICBs"}},
		{"the council's share", "## What the local area partnership must do\n\nThe council must ensure that 95% of EHC plans are issued within 20 weeks.\n",
			[]string{"|The council must ensure that 95% of EHC plans are issued within 20 weeks.|Local authorities"}},
		// Near-miss: the law's timescale for every plan is a duty.
		{"the law's timescale", "## What the local area partnership must do\n\nThe council must issue a plan within 20 weeks of a request.\n", nil},
	})
	for _, c := range []struct{ sentence, fig string }{
		{"The ICB must make sure that at least 90% of children in Wexdale are seen within 18 weeks.", "at least 90%"},
		{"Medway Council must ensure that 95% of EHC plans are issued within 20 weeks.", "95%"},
		{"The trust must ensure that children are assessed within 18 weeks.", "18 weeks"},
	} {
		f, ok := h62aFigure(t, "## Findings\n\n"+c.sentence+"\n", c.fig)
		if !ok || !f.Aim {
			t.Errorf("%s: %s (%v) aim %v, want the level required (an aim)", c.sentence, c.fig, ok, f.Aim)
		}
	}
	f, ok := h62aFigure(t, "In 2023, 64% of children in Kent were seen within 18 weeks, and the ICB must make sure this rises.\n", "64%")
	if !ok || f.Aim || !strings.Contains(f.Key, "kent") {
		t.Errorf("a level before a must: 64%% (%v) aim %v key %q, want measured", ok, f.Aim, f.Key)
	}
}
