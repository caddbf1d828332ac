package extract_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/evidence"
)

// TestAChangeBetweenMonthsHeadsItsLaterValue: a change whose earlier end
// is dated "in April of 2023", "in March, 2022" or in brackets, "(Apr
// 2023)", "(March)", heads the item with its later value, changed from
// the earlier one; the earlier value is never the headline. Before
// (hostile check 65), both ends were dated but no change was linked, and
// the earlier value was the item's badge.
func TestAChangeBetweenMonthsHeadsItsLaterValue(t *testing.T) {
	for _, c := range []struct{ sentence, earlier, later, change string }{
		{"Admissions fell from 640 in April of 2023 to 590 in September.", "640", "590", "down from 640 in April 2023"},
		{"Admissions fell from 640 (Apr 2023) to 590 (Sept).", "640", "590", "down from 640 in April 2023"},
		{"Admissions rose from 315 (March 2021) to 360 (June 2021).", "315", "360", "up from 315 in March 2021"},
		{"Admissions rose from 315 in March of 2021 to 360 in June of 2021.", "315", "360", "up from 315 in March 2021"},
		{"Admissions rose from 315 in March, 2021 to 360 in June, 2021.", "315", "360", "up from 315 in March 2021"},
		{"Admissions rose from 315 (March) to 360 (June 2021).", "315", "360", "up from 315 in March 2021"},
	} {
		figs := itemFiguresOf(t, c.sentence)
		e, l := figurePairOf(figs, c.earlier, c.later)
		if e == nil || l == nil {
			t.Errorf("%s: %+v, want %s and %s", c.sentence, figs, c.earlier, c.later)
			continue
		}
		if l.Role != evidence.RoleHeadline || e.Role == evidence.RoleHeadline || l.Change != c.change {
			t.Errorf("%s: %s role %q change %q, %s role %q; want %s the headline, %q", c.sentence, l.Text, l.Role, l.Change, e.Text, e.Role, c.later, c.change)
		}
	}
}

// TestAChangeBetweenUndatedMonthsNamesNoPeople: "from 315 in March to
// 360 in June" with no year anywhere gives no count of people "March" or
// "June" and no key holding a month. Before (hostile check 65), each was
// such a count, keyed "count|march||june admiss".
func TestAChangeBetweenUndatedMonthsNamesNoPeople(t *testing.T) {
	for _, s := range []string{
		"Admissions rose from 315 in March to 360 in June.",
		"Admissions rose from 315 (March) to 360 (June).",
	} {
		for _, f := range itemFiguresOf(t, s) {
			for _, m := range []string{"march", "june"} {
				if strings.Contains(strings.ToLower(f.Population), m) || strings.Contains(f.Key, m) || strings.Contains(strings.ToLower(f.Measure), m) {
					t.Errorf("%s: %s of people %q measured %q keyed %q", s, f.Text, f.Population, f.Measure, f.Key)
				}
			}
		}
	}
}
