package extract

import "testing"

// TestFurnitureOfPreprintsAndSourceLines: where a page's figures or the paper itself come
// from (set 35): a preprint's notice, a stat panel's survey source line,
// an estimate's provenance, a university's rating of its school. The
// same words stating a finding are not furniture. Before: excerpts, and
// the source line a statistic of its responses.
func TestFurnitureOfPreprintsAndSourceLines(t *testing.T) {
	for _, s := range []string{
		"This paper is a preprint and has not yet been peer reviewed.",
		"Preprint: not certified by peer review.",
		"Carers Voice annual survey, March to April 2024 (1,204 responses).",
		"Illustrative figures from the charity's own modelling, 2024.",
		"The Department of Midwifery was ranked among the top 20 in the UK in REF 2021.",
	} {
		if got, _, _ := furnitureSentence(s); !got {
			t.Errorf("%q: not furniture", s)
		}
	}
	for _, s := range []string{
		"In our survey, 41% of 1,204 carers said they had waited more than a year.",
		"The survey, run in March 2024, had 1,204 responses, and 38% said the service had improved.",
		"Estimated numbers of children waiting rose by 12% in 2024.",
		"The school nursing service was rated inadequate by inspectors last year.",
	} {
		if got, _, _ := furnitureSentence(s); got {
			t.Errorf("%q: furniture", s)
		}
	}
}
