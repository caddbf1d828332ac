package extract_test

import "testing"

// TestCountAfterAnOpeningYear: a count right after "its first year" or
// "the second year" with no comma ("In its first year 180 parents
// signed up") is a count, as after "last year" it is: the year is the
// time, no school year "Year 180". Before, the count was lost.
func TestCountAfterAnOpeningYear(t *testing.T) {
	cases := []struct{ in, want string }{
		{"In its first year 180 parents signed up to the course.", "180 parents=180 count"},
		{"In the second year 240 pupils took part in the scheme.", "240 pupils=240 count"},
	}
	checkDescribed(t, cases)
}
