package library_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/evidence"
)

// headingundertable.pdf (LibreOffice, from headingundertable.fodt beside
// it): a survey table whose last header cell wraps onto two lines
// ("Hardly ever" over "(%)"), one label so long that poppler joins it to
// its first figure, and straight under the table a large bold heading
// ("In their own words") that opens a band of two columns of italic
// quotes, the right column's first line beside the heading.
// headingundertablejoined.pdf: the same page, its middle headers set so
// close that poppler joins two ("Seldom (%) Hardly ever" over "(%)") and
// one label wrapped onto two lines.

// TestHeadingUnderATableEndsIt: the heading set larger than the table's
// rows is no row of it. Before, the heading's line, holding the right
// column's first line too, was read as a last row and cut at the table's
// columns; the columns' lines under it were more rows, the table was
// undone, its header became a heading and lines ("## Statement put to
// parents", "Always (%)"), its rows lines of words and figures, and the
// quote split by the columns was read in the wrong order; so too with
// two header cells joined ("Seldom (%) Hardly ever") and a wrapped label.
func TestHeadingUnderATableEndsIt(t *testing.T) {
	im := h60Import(t, "headingundertable.pdf")
	for _, want := range []string{
		"| Statement put to parents | Always (%) | Some (%) | Hardly ever (%) |\n|---|---|---|---|\n" +
			"| The nurse came to the school when promised | 57 | 31 | 12 |\n" +
			"| My child knew how to reach the nurse | 36 | 44 | 20 |\n" +
			"| The nurse saw my child within a week of asking for it | 62 | 29 | 9 |\n" +
			"| We were told the results of the hearing check | 48 | 39 | 13 |\n\n## In their own words\n",
		"whether my son's eyesight had been tested, and in the end I paid for an optician myself.",
	} {
		if !strings.Contains(im.Body, want) {
			t.Errorf("no %q in:\n%s", want, im.Body)
		}
	}
	for _, c := range []struct {
		row string
		v   float64
	}{
		{"My child knew how to reach the nurse", 44},
		{"My child knew how to reach the nurse", 20},
		{"The nurse saw my child within a week of asking for it", 9},
	} {
		if _, ok := figureF76e(im.Items, c.row, c.v, evidence.UnitPercent); !ok {
			t.Errorf("%s: no %v%%", c.row, c.v)
		}
	}
	im = h60Import(t, "headingundertablejoined.pdf")
	want := "| Statement put to parents | Often (%) | Seldom (%) | Hardly ever (%) |\n|---|---|---|---|\n" +
		"| The nurse came to the school when promised | 57 | 31 | 12 |\n" +
		"| My child knew how to reach the nurse | 36 | 44 | 20 |\n" +
		"| Letters sent home explained clearly what the health checks were for | 62 | 29 | 9 |\n" +
		"| We were told the results of the hearing check | 48 | 39 | 13 |\n\n## In their own words\n"
	if !strings.Contains(im.Body, want) {
		t.Errorf("headingundertablejoined.pdf: no %q in:\n%s", want, im.Body)
	}
}
