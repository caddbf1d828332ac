package extract_test

import (
	"strings"
	"testing"
)

// TestAChangeAfterListedValuesIsTheLatests: a change stated after a list of
// values of one measure changes the list's latest value, which is the
// headline; the earlier year's value stays a plain level with no change,
// and the change takes the latest year. Before (hostile check 59) the
// value listed last, the earlier year, was the headline "up 5.1" and the
// change was dated by it.
func TestAChangeAfterListedValuesIsTheLatests(t *testing.T) {
	for _, c := range []struct{ s, latest, earlier, change string }{
		{"Outlay (£m) was 31.4 in 2021 and 28.9 in 2020, a rise of 2.5.", "31.4=3.14e+07 gbp headline | 2021 |  | up 2.5 |", "28.9=", "2.5=2.5e+06 gbp change | 2021 |"},
		{"Outlay was £31.4m in 2021 and £28.9m in 2020, a rise of £2.5m.", "£31.4m=3.14e+07 gbp headline | 2021 |  | up £2.5m |", "£28.9m=", "£2.5m=2.5e+06 gbp change | 2021 |"},
		{"Outlay was £28.9m in 2020 and £31.4m in 2021, a rise of £2.5m.", "£31.4m=3.14e+07 gbp headline | 2021 |  | up £2.5m |", "£28.9m=", "£2.5m=2.5e+06 gbp change | 2021 |"},
		{"Outlay (£000s) was 3,100 in 2021 and 2,900 in 2020, up 7%.", "3,100=3.1e+06 gbp  | 2021 |  | up 7% |", "2,900=", "7%=7 percent change | 2021 |"},
	} {
		got := h62bFigures(t, c.s)
		for _, w := range []string{c.latest, c.change} {
			if h62bFind(got, w) == "" {
				t.Errorf("%q: %q, want %q", c.s, got, w)
			}
		}
		if g := h62bFind(got, c.earlier); g == "" || strings.Contains(g, "headline") || strings.Contains(g, " up ") {
			t.Errorf("%q: earlier value %q, want no headline and no change", c.s, g)
		}
	}
}

// TestACountBesideListedSumsMeasuresNoMoney: "for 9,000 pupils" after sums
// a money note lists counts pupils: no measure of spending, no
// count|||spend key. Before (hostile check 59) it was measured
// "spending (£000s) was".
func TestACountBesideListedSumsMeasuresNoMoney(t *testing.T) {
	s := "Outlay (£000s) was 3,100 in 2021 and 2,900 in 2020, for 9,000 pupils."
	got := h62bFigures(t, s)
	g := h62bFind(got, "9,000 pupils=9000 count")
	if g == "" || strings.Contains(g, "outlay") {
		t.Errorf("%q: %q, want a count of pupils measuring no outlay", s, got)
	}
	if h62bFind(got, "3,100=3.1e+06 gbp") == "" || h62bFind(got, "2,900=2.9e+06 gbp") == "" {
		t.Errorf("%q: %q, want both sums scaled", s, got)
	}
}
