package extract_test

import (
	"testing"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/extract"
)

// itemFiguresOf are the figures of the one item of sentence s.
func itemFiguresOf(t *testing.T, s string) []evidence.Figure {
	t.Helper()
	var out []evidence.Figure
	for _, it := range extract.Extract(parseBody(t, "P", "## Findings\n\n"+s+"\n")) {
		out = append(out, it.Figures...)
	}
	return out
}

// TestBareChangeDatedByItsLevel: a bare change after a share, ",
// down 2 from 2021" or ", up 2 on the year before", is a change of the
// share's own year, compared with the earlier one; a second change listed
// after the first, "and up 1 on 2018", is a change of its own, each with
// its comparison. Before (hostile check 60), the first two changes were
// dated 2021, and the 1 was lost, left in the 2's measure ("up 1").
func TestBareChangeDatedByItsLevel(t *testing.T) {
	for _, c := range []struct {
		s       string
		changes map[string]string // value → its change text
	}{
		{"Uptake of the check was 87% in 2022, down 2 from 2021.", map[string]string{"2": "down 2 on 2021"}},
		{"In 2022 uptake of the check was 87%, up 2 on the year before.", map[string]string{"2": "up 2 on the year before"}},
		{"Uptake of the check was 87% in 2022, down 2 on 2021 and up 1 on 2018.", map[string]string{"2": "down 2 on 2021", "1": "up 1 on 2018"}},
	} {
		seen := 0
		for _, f := range itemFiguresOf(t, c.s) {
			want, ok := c.changes[f.Text]
			if !ok || f.Role != evidence.RoleChange {
				continue
			}
			seen++
			if f.Period != "2022" {
				t.Errorf("%q: change %s of period %q, want 2022", c.s, f.Text, f.Period)
			}
			if f.Change != want {
				t.Errorf("%q: change %s reads %q, want %q", c.s, f.Text, f.Change, want)
			}
			if f.Measure != "uptake of the check was" {
				t.Errorf("%q: change %s measured %q", c.s, f.Text, f.Measure)
			}
		}
		if seen != len(c.changes) {
			t.Errorf("%q: %d changes, want %d", c.s, seen, len(c.changes))
		}
	}
}

// TestShareNamingItsGroupTakesNoRestatedBase: a share naming its own
// group, "61% of parents", after a count of another group restated for
// another time, "3,400 pupils", takes neither that count nor the first
// base as its own. Before (hostile check 60), the 61% of parents had the
// base 3,400 pupils (and before hostile check 59, the first, 900 pupils).
func TestShareNamingItsGroupTakesNoRestatedBase(t *testing.T) {
	for _, s := range []string{
		"Of the 900 pupils surveyed in 2021, 38% felt safe at school, compared with 3,400 pupils and 61% of parents in 2020.",
		"Of the 900 pupils surveyed, 38% felt safe at school, and 3,400 pupils and 61% of parents wanted more support.",
	} {
		found := false
		for _, f := range itemFiguresOf(t, s) {
			switch f.Text {
			case "61%":
				found = true
				if f.Base != "" {
					t.Errorf("%q: the 61%% of parents has the base %q, want none", s, f.Base)
				}
			case "38%":
				if f.Base != "900 pupils" {
					t.Errorf("%q: the 38%% has the base %q, want 900 pupils", s, f.Base)
				}
			}
		}
		if !found {
			t.Errorf("%q: no 61%%", s)
		}
	}
	// The same group restated is still the later share's base.
	s := "Of the 900 pupils surveyed in 2021, 38% felt safe at school, compared with 3,400 pupils and 41% in 2020."
	for _, f := range itemFiguresOf(t, s) {
		if f.Text == "41%" && f.Base != "3,400 pupils" {
			t.Errorf("%q: the 41%% has the base %q, want 3,400 pupils", s, f.Base)
		}
	}
}
