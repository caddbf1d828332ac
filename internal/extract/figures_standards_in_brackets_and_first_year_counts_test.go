package extract_test

import (
	"testing"

	"github.com/cypx/cypx/internal/extract"
)

// TestStandardInBrackets: a standard set for all, given in brackets
// after the level ("(standard: 92%)", "(national standard 92%)"), is a
// figure of its sentence, as "against the national standard of 92%" is;
// a target in brackets ("(target 90%)") is still none. Before, both were
// dropped as values no one achieved.
func TestStandardInBrackets(t *testing.T) {
	cases := []struct{ in, want string }{
		{"Wheelchairs delivered within 18 weeks: 81% (standard: 92%)",
			"18 weeks=18 weeks/threshold; 81%=81 percent/headline; 92%=92 percent"},
		{"64% of children were equipped within 18 weeks (national standard 92%)",
			"64%=64 percent/headline; 18 weeks=18 weeks/threshold; 92%=92 percent"},
		{"64% of children were equipped within 18 weeks (target 90%).",
			"64%=64 percent/headline; 18 weeks=18 weeks/threshold"},
	}
	for _, c := range cases {
		var got string
		for _, it := range extract.Extract(parseBody(t, "P", c.in+"\n")) {
			got += describe(it.Figures)
		}
		if got != c.want {
			t.Errorf("%q:\n got  %q\n want %q", c.in, got, c.want)
		}
	}
}

// TestCountAfterAnOpeningYear: a count right after "its first year" or
// "the second year" with no comma ("In its first year 180 parents
// signed up") is a count, as after "last year" it is: the year is the
// time, no school year "Year 180". Before, the count was lost.
func TestCountAfterAnOpeningYear(t *testing.T) {
	cases := []struct{ in, want string }{
		{"In its first year 180 parents signed up to the course.", "180 parents=180 count"},
		{"In the second year 240 pupils took part in the scheme.", "240 pupils=240 count"},
	}
	for _, c := range cases {
		var got string
		for _, it := range extract.Extract(parseBody(t, "P", c.in+"\n")) {
			got += describe(it.Figures)
		}
		if got != c.want {
			t.Errorf("%q:\n got  %q\n want %q", c.in, got, c.want)
		}
	}
}
