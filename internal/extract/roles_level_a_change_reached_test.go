package extract_test

import (
	"testing"

	"github.com/cypx/cypx/internal/extract"
)

// TestTheLevelAChangeReachedLeads: the level a change by an amount
// reached is the headline, the change marked a change, whatever period
// or comma comes between them ("went up by 37% over six years to 2,940",
// "dropped by 28% since 2016, to about 5,100", "grew by 44% between
// March 2021 and May 2024, to 204,700"), as the quality package's
// conventions say of "fell by about a quarter ..., to 968 children"; and
// in a change from one value to another the value it reached leads though
// a season or the counted noun and a year sit after the first ("dropped
// from 530 in the spring to 310", "shrank from 1,870 whole-time posts in
// 2018 to 1,640 in 2023"). Before: the change, or the value it went from,
// was the headline.
func TestTheLevelAChangeReachedLeads(t *testing.T) {
	for _, c := range []struct {
		s    string
		want float64
	}{
		{"The number of pupils with a support plan in the borough has gone up by 37% over six years to 2,940.", 2940},
		{"The number of school nurses in the region has dropped by 28% since 2016, to about 5,100 posts.", 5100},
		{"The number of families on the list grew by 44% between March 2021 and May 2024, to 204,700.", 204700},
		{"Requests for help were up 9% on the same quarter last year, to 415.", 415},
		{"The council says the list of overdue reviews has dropped from 530 in the spring to 310.", 310},
		{"The speech therapy workforce shrank from 1,870 whole-time posts in 2018 to 1,640 in 2023.", 1640},
		// Near misses: the change alone, and a level reached after
		// ", reaching", stay as they were.
		{"Referrals to the clinic rose by 14% in the year.", 14},
		{"Requests for assessments rose by 9.4% in a year, reaching 12,800 in March 2025.", 9.4},
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
