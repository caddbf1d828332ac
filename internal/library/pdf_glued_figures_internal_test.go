package library

import (
	"slices"
	"testing"
)

// TestGluedFiguresApart: a word poppler ran into a figure no name or code
// holds, grouped in thousands, with decimals or a per cent, is cut in
// two; a code or a name with a number in it ("Covid19", "Year10", "A4",
// "M25") stays whole.
func TestGluedFiguresApart(t *testing.T) {
	for _, c := range []struct {
		in, want []string
	}{
		{[]string{"Leek", "and", "Horsham3,600", "175"}, []string{"Leek", "and", "Horsham", "3,600", "175"}},
		{[]string{"Selby12.5", "4"}, []string{"Selby", "12.5", "4"}},
		{[]string{"Wards45%", "3"}, []string{"Wards", "45%", "3"}},
		{[]string{"Covid19", "Year10", "A4", "M25", "Q1"}, []string{"Covid19", "Year10", "A4", "M25", "Q1"}},
	} {
		if got := gluedFiguresApart(c.in); !slices.Equal(got, c.want) {
			t.Errorf("gluedFiguresApart(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
