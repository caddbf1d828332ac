package extract_test

import (
	"testing"

	"github.com/cypx/cypx/internal/extract"
)

// TestLevelReachedAfterChangeLeads: a change then ", reaching" the level
// it reached, "rose by 9.4% in a year, reaching 12,800", or a multiple,
// "have more than doubled since 2018/19, reaching 2,950", or ", at" it,
// "were up 12% on the same month last year, at 740", reports the
// level: it is the headline, as after "rose by 9.4% to 12,800". Before:
// the change, the first figure, led, and a bare level after ", at" was
// no figure.
func TestLevelReachedAfterChangeLeads(t *testing.T) {
	for _, c := range []struct {
		s    string
		want float64
	}{
		{"Requests for needs assessments rose by 9.4% in a year, reaching 12,800 in March 2025.", 12800},
		{"Referrals to the eating disorder service have more than doubled since 2018/19, reaching 2,950 in 2024/25.", 2950},
		{"Spending rose by 4% in real terms, to stand at £41m.", 41000000},
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
