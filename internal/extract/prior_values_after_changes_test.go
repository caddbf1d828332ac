package extract_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/evidence"
)

// TestAPriorYearsValueAfterAChangeIsTheLevels: a prior year's value in
// brackets after a change, "an increase of 8% (2022: 1,150)", is the
// level's of that year, in the level's unit, never the change's; with no
// level before the change, no figure. Before (hostile check 63), 1,150%
// and 47.6%.
func TestAPriorYearsValueAfterAChangeIsTheLevels(t *testing.T) {
	for _, c := range []struct {
		sentence, prior string
		unit            evidence.Unit
	}{
		{"In 2023, 1,240 children were referred, an increase of 8% (2022: 1,150).", "1,150", evidence.UnitCount},
		{"In 2023, 1,240 children were referred, up 8% (2022: 1,150).", "1,150", evidence.UnitCount},
		{"In 2023, 1,240 children were referred, 8% more than the year before (2022: 1,150).", "1,150", evidence.UnitCount},
		{"In 2023, 1,240 children were referred, an increase of 90 (2022: 1,150).", "1,150", evidence.UnitCount},
		{"Admissions were 45.2 per 100,000 in 2023, a fall of 5% (2022: 47.6).", "47.6", evidence.UnitOther},
	} {
		f, ok := figureF70a(figuresF70a(t, c.sentence), c.prior)
		if !ok || f.Unit != c.unit || f.Period != "2022" {
			t.Errorf("%s: %s a figure %v, %s of %q; want %s of 2022", c.sentence, c.prior, ok, f.Unit, f.Period, c.unit)
		}
	}
	s := "Referrals were up 8% (2022: 1,150)."
	for _, f := range figuresF70a(t, s) {
		if f.Unit == evidence.UnitPercent && f.Value == 1150 {
			t.Errorf("%s: the bracket read as the change's: %+v", s, f)
		}
	}
}

// TestALaterClausesLevelFollowsACountReadBeforeIt: a bare level after a
// later clause's place or time, "; in Medway, 410", is read after a
// clause ending on a count read: of Medway in the first's year. A bare
// quarter after a clause ending on no count, or after an opening year
// that gives it no year, gives no figure, never one measured "in Q2".
// Before (hostile check 63), the 410 was lost and the 300 measured "in
// Q2", undated.
func TestALaterClausesLevelFollowsACountReadBeforeIt(t *testing.T) {
	for _, s := range []string{
		"In 2023, referrals were 380; in Medway, 410; in Q2, 300.",
		"In 2023, referrals were 380; in Medway, 410.",
	} {
		figs := figuresF70a(t, s)
		f, ok := figureF70a(figs, "410")
		if !ok || f.Unit != evidence.UnitCount || f.Period != "2023" || !containsFoldF70a(f.Population+f.Place+f.Measure, "Medway") {
			t.Errorf("%s: 410 a figure %v, %s of %q, population %q, place %q, measure %q; want Medway's count of 2023", s, ok, f.Unit, f.Period, f.Population, f.Place, f.Measure)
		}
		for _, g := range figs {
			if containsFoldF70a(g.Measure, "in Q2") || g.Value == 300 && g.Period != "Q2 2023" {
				t.Errorf("%s: %s measured %q of %q", s, g.Text, g.Measure, g.Period)
			}
		}
	}
	for _, g := range figuresF70a(t, "In 2023, referrals were 380; in Q2, 300.") {
		if g.Value == 300 && g.Period != "Q2 2023" || containsFoldF70a(g.Measure, "in Q2") {
			t.Errorf("300 measured %q of %q", g.Measure, g.Period)
		}
	}
}

// TestAPriorYearsValueAfterAChangeIsKeyedAsItsLevel: the bracket after a
// change, "an increase of 8% (2022: 1,150)", "by 8% to 1,240 in 2023
// (2022: 1,150)", "a rise of 12 percentage points (2022: 52%)", "an
// increase of 7% (2022: £4.2m)", is the level's value of 2022, with the
// level's measure and key, never the change's words; the change measures
// what its level does, no word of the bracket. ", an increase of 90" after
// a count is the count's change. Before (hostile check 63), the 1,150
// was keyed `#8 increas`, the 52% `#12 increas`, the £4.2m `#7 increas`,
// the changes measured "(: 1,150)", and the 90 was a count of "an
// increase".
func TestAPriorYearsValueAfterAChangeIsKeyedAsItsLevel(t *testing.T) {
	for _, c := range []struct {
		sentence, level, change, prior string
	}{
		{"Referrals rose by 8% to 1,240 in 2023 (2022: 1,150).", "1,240", "8%", "1,150"},
		{"In 2023, 1,240 children were referred, an increase of 8% (2022: 1,150).", "1,240 children", "8%", "1,150"},
		{"In 2023, 64% of children were seen within 18 weeks, a rise of 12 percentage points (2022: 52%).", "64%", "12 percentage points", "52%"},
		{"In 2023, spending was £4.5m, an increase of 7% (2022: £4.2m).", "£4.5m", "7%", "£4.2m"},
		{"In 2023, 1,240 children were referred, an increase of 90 (2022: 1,150).", "1,240 children", "90", "1,150"},
	} {
		figs := figuresF70a(t, c.sentence)
		l, ok1 := figureF70a(figs, c.level)
		ch, ok2 := figureF70a(figs, c.change)
		p, ok3 := figureF70a(figs, c.prior)
		if !ok1 || !ok2 || !ok3 {
			t.Errorf("%s: want %s, %s and %s, got %v", c.sentence, c.level, c.change, c.prior, figs)
			continue
		}
		if p.Key != l.Key || p.Measure != l.Measure || p.Unit != l.Unit || p.Period != "2022" || l.Period != "2023" {
			t.Errorf("%s: %s keyed %q measuring %q (%s, %q); %s keyed %q measuring %q (%s, %q)", c.sentence,
				c.prior, p.Key, p.Measure, p.Unit, p.Period, c.level, l.Key, l.Measure, l.Unit, l.Period)
		}
		if ch.Role != evidence.RoleChange || strings.ContainsAny(ch.Measure, "(:") || strings.Contains(ch.Key, "#1150") {
			t.Errorf("%s: %s a %q measuring %q keyed %q", c.sentence, c.change, ch.Role, ch.Measure, ch.Key)
		}
	}
}
