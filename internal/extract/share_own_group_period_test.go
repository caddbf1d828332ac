package extract_test

import "testing"

// TestShareNamingItsCountedGroupTakesItsBaseAndYear: a share naming its
// group by number with no "the", "41% of 800 pupils in 2021", has that
// group as its base and the group's year as its period; an earlier share
// of another year ("compared with 41% in 2021") has the group counted
// after it (", when 950 pupils took part") or no base, never the first
// group of another year. Before (hostile check 60), each such share had
// the base counted first, and "41% of 800 pupils in 2021" no period.
func TestShareNamingItsCountedGroupTakesItsBaseAndYear(t *testing.T) {
	for _, c := range []struct {
		s                  string
		base, period, want string // the 41%'s base and period; the 37%'s base
	}{
		{"Of the 700 pupils surveyed in 2022, 37% walked to school, compared with 41% of 800 pupils in 2021.", "800 pupils", "2021", "700 pupils"},
		{"The 41% of 800 pupils in 2021 compares with 37% of 700 pupils in 2022.", "800 pupils", "2021", "700 pupils"},
		{"Of the 700 pupils surveyed in 2022, 37% walked to school, compared with 41% in 2021, when 950 pupils took part.", "950 pupils", "2021", "700 pupils"},
		{"Of the 700 pupils surveyed in 2022, 37% walked to school, compared with 41% in 2021.", "", "2021", "700 pupils"},
	} {
		seen := 0
		for _, f := range itemFiguresOf(t, c.s) {
			switch f.Text {
			case "41%":
				seen++
				if f.Base != c.base || f.Period != c.period {
					t.Errorf("%q: the 41%% has base %q, period %q; want %q, %q", c.s, f.Base, f.Period, c.base, c.period)
				}
			case "37%":
				seen++
				if f.Base != c.want || f.Period != "2022" {
					t.Errorf("%q: the 37%% has base %q, period %q; want %q, 2022", c.s, f.Base, f.Period, c.want)
				}
			}
		}
		if seen != 2 {
			t.Errorf("%q: %d of the two shares", c.s, seen)
		}
	}
}
