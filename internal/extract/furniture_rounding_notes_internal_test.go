package extract

import "testing"

// TestRoundingNoteWithoutAHundred: a table's rounding note with a "Note:" label, or
// one saying the figures are rounded and may not add up without naming
// 100, is furniture as "Figures do not sum to 100 due to rounding." is
// (set 40 spent). A finding that something did not add up stays.
func TestRoundingNoteWithoutAHundred(t *testing.T) {
	for _, s := range []string{
		"Note: percentages may not total 100 because of rounding.",
		"Numbers have been rounded and may not add up.",
	} {
		if got, _, _ := furnitureSentence(s); !got {
			t.Errorf("%q: not furniture", s)
		}
	}
	for _, s := range []string{
		"Note: figures for 2024 show 41% of children waited more than a year.",
		"The numbers the trust gave us did not add up: 340 children were missing from its list.",
	} {
		if got, _, _ := furnitureSentence(s); got {
			t.Errorf("%q taken for furniture", s)
		}
	}
}
