package themes_test

import (
	"slices"
	"testing"
)

// TestYoungCarersSupportedAreSocialCare: a body supporting a number of
// young carers, or a young carers service, is social care in the bundled
// taxonomy; young carers named in a finding about school, or asked to be
// identified, are not on that word alone. Written for this test.
func TestYoungCarersSupportedAreSocialCare(t *testing.T) {
	tax := taxonomy(t)
	for _, c := range []struct {
		text string
		want bool
	}{
		{"Last year the project supported 268 young carers across the district.", true},
		{"The young carers service has lost two of its five workers since April.", true},
		// Near-misses.
		{"Schools should name a young carers lead by the summer.", false},
		{"Only 30% of young carers said a teacher knew about their caring role.", false},
	} {
		if got := slices.Contains(tax.Tag(c.text), "social-care"); got != c.want {
			t.Errorf("Tag(%q) has social-care = %v, want %v", c.text, got, c.want)
		}
	}
}
