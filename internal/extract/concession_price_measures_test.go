package extract_test

import (
	"strings"
	"testing"
)

// TestAConcessionPriceLeavesNoWordsInACount: "Entry is £4 per child
// (under-twos free) and 860 families came" measures the families "came",
// with no word of the price in the measure or key. Before (hostile check
// 60), the price's clause, masked as no figure, was the count's measure.
func TestAConcessionPriceLeavesNoWordsInACount(t *testing.T) {
	for _, s := range []string{
		"Entry is £4 per child (under-twos free) and 860 families came in 2024.",
		"Entry is £4 per child, siblings free, and 860 families came in 2024.",
	} {
		f, ok := h62aFigure(t, s+"\n", "860 families")
		if !ok {
			t.Errorf("%s: no count of 860 families", s)
			continue
		}
		for _, w := range []string{"entry", "free", "£4", "#4", "child"} {
			if strings.Contains(strings.ToLower(f.Measure), w) || strings.Contains(f.Key, w) {
				t.Errorf("%s: measure %q key %q hold %q", s, f.Measure, f.Key, w)
			}
		}
	}
}
