package extract

import "testing"

// TestOwnAgeHeaderSkipsItsColumn: a chronology's column of a child's age
// at each event ("Child B's age", or run together with the event
// column's header by a PDF's layout) holds labels, no figures; a column
// of average ages is a quantity. Written for this test.
func TestOwnAgeHeaderSkipsItsColumn(t *testing.T) {
	for _, c := range []struct {
		h    string
		skip bool
	}{
		{"Child B's age", true},
		{"Child B’s Event age", true},
		{"Young person's age (years)", true},
		{"Average age at diagnosis (years)", false},
		{"Children waiting", false},
	} {
		if got := headerColumn(c.h).skip; got != c.skip {
			t.Errorf("headerColumn(%q).skip = %v, want %v", c.h, got, c.skip)
		}
	}
}
