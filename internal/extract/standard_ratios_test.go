package extract_test

import "testing"

// TestRecommendedRatioIsNoFigure: a ratio its clause sets as a standard
// (recommended, a target, what there "should" be) is no figure, while an
// actual ratio beside such words in another clause, or with none, stays
// one. Before (hostile check 64), "The recommended ratio is one health
// visitor to 250 families." was keyed as an actual caseload, so a
// standard could stand beside a real one as if it had been achieved.
func TestRecommendedRatioIsNoFigure(t *testing.T) {
	for _, s := range []string{
		"The recommended ratio is one health visitor to 250 families.",
		"One nurse to 2,600 pupils was recommended by the RCN.",
		"The college recommends one school nurse for every 2,500 pupils.",
		"There should be one school nurse to every 2,500 pupils.",
		"The target is one health visitor for every 300 children under five.",
		"The recommended pupil to nurse ratio is 2,500:1.",
		"The standard is that each health visitor covers 250 families.",
	} {
		if figs := itemFiguresOf(t, s); len(figs) != 0 {
			t.Errorf("%q: %+v, want no figure", s, figs)
		}
	}
	for s, v := range map[string]float64{
		"In 2024 there was one school nurse for every 3,100 pupils.":                          3100,
		"Against the standard, in 2024 there was one school nurse for every 3,100 pupils.":    3100,
		"Each health visitor covers 480 families in Northvale.":                               480,
		"The pupil to nurse ratio was 2,900:1 in 2024; the college recommends a lower ratio.": 2900,
	} {
		found := false
		for _, f := range itemFiguresOf(t, s) {
			found = found || f.Value == v
		}
		if !found {
			t.Errorf("%q: no figure of %g", s, v)
		}
	}
}
