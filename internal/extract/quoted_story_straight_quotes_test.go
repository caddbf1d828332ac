package extract

import "testing"

// TestAStoryInStraightQuotesIsNoFigure: a wait told in words inside
// straight quotes, as a page writes them, is a person's story as it is
// inside curly ones; one in digits, or outside the quotation, stays a
// figure.
func TestAStoryInStraightQuotesIsNoFigure(t *testing.T) {
	for s, want := range map[string]int{
		`"Nobody should have to wait two years to be seen."`:                     0,
		`"Parents are ringing me in tears," she said. "We waited eight months."`: 0,
		`"We were told it would be 18 months," she said.`:                        1,
		`She said children waited two years, "and nobody rang us."`:              1,
	} {
		if got := len(Figures(s)); got != want {
			t.Errorf("%s: %d figures %v, want %d", s, got, Figures(s), want)
		}
	}
}
