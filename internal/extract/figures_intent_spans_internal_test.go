package extract

import (
	"slices"
	"testing"
)

// TestIntentSpanIsNoFigure: the span in which people say they are
// thinking of doing something ("thinking of leaving within two years") is
// the horizon of an intention, not a measurement; a wait within a span is
// still one. Every sentence is written for this test.
func TestIntentSpanIsNoFigure(t *testing.T) {
	cases := []struct {
		in   string
		want []string
	}{
		{"Nearly a third of health visitors (31%) said they were thinking of leaving the profession within three years.", []string{"31%"}},
		{"A quarter of staff (25%) are considering retiring in the next two years.", []string{"25%"}},
		// Near-miss: a wait.
		{"Some 40% of families were seen within three years of referral.", []string{"Some 40%", "three years"}},
	}
	for _, c := range cases {
		var got []string
		for _, f := range Figures(c.in) {
			got = append(got, f.Text)
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("%q: figures %q, want %q", c.in, got, c.want)
		}
	}
}
