package extract_test

import "testing"

// TestConfidenceLevelFirstColumnIsNoFigure: a data portal's trend table
// names its interval's columns level first ("95% Lower CI", "95% Upper
// CI"); they hold bounds, not percentages, as "Lower 95% CI" does.
// Before, each bound was a percentage.
func TestConfidenceLevelFirstColumnIsNoFigure(t *testing.T) {
	body := "## Admissions for asthma\n\n| Period | Count | Value | 95% Lower CI | 95% Upper CI |\n|---|---|---|---|---|\n| 2023/24 | 212 | 181.4 | 157.9 | 207.3 |\n"
	got := figuresOf(t, body)
	for _, fig := range []string{"157.9", "207.3"} {
		if _, ok := got[fig]; ok {
			t.Errorf("%s, a bound of a confidence interval, is a figure: %q", fig, got[fig])
		}
	}
	if _, ok := got["212"]; !ok {
		t.Errorf("the count is no figure (all %v)", got)
	}
}
