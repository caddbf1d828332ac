package extract_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/extract"
)

// h62aFigure is the figure whose text is text in body's items, and
// whether there is one.
func h62aFigure(t *testing.T, body, text string) (evidence.Figure, bool) {
	t.Helper()
	for _, it := range extract.Extract(parseBody(t, "P", body)) {
		for _, f := range it.Figures {
			if f.Text == text {
				return f, true
			}
		}
	}
	return evidence.Figure{}, false
}

// h62aTable is a table of one row under caption.
func h62aTable(caption, header, row string) string {
	n := strings.Count(header, "|") - 1
	return caption + "\n\n" + header + "\n" + strings.Repeat("|---", n) + "|\n" + row + "\n"
}

// TestAUnitCostUnderAMoneyCaptionIsInItsScale: a caption's "(£000s)" names
// the unit of the table's money cells, a unit or average cost's too: 3.6
// a week is £3,600 a week and 190 a placement £190,000. A column marked
// "(£)" stays in pounds. Before (hostile check 58), a unit or average cost
// was left in pounds, a thousandfold too small.
func TestAUnitCostUnderAMoneyCaptionIsInItsScale(t *testing.T) {
	caption := "Table 2: Outlay on looked-after children by borough (£000s), 2022/23"
	header := "| Borough | Net outlay | Average weekly cost | Cost per placement | Unit cost |"
	body := h62aTable(caption, header, "| Ashby | 38,100 | 3.6 | 190 | 275 |")
	for text, want := range map[string]float64{"38,100": 38100e3, "3.6": 3600, "190": 190e3, "275": 275e3} {
		if f, ok := h62aFigure(t, body, text); !ok || f.Value != want || f.Unit != evidence.UnitGBP {
			t.Errorf("%s read as %v %s (%v), want %v gbp", text, f.Value, f.Unit, ok, want)
		}
	}
	// Marked "(£)" by the caption or its own header: pounds.
	for _, c := range []struct{ caption, header, row, text string }{
		{"Table 2: Outlay (£000s) and average weekly cost (£), 2022/23", "| Borough | Outlay | Average weekly cost |", "| Ashby | 38,100 | 640 |", "640"},
		{"Table 2: Outlay (£000s), 2022/23", "| Borough | Outlay | Average weekly cost (£) |", "| Ashby | 38,100 | 640 |", "640"},
	} {
		if f, ok := h62aFigure(t, h62aTable(c.caption, c.header, c.row), c.text); !ok || f.Value != 640 || f.Unit != evidence.UnitGBP {
			t.Errorf("%s / %s: 640 read as %v %s (%v), want 640 gbp", c.caption, c.header, f.Value, f.Unit, ok)
		}
	}
}

// TestMoneyPerPersonUnderAMoneyCaptionKeepsTheNoteVisible: money per
// pupil under "(£000s)" is read in pounds, the likelier reading, but its
// measure keeps the caption's note for the reader to judge, and its key
// stays that of money per pupil. A column marked "(£)" needs no note.
func TestMoneyPerPersonUnderAMoneyCaptionKeepsTheNoteVisible(t *testing.T) {
	body := h62aTable("Table 3: Outlay on school nursing (£000s), 2022", "| Borough | Outlay | Outlay per pupil |", "| Ashby | 6,300 | 140 |")
	f, ok := h62aFigure(t, body, "140")
	if !ok || f.Value != 140 || f.Unit != evidence.UnitGBP || !strings.Contains(f.Measure, "£000s") {
		t.Errorf("140 read as %v %s measure %q (%v), want 140 gbp with the note in its measure", f.Value, f.Unit, f.Measure, ok)
	}
	if strings.Contains(f.Key, "000") || strings.Contains(f.Key, "tabl") || !strings.HasPrefix(f.Key, "gbp/head|") {
		t.Errorf("140 keyed %q", f.Key)
	}
	body = h62aTable("Table 3: Outlay on school nursing (£000s), 2022", "| Borough | Outlay | Outlay per pupil (£) |", "| Ashby | 6,300 | 140 |")
	if f, ok := h62aFigure(t, body, "140"); !ok || f.Value != 140 || strings.Contains(f.Measure, "£") {
		t.Errorf("marked (£): 140 read as %v measure %q (%v)", f.Value, f.Measure, ok)
	}
}

// TestACountUnderAMoneyCaptionIsNoMoney: a column naming people, places,
// posts or events under a money caption beside a column of the money is
// a count: 1,900 children looked after, 41 staff, 380 schools, 12 beds.
// A column of the money split by sector, with no other
// column naming the money but its total, is still money. Before (hostile check 58), 1,900 children were
// £1.9 million and 41 staff £41,000.
func TestACountUnderAMoneyCaptionIsNoMoney(t *testing.T) {
	for _, c := range []struct{ caption, header, row, text string }{
		{"Table 2: Outlay by borough (£000s), 2022/23", "| Borough | Net outlay | Children looked after |", "| Ashby | 38,100 | 1,900 |", "1,900"},
		{"Table 8: Budget (£'000)", "| Line | Budget | Staff (FTE) |", "| School nursing | 2,700 | 41 |", "41"},
		{"Table 5: Grant per school (£000s), 2022", "| Borough | Grant per school | Schools |", "| Ashby | 310 | 380 |", "380"},
		{"Table 4: Hospice grants (£000s), 2022", "| Hospice | Grant | Grant per bed | Beds |", "| Ashby | 1,100 | 90 | 12 |", "12"},
		{"Table 4: Outlay (£m), 2022", "| Borough | Outlay | Cases |", "| Ashby | 4.1 | 310 |", "310"},
	} {
		f, ok := h62aFigure(t, h62aTable(c.caption, c.header, c.row), c.text)
		if !ok || f.Unit != evidence.UnitCount || f.Value != parseH62a(c.text) {
			t.Errorf("%s %s: %s read as %v %s (%v), want a count", c.caption, c.header, c.text, f.Value, f.Unit, ok)
		}
	}
	// The money split by sector, beside its total at
	// most, is money.
	for _, header := range []string{"| Year | Schools | Hospitals |", "| Year | Schools | Colleges | Total outlay |"} {
		body := h62aTable("Table 4: Outlay by sector (£m), 2022", header, "| 2022 | 4.1 | 6.2 | 10.3 |")
		if f, ok := h62aFigure(t, body, "4.1"); !ok || f.Unit != evidence.UnitGBP || f.Value != 4.1e6 {
			t.Errorf("%s: 4.1 read as %v %s (%v), want 4100000 gbp", header, f.Value, f.Unit, ok)
		}
	}
	// A column whose words say it counts is a count beside a total too.
	body := h62aTable("Table 4: Outlay (£m), 2022", "| Borough | Total outlay | Children looked after |", "| Ashby | 4.1 | 310 |")
	if f, ok := h62aFigure(t, body, "310"); !ok || f.Unit != evidence.UnitCount || f.Value != 310 {
		t.Errorf("beside a total: 310 read as %v %s (%v), want a count", f.Value, f.Unit, ok)
	}
}

// parseH62a is a test's number without its commas.
func parseH62a(s string) float64 {
	var v float64
	for _, r := range s {
		if r >= '0' && r <= '9' {
			v = v*10 + float64(r-'0')
		}
	}
	return v
}
