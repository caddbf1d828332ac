package extract_test

import (
	"testing"

	"github.com/cypx/cypx/internal/evidence"
)

// TestCountedThingsUnderAMoneyCaptionAreCounts: a column naming plural
// things with no money word ("Projects", "Hospices", "Sessions",
// "Sessions delivered") beside a column of the money is a count, as
// "Placements" and "Clinics" are; people ("Children", "Adults") are
// counts whatever the other columns. Columns naming the money, and a
// line of spending in the plural, stay money. Before (hostile check 59),
// 12 projects were £12,000, 9,100 sessions delivered £9.1 million and
// 2,400 adults £2.4 million beside 2,100 children counted.
func TestCountedThingsUnderAMoneyCaptionAreCounts(t *testing.T) {
	for _, c := range []struct{ caption, header, row, text string }{
		{"Table 3: Play schemes by district (£000s), 2021/22", "| District | Net outlay | Projects |", "| Oakby | 21,300 | 17 |", "17"},
		{"Table 5: Respite grants (£m), 2021", "| Region | Grant | Hospices | Beds |", "| Upland | 8.3 | 6 | 95 |", "6"},
		{"Table 1: Youth work (£000s), 2021", "| District | Net outlay | Sessions |", "| Oakby | 9,700 | 1,640 |", "1,640"},
		{"Table 1: Youth work (£000s), 2021", "| District | Net outlay | Sessions delivered |", "| Oakby | 9,700 | 7,320 |", "7,320"},
		{"Table 9: Family support (£000s), 2021", "| District | Total | Children | Adults |", "| Oakby | 6,000 | 1,730 | 2,950 |", "1,730"},
		{"Table 9: Family support (£000s), 2021", "| District | Total | Children | Adults |", "| Oakby | 6,000 | 1,730 | 2,950 |", "2,950"},
	} {
		f, ok := h62aFigure(t, h62aTable(c.caption, c.header, c.row), c.text)
		if !ok || f.Unit != evidence.UnitCount || f.Value != parseH62a(c.text) {
			t.Errorf("%s %s: %s read as %v %s (%v), want a count", c.caption, c.header, c.text, f.Value, f.Unit, ok)
		}
	}
	// The money itself, and a line of spending in the plural, stay money.
	for _, c := range []struct{ header, text string }{
		{"| District | Net outlay | Projects |", "21,300"},
		{"| District | Net outlay | Premises |", "640"},
		{"| District | Net outlay | Supplies and services |", "640"},
	} {
		row := "| Oakby | 21,300 | 640 |"
		f, ok := h62aFigure(t, h62aTable("Table 3: Play schemes by district (£000s), 2021/22", c.header, row), c.text)
		if want := parseH62a(c.text) * 1000; !ok || f.Unit != evidence.UnitGBP || f.Value != want {
			t.Errorf("%s: %s read as %v %s (%v), want %v gbp", c.header, c.text, f.Value, f.Unit, ok, want)
		}
	}
}
