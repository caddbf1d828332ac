package library_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/evidence"
)

// The fixtures of these tests were made with LibreOffice from the .fodt
// files beside them:
//
//	soffice --headless --convert-to pdf --outdir testdata/pdf testdata/pdf/NAME.fodt
//
// Their tables are plain (not bold, no rules), in narrow columns.
// wrappedheaders.pdf: "Locality | 2022/ 23 | 2023/ 24" (each year broken
// after its stroke), "Service | Year to / March / 2023 | Year to / March /
// 2024" and "Area | Referrals / 2023 | Referrals / 2024 | Seen / within /
// 18 weeks / (%)", each header wrapped over two lines or more.
// grouprows.pdf: rows grouped under rows holding only a label: "Boys" and
// "Girls" over "Aged 5 to 10" and "Aged 11 to 15", then "All children";
// "Aged 11 to 15" and "Aged 16 to 18" over indented "Referred" and "Seen
// within 18 weeks (%)" under "Measure | 2023 | 2024"; bold "Kent" and
// "Medway" over indented "Referrals" and "Waiting over 18 weeks" under
// "Area"; "Boys" and "Girls" set in cells merged across the table over
// "Under 5" and "Aged 5 to 10" under "Age group". captionsunder.pdf: four
// tables, each header's last cells set so close that poppler joins them
// ("Referrals Seen" over "within 18" over "weeks (%)"), the first three
// captioned under their rows ("Table 1: Referrals by area, 2023", "Table
// 2: Referrals by area, 2024", "Table 3: Spending (£000s) and staff by
// area, 2022"), the first two captions set right over the next table.

// figureF76e is the figure of value v in unit u of the row whose text
// opens with row, or ok false.
func figureF76e(items []evidence.Item, row string, v float64, u evidence.Unit) (evidence.Figure, bool) {
	for _, it := range items {
		if !strings.HasPrefix(it.Text, "| "+row+" |") {
			continue
		}
		for _, f := range it.Figures {
			if f.Value == v && f.Unit == u {
				return f, true
			}
		}
	}
	return evidence.Figure{}, false
}

// TestHeaderCellsWrappedInNarrowColumnsDateTheirFigures: a plain
// header whose cells wrap in narrow columns ("2022/" over "23", "Year
// to" over "March 2024", "Referrals" over "2023") is one header row,
// each column's whole header its figures' period. Before (hostile check
// 65), each wrapped line was a row of no label ("|  | 23 | 24 |"), the
// years were lost or read as counts, and the figures were undated.
func TestHeaderCellsWrappedInNarrowColumnsDateTheirFigures(t *testing.T) {
	im := h60Import(t, "wrappedheaders.pdf")
	for _, want := range []string{
		"| Locality | 2022/23 | 2023/24 |\n|---|---|---|\n| Canterbury | 1,240 | 1,410 |\n",
		"| Service | Year to March 2023 | Year to March 2024 |\n|---|---|---|\n| Speech and language therapy | 2,310 | 2,650 |\n",
		"| Area | Referrals 2023 | Referrals 2024 | Seen within 18 weeks (%) |\n|---|---|---|---|\n| Medway | 1,450 | 1,610 | 62 |\n",
	} {
		if !strings.Contains(im.Body, want) {
			t.Errorf("no %q in:\n%s", want, im.Body)
		}
	}
	for _, c := range []struct {
		row, period string
		v           float64
		u           evidence.Unit
	}{
		{"Canterbury", "2022/23", 1240, evidence.UnitCount},
		{"Canterbury", "2023/24", 1410, evidence.UnitCount},
		{"Thanet", "2023/24", 1180, evidence.UnitCount},
		{"Community paediatrics", "12 months to March 2023", 1870, evidence.UnitCount},
		{"Community paediatrics", "12 months to March 2024", 2040, evidence.UnitCount},
		{"Swale", "2023", 780, evidence.UnitCount},
		{"Swale", "2024", 840, evidence.UnitCount},
	} {
		f, ok := figureF76e(im.Items, c.row, c.v, c.u)
		if !ok || f.Period != c.period {
			t.Errorf("%s's %g: %+v, %v; want of %s", c.row, c.v, f.Record, ok, c.period)
		}
	}
	if f, ok := figureF76e(im.Items, "Maidstone", 66, evidence.UnitPercent); !ok || f.Measure != "seen within 18 weeks" {
		t.Errorf("Maidstone's 66%%: %+v, %v", f.Record, ok)
	}
	for _, it := range im.Items {
		if strings.HasPrefix(it.Text, "|  |") {
			t.Errorf("a header's wrapped line read as a row: %q", it.Text)
		}
	}
}

// TestGroupLabelRowsGroupTheRowsUnderThem: rows under a row holding only
// a label, indented or not, bold or not, in a merged cell or not, are of
// that group or place, and the label's row is no item; a total row under
// the last group is of none. Before (hostile check 65), boys' and girls'
// counts of one age were keyed alike, the rows of each age band too, and
// Kent's and Medway's referrals were both of place "Referrals".
func TestGroupLabelRowsGroupTheRowsUnderThem(t *testing.T) {
	im := h60Import(t, "grouprows.pdf")
	for _, c := range []struct {
		row   string
		v     float64
		u     evidence.Unit
		group string // a word the figure's population holds
		place string
	}{
		{"Aged 5 to 10", 120, evidence.UnitCount, "Boys", ""},
		{"Aged 5 to 10", 110, evidence.UnitCount, "Girls", ""},
		{"Aged 11 to 15", 150, evidence.UnitCount, "Girls", ""},
		{"Referred", 640, evidence.UnitCount, "Aged 11 to 15", ""},
		{"Referred", 420, evidence.UnitCount, "Aged 16 to 18", ""},
		{"Seen within 18 weeks (%)", 59, evidence.UnitPercent, "Aged 16 to 18", ""},
		{"Referrals", 1450, evidence.UnitCount, "", "Kent"},
		{"Waiting over 18 weeks", 170, evidence.UnitCount, "", "Medway"},
		{"Under 5", 210, evidence.UnitCount, "Boys", ""},
		{"Under 5", 190, evidence.UnitCount, "Girls", ""},
	} {
		f, ok := figureF76e(im.Items, c.row, c.v, c.u)
		switch {
		case !ok:
			t.Errorf("no %g in a row %q", c.v, c.row)
		case c.group != "" && !strings.Contains(f.Population, c.group):
			t.Errorf("%s's %g: population %q, want %s's", c.row, c.v, f.Population, c.group)
		case c.place != "" && f.Place != c.place:
			t.Errorf("%s's %g: place %q, want %s", c.row, c.v, f.Place, c.place)
		}
	}
	// Each group's figures keyed apart from the other's.
	for _, pair := range [][2]float64{{120, 110}, {640, 380}, {1450, 780}, {210, 190}} {
		var keys []string
		for _, v := range pair {
			for _, it := range im.Items {
				for _, f := range it.Figures {
					if f.Value == v {
						keys = append(keys, f.Key)
					}
				}
			}
		}
		if len(keys) != 2 || keys[0] == keys[1] {
			t.Errorf("%g and %g keyed %q", pair[0], pair[1], keys)
		}
	}
	if f, ok := figureF76e(im.Items, "All children", 520, evidence.UnitCount); !ok || strings.Contains(f.Population, "Girls") {
		t.Errorf("the total's 520: %+v, %v; want of no group", f.Record, ok)
	}
	for _, it := range im.Items {
		for _, l := range []string{"| Boys |", "| Kent |", "| Aged 16 to 18 |"} {
			if strings.HasPrefix(it.Text, l) {
				t.Errorf("a group's label row is an item: %q", it.Text)
			}
		}
		for _, f := range it.Figures {
			if f.Place == "Referrals" || f.Place == "Waiting over 18 weeks" {
				t.Errorf("%g of place %q", f.Value, f.Place)
			}
		}
	}
}

// TestACaptionUnderItsTableCaptionsThatTable: a caption set under its
// table captions that table, never the next one, though the next is set
// right under it; header cells poppler joined over their wrapped lines
// ("Referrals Seen" over "within 18") are the table's header. Before
// (hostile check 65), the 2023 table's figures were undated and the 2024
// table's of 2023, the waits of the fourth table £000s of 2022; the
// joined headers were paragraphs and the tables had no header.
func TestACaptionUnderItsTableCaptionsThatTable(t *testing.T) {
	im := h60Import(t, "captionsunder.pdf")
	if want := "| Area | Referrals | Seen within 18 weeks (%) |\n|---|---|---|\n| Medway | 1,450 | 62 |\n"; !strings.Contains(im.Body, want) {
		t.Errorf("no %q in:\n%s", want, im.Body)
	}
	if want := "| Area | Children waiting | Longest wait (weeks) |\n"; !strings.Contains(im.Body, want) {
		t.Errorf("no %q in:\n%s", want, im.Body)
	}
	for _, c := range []struct {
		row, period string
		v           float64
		u           evidence.Unit
	}{
		{"Medway", "2023", 1450, evidence.UnitCount},
		{"Sittingbourne", "2023", 55, evidence.UnitPercent},
		{"Medway", "2024", 1610, evidence.UnitCount},
		{"Swale", "2024", 61, evidence.UnitPercent},
		{"Medway", "2022", 4500000, evidence.UnitGBP},
		{"Medway", "", 320, evidence.UnitCount},
		{"Swale", "", 39, evidence.UnitWeeks},
	} {
		if f, ok := figureF76e(im.Items, c.row, c.v, c.u); !ok || f.Period != c.period {
			t.Errorf("%s's %g %s: %+v, %v; want of %q", c.row, c.v, c.u, f.Record, ok, c.period)
		}
	}
}
