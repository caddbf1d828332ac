package extract_test

import (
	"testing"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/extract"
)

// TestGuidanceOfAKindCitesNoBody: "Statutory guidance says" and "Interim
// figures show" name the kind of a work, no body that wrote it; "NICE
// guidance says" cites NICE. Before: "Statutory" was cited as a body.
func TestGuidanceOfAKindCitesNoBody(t *testing.T) {
	for _, c := range []struct{ s, want string }{
		{"Statutory guidance says every child in care should have a health assessment within 20 working days, and 41% did in 2024.", ""},
		{"Interim figures show 62% of reviews were done on time in 2024.", ""},
		{"NICE guidance says 90% of children should be seen within 13 weeks, and 42% were in 2024.", "NICE"},
	} {
		its := extract.Extract(parseBody(t, "P", c.s+"\n"))
		if len(its) != 1 || its[0].Cites != c.want {
			t.Errorf("%q: cites %q, want %q", c.s, citesOfS79b(its), c.want)
		}
	}
}

func citesOfS79b(its []evidence.Item) string {
	if len(its) == 0 {
		return "(no item)"
	}
	return its[0].Cites
}
