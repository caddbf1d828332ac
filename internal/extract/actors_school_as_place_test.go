package extract_test

import (
	"slices"
	"testing"
)

// TestASchoolAsAPlaceAsksNoSchool: "school" with no article after a
// preposition of place ("help in school", "support at school") says
// where children are, and asks no school; a school named as the one to
// act keeps its actor. Before: Schools for the first two. Every sentence
// is written for this test.
func TestASchoolAsAPlaceAsksNoSchool(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Help in school should never wait for a diagnosis.\n", ""},
		{"Parents told us that support at school should not hang on a diagnosis, and the ICB should fund the assessments.\n", "ICBs"},
		// Near misses: a school asked, in words or by its staff.
		{"Schools should make sure help in school never waits for a diagnosis.\n", "Schools"},
		{"Head teachers should make sure support at school reaches every child on the waiting list.\n", "Schools"},
	} {
		got := recs(t, c.in)
		want := []string{"|" + c.in[:len(c.in)-1] + "|" + c.want}
		if !slices.Equal(got, want) {
			t.Errorf("%q: got %q, want %q", c.in, got, want)
		}
	}
}
