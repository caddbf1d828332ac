package extract_test

import "testing"

// TestOwnRecordSpanIsNoFigure: the span a body's own record is measured
// over, "its best figure for three years", is a comparison's reach, as
// "the best for three years" is. Before: "three years" a figure.
func TestOwnRecordSpanIsNoFigure(t *testing.T) {
	checkNotFigures(t, []notFigureCase{
		{s: "Reviews were done on time in 71% of cases, which the trust calls its best result for four years.", bad: 4, keep: 71},
		{s: "Uptake reached 88% in June, their highest level for five years.", bad: 5, keep: 88},
		{s: "The longest wait was for two years.", keep: 2},
	})
}

// TestNumberedAskLabelIsNoFigure: "Ask 3" names a numbered ask, as
// "Recommendation 3" and "Proposal 2" name theirs; a lower-case "ask"
// before a count asks that many. Before: "3 reallocates" a count.
func TestNumberedAskLabelIsNoFigure(t *testing.T) {
	checkNotFigures(t, []notFigureCase{
		{s: "Ask 4 moves existing grant money and is not costed on its own.", bad: 4},
		{s: "Proposal 2 shifts the budget to the council from April.", bad: 2},
		{s: "We will ask 12 schools to pilot the new referral form.", keep: 12},
	})
}
