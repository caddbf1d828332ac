package extract_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/extract"
)

// TestACountOfBodiesOfABaseHeadsTheBarItPassedInAnyForm: a count of
// bodies of a base heads the item and the bar the bodies passed or the
// target they met is a threshold, never a level of anyone, where the
// count is written "N out of M bodies", its bodies' place stands before
// the verb ("in the region", "in the South East"), the bar is a count or a sum
// ("more than 1,000 referrals", "less than £1m"), or the share is a
// target met ("met the 95% target"); the count met a target is measured,
// no aim. Before (hostile check 68), "12 out of 18 trusts" lost the 12,
// the other forms made the bar a level of "children", and "14 of 42 ICBs
// met the 95% target" made the 14 an aim and the 95% a level keyed with
// "#14".
func TestACountOfBodiesOfABaseHeadsTheBarItPassedInAnyForm(t *testing.T) {
	for _, c := range []struct{ sentence, count, bar string }{
		{"In 2023, 12 out of 18 trusts saw more than 80% of children within 18 weeks.", "12", "more than 80%"},
		{"In 2023, 12 out of the 18 trusts saw more than 80% of children within 18 weeks.", "12", "more than 80%"},
		{"In 2023, 12 of the 18 trusts in the region saw more than 80% of children within 18 weeks, up from 9 in 2022.", "12", "more than 80%"},
		{"In 2023, 9 of the 14 trusts in the North West saw at least 90% of children within 4 weeks.", "9", "at least 90%"},
		// With its own share in brackets ("12 of the 18 trusts (67%)")
		// the share heads: TestAShareOfACountedGroupIsTheHeadline.
		{"In 2023, 5 of the 7 ICBs in the South East reported more than 1,000 referrals to CAMHS.", "5", "more than 1,000 referrals"},
		{"In 2023, 38 of 152 local authorities spent less than £1m on school nursing.", "38", "less than £1m"},
		{"In 2023/24, 14 of 42 ICBs met the 95% target for MMR1 uptake at 24 months.", "14", "95%"},
		{"In 2023, only 4 of the 15 schools in Swale met the 95% target for attendance.", "only 4", "95%"},
		{"In 2022/23, 30 of 42 ICBs missed the 92% standard for referral to treatment.", "30", "92%"},
		// The measure package's reading of an aim met (measure.MetAimAt):
		// third-person verbs, goals, words between "the" and the share.
		{"In 2023/24, 14 of 42 ICBs meets the 95% goal for MMR1 uptake at 24 months.", "14", "95%"},
		{"In 2023/24, only 14 of 42 ICBs meet the national 95% standard for MMR1 uptake.", "only 14", "95%"},
	} {
		body := c.sentence + "\n"
		figs := extract.Figures(c.sentence)
		var roles []string
		for _, f := range figs {
			roles = append(roles, f.Text+"="+string(f.Role))
		}
		n, ok := h62aFigure(t, body, c.count)
		b, okb := h62aFigure(t, body, c.bar)
		if !ok || !okb || n.Role != evidence.RoleHeadline || n.Aim || b.Role != evidence.RoleThreshold || b.Key != "" {
			t.Errorf("%s: count %q (%v) role %q aim %v; bar %q (%v) role %q key %q; want the count measured, heading, the bar a threshold (%v)",
				c.sentence, c.count, ok, n.Role, n.Aim, c.bar, okb, b.Role, b.Key, roles)
		}
	}
	// Near-misses: a share of bodies that met a target stays as it was
	// read, a plain count's sum is its own level, and "9 out of 10" a
	// share.
	if f, ok := h62aFigure(t, "In 2023, 64% of schools in Kent met the 95% target for attendance.\n", "64%"); !ok || f.Aim || !strings.Contains(f.Key, "kent") {
		t.Errorf("a share that met a target: (%v) aim %v key %q", ok, f.Aim, f.Key)
	}
	if f, ok := h62aFigure(t, "In 2023, Kent's 12 schools spent more than £1m on counselling.\n", "more than £1m"); !ok || f.Role == evidence.RoleThreshold {
		t.Errorf("a sum of a count with no base: (%v) role %q, want no threshold", ok, f.Role)
	}
	if f, ok := h62aFigure(t, "In 2023, 9 out of 10 parents said they felt supported.\n", "9 out of 10"); !ok || f.Unit != evidence.UnitPercent {
		t.Errorf("9 out of 10: (%v) unit %q, want a share", ok, f.Unit)
	}
}

// TestALaterCountOfBodiesHasItsOwnBaseAndYear: a later count of bodies
// written with its own base, "compared with 9 of 14 in the Midlands", ";
// in the North West, 9 of 14 did so", "compared with 10 of 18 in 2022",
// is of that base and of the time written after it, never of the first
// count's base; and a bar of a count or a sum the bodies passed stays in
// what the count measures, its number in the key. Before (hostile check
// 68), the 9 took London's "18 trusts" as its base, the 10 was undated,
// and "5 of the 7 ICBs reported more than 1,000 referrals" was keyed as
// any count of ICBs.
func TestALaterCountOfBodiesHasItsOwnBaseAndYear(t *testing.T) {
	for _, c := range []struct{ sentence, count, base, period string }{
		{"In 2023, 12 of the 18 trusts in London saw more than 80% of children within 18 weeks, compared with 9 of 14 in the Midlands.", "9", "14", "2023"},
		{"In 2023, 12 of the 18 trusts saw more than 80% of children within 18 weeks; in the North West, 9 of 14 did so.", "9", "14", ""},
		{"In 2023, 12 of the 18 trusts saw more than 80% of children within 18 weeks, compared with 10 of 18 in 2022.", "10", "18", "2022"},
		{"In 2022/23, 30 of the 42 ICBs met the standard, compared with 25 of 42 in 2021/22.", "25", "42", "2021/22"},
	} {
		f, ok := h62aFigure(t, c.sentence+"\n", c.count)
		if !ok || f.Base != c.base || c.period != "" && f.Period != c.period {
			t.Errorf("%s: %s (%v) base %q, %q; want base %q of %q", c.sentence, c.count, ok, f.Base, f.Period, c.base, c.period)
		}
	}
	for _, c := range []struct{ sentence, count, key string }{
		{"In 2023, 5 of the 7 ICBs in the South East reported more than 1,000 referrals to CAMHS.", "5", "#1000"},
		{"In 2023, 38 of 152 local authorities spent less than £1m on school nursing.", "38", "1m"},
	} {
		f, ok := h62aFigure(t, c.sentence+"\n", c.count)
		if !ok || !strings.Contains(f.Key, c.key) {
			t.Errorf("%s: %s (%v) key %q, want the bar %q in it", c.sentence, c.count, ok, f.Key, c.key)
		}
	}
}
