package extract_test

import (
	"github.com/cypx/cypx/internal/extract"
	"github.com/cypx/cypx/internal/measure"
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/evidence"
)

// TestChangeByThenLevelIsNoRange: "fell by £2m to £10m" is a change and
// the level it reached, never a range from £2m to £10m, and the change
// stays with its own figure, not with a share in the next clause
// (red-team round 23). Genuine ranges stay ranges.
func TestChangeByThenLevelIsNoRange(t *testing.T) {
	for _, c := range []struct{ sentence, change string }{
		{"Spending fell by £2m to £10m in 2024, while 45% of children waited over 18 weeks.", "£2m"},
		{"Referrals increased by 1,200 to 14,500 children in 2024.", ""},
		{"The budget was cut by £300,000 to £1.2m in 2024.", ""},
		{"The share rose by 3 points to 64% in 2024.", "3 points"},
	} {
		it := itemOf(t, c.sentence)
		for _, f := range it.Figures {
			if f.IsRange() {
				t.Errorf("%s: %q read as a range", c.sentence, f.Text)
			}
			if f.Text == c.change && f.Role != evidence.RoleChange {
				t.Errorf("%s: %q has role %q, want change", c.sentence, f.Text, f.Role)
			}
			if f.Text == "45%" && f.Change != "" {
				t.Errorf("%s: 45%% carries the change %q of another clause", c.sentence, f.Change)
			}
		}
	}
	for _, s := range []string{
		"The budget was between £2m and £10m in 2024.",
		"The review found £2m to £10m a year is needed.",
		"Spending of 2 to 3% a year is needed.",
		"Costs increased by 10 to 15% in 2024.",
	} {
		it := itemOf(t, s)
		if len(it.Figures) != 1 || !it.Figures[0].IsRange() {
			t.Errorf("%s: figures %v, want one range", s, it.Figures)
		}
	}
	// A change from a prior value stays the later figure's change.
	it := itemOf(t, "The share fell from 41% to 30% in 2024.")
	if h, ok := it.Headline(); !ok || h.Text != "30%" || h.Change != "down from 41%" {
		t.Errorf("from 41%% to 30%%: headline %q change %q", h.Text, h.Change)
	}
}

// TestCountTakesNoRateBaseOfAnotherClause: a count is no rate because
// another clause of its sentence speaks of a rate "per 100,000"
// (red-team round 23); a rate's "per N" in its own clause is its base.
func TestCountTakesNoRateBaseOfAnotherClause(t *testing.T) {
	for _, s := range []string{
		"There were 1,200 admissions in 2024, and the rate per 100,000 rose.",
		"There were 1,200 admissions in 2024; the rate per 100,000 rose.",
		"The rate per 100,000 rose in 2024, while there were 1,200 admissions.",
	} {
		for _, f := range itemOf(t, s).Figures {
			if strings.HasPrefix(f.Text, "1,200") && (measure.RateBase(f) != 0 || strings.Contains(f.Measure, "per")) {
				t.Errorf("%s: %q measures %q, rate base %v, want no rate", s, f.Text, f.Measure, measure.RateBase(f))
			}
		}
	}
	for _, s := range []string{
		"In 2024 there were 350 admissions per 100,000 children, and waits fell.",
		"Waits fell in 2024, while there were 350 admissions per 100,000 children.",
	} {
		found := false
		for _, f := range itemOf(t, s).Figures {
			if strings.HasPrefix(f.Text, "350") {
				found = true
				if measure.RateBase(f) != 100000 {
					t.Errorf("%s: %q measures %q, rate base %v, want 100,000", s, f.Text, f.Measure, measure.RateBase(f))
				}
			}
		}
		if !found {
			t.Errorf("%s: no rate read", s)
		}
	}
	// An "and" inside a phrase set off by commas joins no clause: the
	// figure's measure reaches past it as before.
	for _, c := range []struct{ sentence, measure string }{
		{"Of the 300 children referred in 2024, and seen by the service, 45% waited over 18 weeks.", "waited over 18 weeks"},
		{"In Leeds in 2024, and for the third year running, 45% of children waited over 18 weeks.", "in Leeds, and for the third year running, waited over 18 weeks"},
		{"Referrals rose in 2024, and 45% of children waited over 18 weeks.", "waited over 18 weeks"},
	} {
		for _, f := range itemOf(t, c.sentence).Figures {
			if f.Text == "45%" && f.Measure != c.measure {
				t.Errorf("%s: 45%% measures %q, want %q", c.sentence, f.Measure, c.measure)
			}
		}
	}
}

// TestReportBackUnderABodysLeadIn: an item under a lead-in that names a
// body and what it is to do ("NHS England should:", "We recommend that
// NHS England:", "We expect every ICB to:") is that body's
// recommendation, though all it asks is that others report back; a
// board asked to request a report back asks the body to report, and the
// lead-in is no excerpt (red-team round 23).
func TestReportBackUnderABodysLeadIn(t *testing.T) {
	for _, c := range []struct{ doc, want string }{
		{"NHS England should:\n\n- (viii) publish the waits of every ICB\n- (ix) require each ICB to report back in June\n", "viii|publish the waits of every ICB|NHSE;ix|require each ICB to report back in June|NHSE"},
		{"We recommend that NHS England:\n\n- (i) publishes the waits of every ICB\n- (ii) requires each ICB to report back in June\n", "i|publishes the waits of every ICB|NHSE;ii|requires each ICB to report back in June|NHSE"},
		{"NHS England must:\n\n- require each ICB to report back in June\n", "|require each ICB to report back in June|NHSE"},
		{"We expect every ICB to:\n\n- require each provider to report back in June\n", "|require each provider to report back in June|ICBs"},
		{"The Committee is asked to:\n\n- request that the ICB reports back in January\n", "|request that the ICB reports back in January|ICBs"},
	} {
		items := extract.Extract(parseBody(t, "P", "## Next steps\n\n"+c.doc))
		if got := strings.Join(recSummaries(items, true), ";"); got != c.want {
			t.Errorf("%q:\n got %q\nwant %q", c.doc, got, c.want)
		}
		for _, it := range items {
			if it.Kind == evidence.Excerpt && strings.HasSuffix(it.Text, ":") {
				t.Errorf("%q: the lead-in %q is an excerpt", c.doc, it.Text)
			}
		}
	}
}

// TestCountChangedByToALevel: "increased by 1,200 to 14,500 children" is
// a change of 1,200 and the level it reached, the headline, as "rose by
// 3 points to 64%" is (red-team round 23).
func TestCountChangedByToALevel(t *testing.T) {
	for _, c := range []struct{ sentence, change, level string }{
		{"Referrals increased by 1,200 to 14,500 children in 2024.", "1,200", "14,500 children"},
		{"The waiting list grew by 300 children to 2,100 children in 2024.", "300 children", "2,100 children"},
	} {
		it := itemOf(t, c.sentence)
		roles := map[string]evidence.Role{}
		for _, f := range it.Figures {
			roles[f.Text] = f.Role
		}
		if roles[c.change] != evidence.RoleChange || roles[c.level] != evidence.RoleHeadline {
			t.Errorf("%s: roles %v, want %q a change and %q the headline", c.sentence, roles, c.change, c.level)
		}
	}
}
