package library_test

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/library"
)

// TestCarriedTableRowsWithLongerLabels: a LibreOffice table run on to the
// next page with its rows set well apart keeps its header and its three
// columns there, though poppler joined the first carried row's label to
// its cost ("Healthy Weight Coaching Pilots £128,000": one run across
// the column's edge) and the next row's label is longer than any the
// first page set. Before, the carried rows were read as no part of the
// table, the joined row became a header of its own, and a cost was lost
// or read with no column (set 80's Spending Review asks).
//
// carriedlong.pdf was made with LibreOffice from carriedlong.fodt:
//
//	soffice --headless --convert-to pdf --outdir testdata/pdf testdata/pdf/carriedlong.fodt
func TestCarriedTableRowsWithLongerLabels(t *testing.T) {
	needPoppler(t)
	// The file's only date is the day it was made; given a date, as a
	// user passes --date, the test does not depend on the day it runs (a
	// PDF made on the day of its import is never dated by that day).
	im, err := library.Import(filepath.Join("testdata", "pdf", "carriedlong.pdf"), library.Meta{Publisher: "Test Council", Type: "report", Date: "2026-03"})
	if err != nil {
		t.Fatal(err)
	}
	want := "<!-- page 2 -->\n\n| Proposal | Full-year cost | Paid by |\n|---|---|---|\n" +
		"| Healthy Weight Coaching Pilots | £128,000 | County council |\n" +
		"| Wellbeing practitioner posts | £540,000 | ICB and council |\n" +
		"| Medicines training for staff | £12,500 | ICB |\n"
	if !strings.Contains(im.Body, want) {
		t.Errorf("the carried rows not read under the table's header:\n%s\nin:\n%s", want, im.Body)
	}
}
