package extract_test

import "testing"

// TestADecimalOutOfTenIsARating: a number with decimals "out of" 10 or 5
// is a rating whatever words stand around it, its decimals kept: "rose to
// 8.4 out of 10" is 8.4, unit other. "Eight out of 10 carers" stays a
// share. Before (hostile check 59) it was a count of 8 measured "4 out of
// 10", or, after "was", no figure at all.
func TestADecimalOutOfTenIsARating(t *testing.T) {
	for _, c := range []struct{ s, want string }{
		{"Carer wellbeing rose to 8.4 out of 10 in 2021.", "8.4 out of 10=8.4 other  | 2021 |"},
		{"Carer wellbeing was 8.4 out of 10 in 2021.", "8.4 out of 10=8.4 other  | 2021 |"},
		{"Carer wellbeing was 3.9 out of 5 in 2021.", "3.9 out of 5=3.9 other  | 2021 |"},
		{"Eight out of 10 carers felt supported in 2021.", "Eight out of 10=80 percent"},
	} {
		if got := h62bFigures(t, c.s); h62bFind(got, c.want) == "" {
			t.Errorf("%q: %q, want %q", c.s, got, c.want)
		}
	}
}
