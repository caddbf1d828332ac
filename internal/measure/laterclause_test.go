package measure_test

import (
	"testing"

	"github.com/cypx/cypx/internal/evidence"
)

// TestNoMeasureFromALaterClause: a figure whose clause says nothing of its
// own ("Some 30% of parents said so") borrows no measure from a clause
// joined after it; one that points back ("while 30% of boys did") still
// borrows the measure of the clause before. Before, the parents' 30%
// measured the children's wait of the next clause, and a story citing a
// report's 10–15% was taken to dispute that report, so it was no longer
// cited to it.
func TestNoMeasureFromALaterClause(t *testing.T) {
	pct := func(s string, v float64) evidence.Figure {
		return evidence.Figure{Text: s, Value: v, Unit: evidence.UnitPercent}
	}
	figs := describeSentence("Some 30% of parents said so, and the Acme Trust found that 12% of children waited more than 18 weeks for CAMHS in 2023.",
		pct("30%", 30), pct("12%", 12))
	if figs[1].Measure == "" {
		t.Fatalf("the children's 12%% has no measure")
	}
	if figs[0].Measure == figs[1].Measure || figs[0].Key == figs[1].Key && figs[0].Key != "" {
		t.Errorf("the parents' 30%% measures %q (key %q), the next clause's", figs[0].Measure, figs[0].Key)
	}
	back := describeSentence("In 2023, 45% of girls waited more than 18 weeks, while 30% of boys did.", pct("45%", 45), pct("30%", 30))
	if back[0].Measure == "" || back[1].Measure != back[0].Measure {
		t.Errorf("the boys' 30%% measures %q, want the girls' %q", back[1].Measure, back[0].Measure)
	}
}
