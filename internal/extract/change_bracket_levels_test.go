package extract_test

import (
	"testing"

	"github.com/cypx/cypx/internal/evidence"
)

// TestAChangesBracketOfTimesGivesItsLevels: after a change with no level
// of its own, a bracket of values each followed by its time, "(870 in
// 2023; 980 in 2024)", gives the levels the change is between, as
// "(2023: 870; 2024: 980)" does: each of its time, measuring what the
// change does, keyed alike; the later carries its change from the
// earlier and, beside a threshold, is the headline; the change stays the
// change. Values of the change's unit are levels where two or more times
// are listed. Before (hostile check 65), both values were lost ("870 in
// 2023" read as the change's measure, "referrals 870"), £4.2m and £4.6m
// were of no year, and a share of the earlier year was the headline.
func TestAChangesBracketOfTimesGivesItsLevels(t *testing.T) {
	for _, c := range []struct{ line, change, earlier, eperiod, later, lperiod, lchange, key string }{
		{"Referrals rose by 13% (870 in 2023; 980 in 2024).", "13%", "870", "2023", "980", "2024", "up from 870 in 2023", "count|||referr"},
		{"Referrals to Kent CAMHS rose by 13% (870 in 2023; 980 in 2024).", "13%", "870", "2023", "980", "2024", "up from 870 in 2023", "count|||camh kent referr"},
		{"## Kent referrals 2024\n\nReferrals rose by 13% (870 in 2023; 980 in 2024).", "13%", "870", "2023", "980", "2024", "up from 870 in 2023", "count|||referr"},
		{"Admissions fell by 5% (1,150 in 2022/23; 1,090 in 2023/24).", "5%", "1,150", "2022/23", "1,090", "2023/24", "down from 1,150 in 2022/23", "count|||admiss"},
		{"Referrals increased by 8% (2022: 870; 2023: 940).", "8%", "870", "2022", "940", "2023", "up from 870 in 2022", "count|||referr"},
		{"Spending on CAMHS in Medway rose by £0.4m (£4.2m in 2022/23; £4.6m in 2023/24).", "£0.4m", "£4.2m", "2022/23", "£4.6m", "2023/24", "up from £4.2m in 2022/23", "gbp|||camh medway spend"},
		{"The share seen within 18 weeks fell by 6 points (64% in 2023; 58% in 2024).", "6 points", "64%", "2023", "58%", "2024", "down from 64% in 2023", "percent|||#<18w seen week"},
	} {
		figs := lineFiguresF72c(t, c.line)
		ch, ok1 := figureOfF72c(figs, c.change)
		e, ok2 := figureOfF72c(figs, c.earlier)
		l, ok3 := figureOfF72c(figs, c.later)
		if !ok1 || !ok2 || !ok3 {
			t.Errorf("%q: figures %v", c.line, figs)
			continue
		}
		if ch.Role != evidence.RoleChange || e.Period != c.eperiod || l.Period != c.lperiod || l.Change != c.lchange || e.Key != c.key || l.Key != c.key {
			t.Errorf("%q: change role %q; earlier of %q keyed %q; later of %q keyed %q with change %q", c.line, ch.Role, e.Period, e.Key, l.Period, l.Key, l.Change)
		}
		if e.Role == evidence.RoleHeadline {
			t.Errorf("%q: the earlier value is the headline", c.line)
		}
	}
	// held: a bracket of one earlier time beside a level keeps the level
	// the headline, of its own year
	figs := lineFiguresF72c(t, "In 2024, 45% of children (30% in 2020) waited over 18 weeks.")
	l, _ := figureOfF72c(figs, "45%")
	e, _ := figureOfF72c(figs, "30%")
	if l.Role != evidence.RoleHeadline || l.Period != "2024" || e.Period != "2020" || e.Key != l.Key {
		t.Errorf("one earlier time: 45%% %q of %q, 30%% of %q keyed %q", l.Role, l.Period, e.Period, e.Key)
	}
}
