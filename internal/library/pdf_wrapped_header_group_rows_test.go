package library_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/evidence"
)

// tablegroups66.pdf is made with LibreOffice from tablegroups66.fodt:
//
//	soffice --headless --convert-to pdf --outdir testdata/pdf testdata/pdf/tablegroups66.fodt
//
// Three bold-headed tables in narrow columns (2.5 to 3 cm), each header
// cell wrapped over two or three lines ("Westbroo" / "k North (%)"), with
// bold rows holding only a label over the rows of their group: "First
// weeks" and "Later reviews"; the places "Surrey" and "Tarnside"; the
// years "2022/23" and "2023/24". Each caption is set under its table.

// TestWrappedHeadersAndGroupRowsKeepTheirColumns: a PDF header whose cells
// wrap in narrow columns keeps each column's own words, and a row holding
// only a label under it is the table's first row, never a line of the
// header; the rows under place and year labels are of that place and
// year, each column headed by a place of its place. Before (hostile
// check 66), the header's first line was dealt out over the columns
// ("Harrowfield England total 2024/25 (%)"), the first group glued into
// the corner ("Age group Kent"), and Kent's and Medway's values, or two
// years' values, shared one key with no place or year.
func TestWrappedHeadersAndGroupRowsKeepTheirColumns(t *testing.T) {
	im := h60Import(t, "tablegroups66.pdf")
	for _, want := range []string{
		"| Contact | Westbrook North (%) | Westbrook South (%) | Westbrook total 2024/25 (%) | England 2023/24 (%) |\n|---|---|---|---|---|\n| First weeks |  |  |  |  |\n| New birth visit | 86 | 90 | 88 | 80 |\n",
		"| Age group | Referrals received (number) | Seen within 12 weeks (%) | Median wait (weeks) |\n|---|---|---|---|\n| Surrey |  |  |  |\n| Under 5 | 380 | 44 | 13 |\n",
		"| Check | Surrey (%) | England average (%) |\n|---|---|---|\n| 2022/23 |  |  |\n| Hearing screen | 97.2 | 98.1 |\n",
	} {
		if !strings.Contains(im.Body, want) {
			t.Errorf("no %q in:\n%s", want, im.Body)
		}
	}
	type want struct {
		row         string
		v           float64
		u           evidence.Unit
		place, when string
	}
	for _, c := range []want{
		{"New birth visit", 86, evidence.UnitPercent, "Westbrook North", "2024/25"},
		{"New birth visit", 88, evidence.UnitPercent, "Westbrook", "2024/25"},
		{"New birth visit", 80, evidence.UnitPercent, "England", "2023/24"},
		{"Hearing screen", 97.2, evidence.UnitPercent, "Surrey", "2022/23"},
		{"Hearing screen", 98.1, evidence.UnitPercent, "England", "2022/23"},
		{"Hearing screen", 96.5, evidence.UnitPercent, "Surrey", "2023/24"},
		{"Vision screen", 92.6, evidence.UnitPercent, "England", "2023/24"},
	} {
		f, ok := figureF76e(im.Items, c.row, c.v, c.u)
		if !ok {
			t.Errorf("%s %g: no figure", c.row, c.v)
			continue
		}
		if f.Place != c.place || f.Period != c.when {
			t.Errorf("%s %g: place %q period %q, want %q %q", c.row, c.v, f.Place, f.Period, c.place, c.when)
		}
		if f.Measure == "" || strings.Contains(strings.ToLower(f.Measure), "westbroo") || strings.Contains(strings.ToLower(f.Measure), "england") {
			t.Errorf("%s %g: measure %q names its column's place", c.row, c.v, f.Measure)
		}
	}
	// Surrey's and Tarnside's under-fives are keyed apart.
	surrey, ok1 := figureF76e(im.Items, "Under 5", 380, evidence.UnitCount)
	tarnside, ok2 := figureF76e(im.Items, "Under 5", 160, evidence.UnitCount)
	if !ok1 || !ok2 || surrey.Key == tarnside.Key {
		t.Errorf("Surrey's and Tarnside's referrals keyed alike: %q, %q", surrey.Key, tarnside.Key)
	}
}
