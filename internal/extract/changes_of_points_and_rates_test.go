package extract_test

import (
	"testing"

	"github.com/cypx/cypx/internal/evidence"
)

// TestPointsFromAShareOfAYearToAnother: "rose 3 pts from 84% in 2021 to
// 87% in 2022" is a change in points of the share, never a count of 3
// "pts". Before (hostile check 60) it was, where "from 84% to 87%" with
// no years between was read right.
func TestPointsFromAShareOfAYearToAnother(t *testing.T) {
	s := "Attendance rose 3 pts from 84% in 2021 to 87% in 2022."
	found := false
	for _, f := range itemFiguresOf(t, s) {
		if f.Text == "3 pts" {
			found = true
			if f.Unit != evidence.UnitOther || f.Role != evidence.RoleChange {
				t.Errorf("%q: 3 pts in unit %s, role %q; want a change in points", s, f.Unit, f.Role)
			}
		}
	}
	if !found {
		t.Errorf("%q: no 3 pts", s)
	}
}

// TestBareChangeOfARate: ", down 3 on 2021" after a rate per 1,000 is the
// rate's change, out of its measure. Before (hostile check 60), "down 3"
// was left in the rate's measure and key.
func TestBareChangeOfARate(t *testing.T) {
	s := "The conception rate was 14.1 per 1,000 in 2022, down 3 on 2021."
	seen := 0
	for _, f := range itemFiguresOf(t, s) {
		switch f.Text {
		case "14.1 per 1,000":
			seen++
			if f.Measure != "conception rate was" || f.Change != "down 3 on 2021" {
				t.Errorf("%q: the rate measured %q, change %q", s, f.Measure, f.Change)
			}
		case "3":
			seen++
			if f.Role != evidence.RoleChange || f.Unit != evidence.UnitOther {
				t.Errorf("%q: the 3 in unit %s, role %q; want the rate's change", s, f.Unit, f.Role)
			}
		}
	}
	if seen != 2 {
		t.Errorf("%q: %d of the rate and its change", s, seen)
	}
}
