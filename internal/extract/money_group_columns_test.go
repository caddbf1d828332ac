package extract_test

import (
	"testing"

	"github.com/cypx/cypx/internal/evidence"
)

// TestPeopleColumnsOfMoneySplitByGroupAreMoney: a caption splitting its
// money by the groups it is spent on ("by client group", "by age group",
// "by age", "by service") makes its columns of people the money spent on
// each, and a people column holding decimals under a money note is never
// a count. Before (hostile check 60), 12,700 adults were counted beside
// a total that summed them as money, and 27.4 adults were a count.
// Check 59's cases hold: people beside a money column under a caption
// with no such split are counts.
func TestPeopleColumnsOfMoneySplitByGroupAreMoney(t *testing.T) {
	for _, c := range []struct {
		caption, header, row, text string
		want                       float64
	}{
		{"Table 2: Net care outlay by client group (£000s), 2021/22", "| Borough | Children | Adults | Total |", "| Oakby | 3,900 | 12,700 | 16,600 |", "3,900", 3.9e6},
		{"Table 2: Net care outlay by client group (£000s), 2021/22", "| Borough | Children | Adults | Total |", "| Oakby | 3,900 | 12,700 | 16,600 |", "12,700", 12.7e6},
		{"Table 3: Prevention grant allocation by age group (£m)", "| Region | Children | Adults | Older people |", "| Upland | 11.5 | 27.4 | 7.3 |", "27.4", 27.4e6},
		{"Table 4: Outlay on therapies by age (£000s)", "| Board | Children and young people | Adults | Total spend |", "| Elmford | 2,800 | 8,600 | 11,400 |", "2,800", 2.8e6},
		{"Table 4: Outlay on therapies by age (£000s)", "| Board | Children and young people | Adults | Total spend |", "| Elmford | 2,800 | 8,600 | 11,400 |", "8,600", 8.6e6},
		// no split, but a decimal is no count of people
		{"Table 6: Prevention grant (£m), 2021", "| Region | Grant | Adults |", "| Upland | 40.2 | 27.4 |", "27.4", 27.4e6},
	} {
		f, ok := h62aFigure(t, h62aTable(c.caption, c.header, c.row), c.text)
		if !ok || f.Unit != evidence.UnitGBP || f.Value != c.want {
			t.Errorf("%s %s: %s read as %v %s (%v), want %v gbp", c.caption, c.header, c.text, f.Value, f.Unit, ok, c.want)
		}
	}
	// No split: people and pupils beside the money are counted.
	for _, c := range []struct {
		caption, header, row, text string
		want                       float64
	}{
		{"Table 7: School support (£000s), 2021", "| District | Net spend | Children |", "| Oakby | 5,200 | 1,430 |", "1,430", 1430},
		{"Table 7: School support (£000s), 2021", "| District | Net spend | Pupils |", "| Oakby | 5,200 | 2,610 |", "2,610", 2610},
		{"Table 8: Home care (£000s), 2021", "| District | Net spend | Staff (FTE) |", "| Oakby | 5,200 | 42.5 |", "42.5", 42.5},
	} {
		f, ok := h62aFigure(t, h62aTable(c.caption, c.header, c.row), c.text)
		if !ok || f.Unit != evidence.UnitCount || f.Value != c.want {
			t.Errorf("%s %s: %s read as %v %s (%v), want a count", c.caption, c.header, c.text, f.Value, f.Unit, ok)
		}
	}
}
