package extract_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/extract"
)

// TestLevelAfterChangeAtLeads: a bare level after its change and ", at",
// "were up 12% on the same month last year, at 740", is a count and the
// headline, as after "rose by 12% to 740" and after ", to" (the quality
// package's conventions: the level a change by an amount reached leads);
// after ", reaching" the change leads. Before: the bare level was no
// figure.
func TestLevelAfterChangeAtLeads(t *testing.T) {
	for _, c := range []struct {
		s    string
		want float64
	}{
		{"Requests for needs assessments rose by 9.4% in a year, reaching 12,800 in March 2025.", 9.4},
		{"Calls to the helpline were up 12% on the same month last year, at 740.", 740},
		{"Requests for help were up 9% on the same quarter last year, to 415.", 415},
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
	its := extract.Extract(parseBody(t, "P", "Requests for help were up 9% on the same quarter last year, to 415.\n"))
	if len(its) != 1 || !strings.Contains(describe(its[0].Figures), "415=415 count") {
		t.Errorf("the level after \", to\" no count: %v", its)
	}
}
