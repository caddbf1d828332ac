package extract_test

import (
	"testing"

	"github.com/cypx/cypx/internal/extract"
)

// TestCountAfterWordCountLeads: "Kelby's three family hubs had 9,400
// visits" counts the hubs and reports the visits: both figures, the
// visits the headline. Before: the hubs, the first figure, led. A count
// in words that alone is counted keeps the lead.
func TestCountAfterWordCountLeads(t *testing.T) {
	for _, c := range []struct {
		s    string
		want float64
	}{
		{"Kelby's three family hubs had 9,400 visits from families in 2025.", 9400},
		{"The borough's four children's centres recorded 12,150 contacts last year.", 12150},
		{"Two new teams opened in 2024; 1,300 children were referred to them.", 2},
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
