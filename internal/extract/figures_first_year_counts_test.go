package extract_test

import (
	"testing"

	"github.com/cypx/cypx/internal/extract"
)

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
