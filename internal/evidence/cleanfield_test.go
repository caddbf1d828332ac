package evidence_test

import (
	"testing"

	"github.com/cypx/cypx/internal/evidence"
)

// TestCleanFieldCleansByTheFieldsRule: a metadata field is cleaned by its
// own field's rule, the one a front matter and an import both call: a
// line break inside a url is where it was wrapped (taken out), one
// between two names in an author parts them, and in any other field it
// is a space.
func TestCleanFieldCleansByTheFieldsRule(t *testing.T) {
	for _, c := range []struct{ field, v, want string }{
		{"url", "https://ex.org/cyp-\u2028waits", "https://ex.org/cyp-waits"},
		{"author", "Jane Smith\u2028Bob Lee", "Jane Smith; Bob Lee"},
		{"title", "Jane Smith\u2028Bob Lee", "Jane Smith Bob Lee"},
		{"publisher", "NHS Providers", "NHS Providers"},
	} {
		got, changed := evidence.CleanField(c.field, c.v)
		if got != c.want || changed != (c.v != c.want) {
			t.Errorf("CleanField(%q, %+q) = %+q, %v, want %+q", c.field, c.v, got, changed, c.want)
		}
	}
}
