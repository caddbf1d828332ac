package extract_test

import (
	"testing"

	"github.com/cypx/cypx/internal/evidence"
)

// oneColumnNoteF69b is a table of outlay and pupils by ward under note,
// its header row as given (a PDF's may be lost: empty cells).
func oneColumnNoteF69b(header, note string) string {
	return "Table 4: Outlay by ward, 2023\n\n" + header + "\n|---|---|---|\n" +
		"| Ashdown Vale | 3,700 | 160 |\n| Morley | 2,300 | 95 |\n\n" + note + "\n"
}

// TestANoteNamingOneColumnScalesThatColumnOnly: "Note: outlay is in
// £000s; pupils are those enrolled." under a table scales the outlay
// column and no other, and a column the note names as people is never
// money, though the table's header row is lost (as a PDF's can be).
// Before (hostile check 62), 95 pupils were £95,000.
func TestANoteNamingOneColumnScalesThatColumnOnly(t *testing.T) {
	note := "Note: outlay is in £000s; pupils are those enrolled."
	for _, header := range []string{"| Ward | Outlay | Pupils |", "|  |  |  |"} {
		body := oneColumnNoteF69b(header, note)
		if f, ok := h62aFigure(t, body, "95"); !ok || f.Unit != evidence.UnitCount || f.Value != 95 {
			t.Errorf("%s: 95 pupils read as %v %s (%v), want a count of 95", header, f.Value, f.Unit, ok)
		}
		if f, ok := h62aFigure(t, body, "160"); !ok || f.Unit == evidence.UnitGBP {
			t.Errorf("%s: 160 pupils read as %v %s (%v), want a count", header, f.Value, f.Unit, ok)
		}
	}
	// The named column is in the note's scale.
	body := oneColumnNoteF69b("| Ward | Outlay | Pupils |", note)
	if f, ok := h62aFigure(t, body, "2,300"); !ok || f.Unit != evidence.UnitGBP || f.Value != 2300e3 {
		t.Errorf("2,300 outlay read as %v %s (%v), want £2.3m", f.Value, f.Unit, ok)
	}
	// A note on all the table's money still reaches every column that
	// is not people: "| Ward | 2022 | 2023 |" under "figures are in £000s".
	all := "Table 4: Outlay by ward\n\n| Ward | 2022 | 2023 |\n|---|---|---|\n| Morley | 2,300 | 2,450 |\n\nNote: figures are in £000s.\n"
	if f, ok := h62aFigure(t, all, "2,450"); !ok || f.Unit != evidence.UnitGBP || f.Value != 2450e3 {
		t.Errorf("2,450 under a note on all figures read as %v %s (%v), want £2.45m", f.Value, f.Unit, ok)
	}
}
