package extract_test

import "testing"

// TestLabelCountWithLimitInWordsAndShareAfter: a "label: value" line
// whose label gives its limit in words ("Children waiting over a year:
// 318") counts, as "over 52 weeks" does, and so does one whose value a
// share of a whole goes on after ("Children waiting: 318, 12% of the
// list"). Before, neither 318 was read.
func TestLabelCountWithLimitInWordsAndShareAfter(t *testing.T) {
	cases := []struct{ in, want string }{
		{"Children waiting over a year: 318", "over a year=1 years/threshold; 318=318 count/headline"},
		{"Children waiting: 318, 12% of the list", "318=318 count; 12%=12 percent"},
	}
	checkDescribed(t, cases)
}
