package library_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/evidence"
)

// rowsplit67a.pdf and rowsplit67b.pdf are made with LibreOffice from
// rowsplit67a.fodt and rowsplit67b.fodt:
//
//	soffice --headless --convert-to pdf --outdir testdata/pdf testdata/pdf/rowsplit67a.fodt testdata/pdf/rowsplit67b.fodt
//
// Pages with a running header and footer; a table whose row's label,
// wrapped over five lines in a 6 cm column, is split by the page break:
// in the first, under the header repeated on the next page, the label's
// bracket opened on one page ("Community paediatrics" /
// "(neurodevelopmental") and closed on the next ("... schools and" /
// "GPs)"); in the second, with no header repeated, three lines of the
// label ("looked-after children, care" / "leavers and children on the" /
// "edge of care") open the next page.

// TestATableRowSplitByAPageBreakIsOneRow: each split row is one row,
// its label whole beside its figures, and the rows after it keep the
// header and measures they had. Before (hostile check 67), the bracket
// was a row of no figures on each page, the next page's part glued to
// the carried header ("Service assessment for autism and ... GPs)"), so
// the rows under it measured another header than their like rows of
// another report; the second's last lines were a paragraph between the
// table's pieces.
func TestATableRowSplitByAPageBreakIsOneRow(t *testing.T) {
	for _, c := range []struct {
		name, row  string
		referrals  float64
		nextRow    string
		nextValue  float64
		nextHeader string
	}{
		{"rowsplit67a.pdf", "Community paediatrics (neurodevelopmental assessment for autism and ADHD, children aged 5 to 18 referred by schools and GPs)", 2150, "School nursing", 930,
			"| Service | Referrals | Seen within 18 weeks (%) | Median wait (weeks) |"},
		{"rowsplit67b.pdf", "Child and adolescent mental health services for looked-after children, care leavers and children on the edge of care", 640, "School nursing", 720,
			"| Service | Referrals | Seen within 18 weeks (%) | Median wait (weeks) |"},
	} {
		im := h60Import(t, c.name)
		if !strings.Contains(im.Body, "| "+c.row+" | ") {
			t.Errorf("%s: no whole row %q in:\n%s", c.name, c.row, im.Body)
		}
		for _, piece := range []string{"| GPs) |", "| (neurodevelopmental", "Service assessment", "\nleavers and children", "| leavers and"} {
			if strings.Contains(im.Body, piece) {
				t.Errorf("%s: a piece of the split row apart, %q, in:\n%s", c.name, piece, im.Body)
			}
		}
		if strings.Count(im.Body, c.nextHeader) != 2 {
			t.Errorf("%s: want the header on both pages in:\n%s", c.name, im.Body)
		}
		f, ok := figureF76e(im.Items, c.row, c.referrals, evidence.UnitCount)
		if !ok || !strings.Contains(f.Measure, "referrals") {
			t.Errorf("%s: %g of %q: %+v (found %v)", c.name, c.referrals, c.row, f.Record, ok)
		}
		n, ok := figureF76e(im.Items, c.nextRow, c.nextValue, evidence.UnitCount)
		if !ok || !strings.HasPrefix(n.Measure, "referrals") || strings.Contains(n.Measure, "assessment") {
			t.Errorf("%s: %g of %q: %+v (found %v)", c.name, c.nextValue, c.nextRow, n.Record, ok)
		}
	}
}

// brokennames67.pdf is made with LibreOffice from brokennames67.fodt:
//
//	soffice --headless --convert-to pdf --outdir testdata/pdf testdata/pdf/brokennames67.fodt
//
// A bold header of four county names in 2.5 cm columns, each broken at
// the cell's edge with no hyphen ("Northumb" / "erland (%)", "Glouceste"
// / "rshire (%)"), the text above naming each county whole; the wrapped
// lines fill their cells to within a point of the next.

// TestNamesBrokenAtNarrowCellEdgesKeepTheirColumns: each county heads
// its own column, its name whole, over its own values. Before (hostile
// check 67), "erland (%)" ended 0.6 points short of "rshire (%)" and the
// two columns were one, "Northumb Glouceste erland (%) rshire (%)" over
// "82 79".
func TestNamesBrokenAtNarrowCellEdgesKeepTheirColumns(t *testing.T) {
	im := h60Import(t, "brokennames67.pdf")
	want := "| Contact | Northumberland (%) | Gloucestershire (%) | Buckinghamshire (%) | Hertfordshire (%) |\n|---|---|---|---|---|\n| New birth visit | 82 | 79 | 88 | 75 |\n"
	if !strings.Contains(im.Body, want) {
		t.Errorf("no %q in:\n%s", want, im.Body)
	}
}
