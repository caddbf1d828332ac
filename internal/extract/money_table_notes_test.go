package extract_test

import (
	"testing"

	"github.com/cypx/cypx/internal/evidence"
)

// TestTableNotesInMoreShapesScaleTheMoney: a note under a table states
// its money's scale in a later sentence ("Source: district returns.
// Figures are in £000s unless shown."), in a numbered part naming the
// money alone ("Notes: (1) costs in £m; (2) places are funded places."),
// or for the table it names ("Note: spending figures in Table 4 are in
// £m." under Table 4). Before (hostile check 60), none was read and the
// money stayed counts of 2,600 and 9.5.
func TestTableNotesInMoreShapesScaleTheMoney(t *testing.T) {
	for _, c := range []struct {
		body, text string
		want       float64
	}{
		{h62aTable("Table 2: Family support, 2021", "| District | Outlay | Families |", "| Oakby | 2,600 | 700 |") +
			"\nSource: district returns. Figures are in £000s unless shown.\n", "2,600", 2.6e6},
		{h62aTable("Table 3: New buildings", "| Scheme | Cost | Places |", "| Elm House | 9.5 | 30 |") +
			"\nNotes: (1) costs in £m; (2) places are funded places.\n", "9.5", 9.5e6},
		{h62aTable("Table 4: Outlay, 2020", "| District | Outlay |", "| Oakby | 27.5 |") +
			"\nNote: spending figures in Table 4 are in £m.\n", "27.5", 27.5e6},
	} {
		if f, ok := h62aFigure(t, c.body, c.text); !ok || f.Unit != evidence.UnitGBP || f.Value != c.want {
			t.Errorf("%s read as %v %s (%v), want %v gbp in:\n%s", c.text, f.Value, f.Unit, ok, c.want, c.body)
		}
	}
	// The counts beside stay counts.
	body := h62aTable("Table 3: New buildings", "| Scheme | Cost | Places |", "| Elm House | 9.5 | 30 |") +
		"\nNotes: (1) costs in £m; (2) places are funded places.\n"
	if f, ok := h62aFigure(t, body, "30"); !ok || f.Unit != evidence.UnitCount {
		t.Errorf("30 places read as %v %s (%v), want a count", f.Value, f.Unit, ok)
	}
}

// TestATableNoteNamingAnotherTableLeavesThisOne: a note naming a table by
// its number scales that table's money only; a caption's own note wins
// over a note under the table. Held (hostile check 60).
func TestATableNoteNamingAnotherTableLeavesThisOne(t *testing.T) {
	body := h62aTable("Table 5: Outlay, 2020", "| District | Outlay |", "| Oakby | 27.5 |") +
		"\nNote: spending figures in Table 4 are in £m.\n"
	if f, ok := h62aFigure(t, body, "27.5"); !ok || f.Unit == evidence.UnitGBP {
		t.Errorf("27.5 under Table 5 read as %v %s (%v), want no money", f.Value, f.Unit, ok)
	}
	body = h62aTable("Table 1: Outlay by district (£m), 2020", "| District | Outlay | Staff |", "| Oakby | 27.5 | 900 |") +
		"\nNote: spending figures are in £000s.\n"
	if f, ok := h62aFigure(t, body, "27.5"); !ok || f.Value != 27.5e6 {
		t.Errorf("27.5 under a caption in £m read as %v %s (%v), want 27500000 gbp", f.Value, f.Unit, ok)
	}
}

// TestADecimalStaffColumnUnderAMoneyCaptionIsMoney: a bare "Staff"
// column of decimals under a money caption is the money spent on staff,
// £1.4m, as no count of people holds a tenth of one; "Staff (FTE)" of 12.5
// and a "Staff" column of whole numbers stay counts. Before (hostile
// check 60), 1.4 was a count of 1.4 staff.
func TestADecimalStaffColumnUnderAMoneyCaptionIsMoney(t *testing.T) {
	body := h62aTable("Table 6: Play services (£m)", "| District | Budget | Staff | Staff (FTE) |", "| Oakby | 3.5 | 1.4 | 12.5 |")
	if f, ok := h62aFigure(t, body, "1.4"); !ok || f.Unit != evidence.UnitGBP || f.Value != 1.4e6 {
		t.Errorf("1.4 read as %v %s (%v), want 1400000 gbp", f.Value, f.Unit, ok)
	}
	if f, ok := h62aFigure(t, body, "12.5"); !ok || f.Unit != evidence.UnitCount {
		t.Errorf("12.5 staff (FTE) read as %v %s (%v), want a count", f.Value, f.Unit, ok)
	}
	body = h62aTable("Table 6: Play services (£m)", "| District | Budget | Staff |", "| Oakby | 3.5 | 40 |")
	if f, ok := h62aFigure(t, body, "40"); !ok || f.Unit != evidence.UnitCount {
		t.Errorf("40 staff read as %v %s (%v), want a count", f.Value, f.Unit, ok)
	}
}
