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
