package extract_test

import (
	"testing"

	"github.com/cypx/cypx/internal/extract"
)

// TestBracketStatesHedgedFigureExactly: a hedged, rounded percentage
// followed by the same value written exactly in brackets ("less than 1%
// (0.93%)") is read as the bracket's value alone. Before: the rounded
// "less than 1%" was the figure and the exact one was dropped as an
// earlier value. A bracket beside a figure it does not round ("about 45%
// (38%)", a value of another year) is still dropped, as before.
func TestBracketStatesHedgedFigureExactly(t *testing.T) {
	for _, c := range []struct {
		s    string
		want []float64
	}{
		{"The borough spends less than 1% (0.93%) of its public health grant on school nursing.", []float64{0.93}},
		{"Around 40% (41.3%) of parents said they had waited for help.", []float64{41.3}},
		{"About 45% (38%) of carers said they had a break this year.", []float64{45}},
		{"Of the 60 families, 41 (68.3%) said they had been told of the wait.", []float64{60, 41, 68.3}},
	} {
		figs := extract.Figures(c.s)
		var got []float64
		for _, f := range figs {
			got = append(got, f.Value)
		}
		if len(got) != len(c.want) {
			t.Errorf("%q: got %v, want %v", c.s, figs, c.want)
			continue
		}
		for i := range got {
			if got[i] != c.want[i] {
				t.Errorf("%q: got %v, want %v", c.s, figs, c.want)
				break
			}
		}
	}
}

// TestPlaceToldByMinutesFromAnotherIsNoFigure: a place told by the
// minutes it lies from another ("a lodge ten minutes from the hospital")
// says where it stands. Before: "ten minutes" a figure and the headline
// over the sentence's count. How long people travel or wait stays a
// figure.
func TestPlaceToldByMinutesFromAnotherIsNoFigure(t *testing.T) {
	checkNotFigures(t, []notFigureCase{
		{s: "Our family lodge, ten minutes from the hospital, has 12 bedrooms for parents.", bad: 10, keep: 12},
		{s: "The new clinic is five minutes' walk from the station and saw 340 children last year.", bad: 5, keep: 340},
	})
	for _, s := range []string{
		"Families travelled on average 40 minutes from home to the hospital.",
		"Most families live 30 minutes from the nearest unit.",
		"Families waited 45 minutes on average in the emergency department.",
	} {
		if figs := extract.Figures(s); len(figs) == 0 {
			t.Errorf("%q: the minutes travelled or waited not read", s)
		}
	}
}

// TestCourseLoadAndWordLimitAreNoFigures: the study a course asks of its
// learner ("about 25 hours of study"), the sessions told beside it
// ("including four online workshops") and a word limit ("up to 2,500
// words") are what the reader will do. Before: each a figure and the
// sentence a statistic. Hours worked and sessions held as findings stay
// figures.
func TestCourseLoadAndWordLimitAreNoFigures(t *testing.T) {
	checkNotFigures(t, []notFigureCase{
		{s: "Plan for about 25 hours of study across the term.", bad: 25},
		{s: "Allow 40 hours of guided learning over 8 weeks, including four online workshops.", bad: 40},
		{s: "Allow 40 hours of guided learning over 8 weeks, including four online workshops.", bad: 4},
		{s: "Submit a reflective essay of up to 2,500 words by the end of January.", bad: 2500},
		{s: "Write a 1,200-word summary of a case from your own caseload.", bad: 1200},
	})
	for _, s := range []string{
		"Nurses worked 3,400 hours of unpaid overtime last year.",
		"Pupils wrote 1,900 letters to the council.",
	} {
		if figs := extract.Figures(s); len(figs) == 0 {
			t.Errorf("%q: a finding's count not read", s)
		}
	}
}
