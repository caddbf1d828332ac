package evidence

import "testing"

// TestPrefixNeverSplitsACharacter: a prefix is cut back to where a
// character starts, and a short text is whole.
func TestPrefixNeverSplitsACharacter(t *testing.T) {
	for _, c := range []struct {
		s    string
		n    int
		want string
	}{
		{"short", 10, "short"},
		{"abcdef", 3, "abc"},
		{"ab£cd", 3, "ab"}, // £ is two bytes: byte 3 is inside it
		{"ab£cd", 4, "ab£"},
		{"£", 1, ""},
	} {
		if got := Prefix(c.s, c.n); got != c.want {
			t.Errorf("Prefix(%q, %d) = %q, want %q", c.s, c.n, got, c.want)
		}
	}
}
