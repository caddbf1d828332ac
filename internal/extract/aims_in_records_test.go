package extract_test

import (
	"testing"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/extract"
)

// aimItemOf is the one statistic of sentence s under a heading naming
// 2024, and its figure of value v.
func aimItemOf(t *testing.T, s string, v float64) (evidence.Item, evidence.Figure, bool) {
	t.Helper()
	for _, it := range extract.Extract(parseBody(t, "P", "## Findings 2024\n\n"+s+"\n")) {
		for _, f := range it.Figures {
			if f.Value == v {
				return it, f, true
			}
		}
	}
	return evidence.Item{}, evidence.Figure{}, false
}

// TestAnAimIsMarkedInItsRecord: a figure a body aims at, plans, expects or
// sets as a target ("aims to reach 500 families", "expects 2,000
// referrals next year", "expects to commission 300 places", "a target of
// 95%") is marked an aim in its record (Record.Aim) and takes no period
// from the section it stands in: never a level of now. Its copy states no year. Planned
// hires are no figures at all ("Plans are in place to recruit 25
// nurses"). Before (hostile check 65), each was a count of 2024, and only
// a copy judged the aim, from the sentence.
func TestAnAimIsMarkedInItsRecord(t *testing.T) {
	for _, c := range []struct {
		s      string
		v      float64
		period string
	}{
		{"The programme aims to reach 500 families.", 500, ""},
		{"The trust expects 2,000 referrals next year.", 2000, ""},
		{"The ICB expects to commission 300 places.", 300, ""},
		{"Kent County Council intends to fund 40 short breaks places by 2026.", 40, "2026"},
		{"Medway is forecast to need 120 more specialist places by 2027.", 120, "2027"},
		{"In 2023, 88% of children were seen within 18 weeks, compared with a target of 95%.", 95, ""},
		{"In 2023, 88% of children were seen within 18 weeks, short of the 92% target.", 92, ""},
		{"In 2023, 88% of children were seen within 18 weeks, against a target of 92% by 2026.", 92, "2026"},
	} {
		it, f, ok := aimItemOf(t, c.s, c.v)
		if !ok {
			t.Errorf("%q: no figure %v", c.s, c.v)
			continue
		}
		if !f.Aim || f.Period != c.period {
			t.Errorf("%q: aim %v, period %q; want an aim dated %q", c.s, f.Aim, f.Period, c.period)
		}
		if p := it.FigurePeriod(f); p != "" {
			t.Errorf("%q: copy dated %q", c.s, p)
		}
	}
	for _, s := range []string{
		"Plans are in place to recruit 25 nurses.",
		"There are plans to recruit 12 health visitors in Medway.",
		"It is planned to appoint 6 family nurses next year.",
	} {
		if figs := itemFiguresOf(t, s); len(figs) != 0 {
			t.Errorf("%q: %+v, want no figure", s, figs)
		}
	}
	// Near-misses: what was measured, beside a plan or a target, is no aim
	// and keeps its period.
	for _, c := range []struct {
		s      string
		v      float64
		period string
	}{
		{"In 2023, 88% of children were seen within 18 weeks, compared with a target of 95%.", 88, "2023"},
		{"In 2023, 88% of children were seen within 18 weeks, short of the 92% target.", 88, "2023"},
		{"Medway Council employs 45 health visitors and plans to recruit more by 2026.", 45, "2024"},
		{"The service saw 2,000 pupils.", 2000, "2024"},
	} {
		_, f, ok := aimItemOf(t, c.s, c.v)
		if !ok || f.Aim || f.Period != c.period {
			t.Errorf("%q: %+v, want a measured %v of %q", c.s, f, c.v, c.period)
		}
	}
}
