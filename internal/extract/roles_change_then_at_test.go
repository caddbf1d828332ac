package extract_test

import (
	"testing"

	"github.com/cypx/cypx/internal/extract"
)

// TestLevelAfterChangeAtLeads: a bare level after its change and ", at",
// "were up 12% on the same month last year, at 740", is a count and the
// headline, as after "rose by 12% to 740". Before: the 740 was no
// figure. After ", reaching" the change still leads, as the development
// set labels it.
func TestLevelAfterChangeAtLeads(t *testing.T) {
	for _, c := range []struct {
		s    string
		want float64
	}{
		{"Requests for needs assessments rose by 9.4% in a year, reaching 12,800 in March 2025.", 9.4},
		{"Calls to the helpline were up 12% on the same month last year, at 740.", 740},
	} {
		its := extract.Extract(parseBody(t, "P", c.s+"\n"))
		if len(its) != 1 {
			t.Errorf("%q: items %v", c.s, its)
			continue
		}
		if h, ok := its[0].Headline(); !ok || h.Value != c.want {
			t.Errorf("%q: headline %v, want %v (%s)", c.s, h.Value, c.want, describe(its[0].Figures))
		}
	}
}
