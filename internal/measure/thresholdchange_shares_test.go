package measure_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/measure"
)

// describeSentence describes a sentence's figures, each found at the first
// place its text is in the sentence.
func describeSentence(text string, figs ...evidence.Figure) []evidence.Figure {
	for i := range figs {
		figs[i].Offset = strings.Index(text, figs[i].Text)
	}
	measure.Describe(measure.Input{Text: text, Figures: figs, Section: "Waiting times"}, nil)
	return figs
}

// TestChangeBesideAThresholdIsTheShares: in "The share seen within four
// weeks fell by 5 percentage points to 30%", the share (30%) measures
// "share seen within four weeks" and its change is "down 5 percentage
// points"; the time limit the share is counted against has no change;
// and the share's key is the key of "30% were seen within four weeks"
// with no change stated (review, round 22). Before, the change figure
// went to the threshold, the first figure before it: the share's measure
// read "share seen within four weeks fell by 5 percentage points" and its
// change was empty.
func TestChangeBesideAThresholdIsTheShares(t *testing.T) {
	threshold := evidence.Figure{Text: "four weeks", Value: 4, Unit: evidence.UnitWeeks, Role: evidence.RoleThreshold}
	for _, c := range []struct {
		sentence, change string
		figs             []evidence.Figure
	}{
		{"The share seen within four weeks fell by 5 percentage points to 30% in 2024.", "down 5 percentage points",
			[]evidence.Figure{threshold, {Text: "5 percentage points", Value: 5, Unit: evidence.UnitOther, Role: evidence.RoleChange}, {Text: "30%", Value: 30, Unit: evidence.UnitPercent, Role: evidence.RoleHeadline}}},
		{"The share seen within four weeks rose by 3 points to 30% in 2024.", "up 3 points",
			[]evidence.Figure{threshold, {Text: "3 points", Value: 3, Unit: evidence.UnitOther, Role: evidence.RoleChange}, {Text: "30%", Value: 30, Unit: evidence.UnitPercent, Role: evidence.RoleHeadline}}},
	} {
		figs := describeSentence(c.sentence, c.figs...)
		share, th := figs[2], figs[0]
		if share.Change != c.change {
			t.Errorf("%s: the share's change %q, want %q", c.sentence, share.Change, c.change)
		}
		if strings.Contains(share.Measure, "point") || strings.Contains(share.Measure, "fell") || strings.Contains(share.Measure, "rose") {
			t.Errorf("%s: the share's measure %q holds its change", c.sentence, share.Measure)
		}
		if th.Change != "" {
			t.Errorf("%s: the threshold's change %q, want none", c.sentence, th.Change)
		}
		plain := describeSentence("In 2024, the share seen within four weeks was 30%.", threshold,
			evidence.Figure{Text: "30%", Value: 30, Unit: evidence.UnitPercent, Role: evidence.RoleHeadline})[1]
		if share.Key != plain.Key {
			t.Errorf("%s: the share's key %q, want %q, the key of %q", c.sentence, share.Key, plain.Key, plain.Measure)
		}
	}
}
