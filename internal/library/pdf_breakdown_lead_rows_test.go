package library_test

import (
	"strings"
	"testing"
)

// ofwhich68.pdf is made with LibreOffice from ofwhich68.fodt:
//
//	soffice --headless --convert-to pdf --outdir testdata/pdf testdata/pdf/ofwhich68.fodt
//
// A table carried over a page break with no header repeated: the first
// page ends with the row "All children referred to CAMHS | 640 | 38",
// the next opens with the label-only row "of which:" over "boys" and
// "girls".

// TestALeadInRowOpeningAPageIsNoEndOfTheRowAbove: a label-only row
// leading into the rows under it, "of which:", opening the next page in
// lower case, is never the end of the last row's label: it is a row of
// its own, a label alone, over the rows carried to that page. Before (hostile check 68), it joined the row above: "All
// children referred to CAMHS of which:".
func TestALeadInRowOpeningAPageIsNoEndOfTheRowAbove(t *testing.T) {
	im := h60Import(t, "ofwhich68.pdf")
	if !strings.Contains(im.Body, "| All children referred to CAMHS | 640 | 38 |") || strings.Contains(im.Body, "CAMHS of which") {
		t.Errorf("the row above the page break:\n%s", im.Body)
	}
	if !strings.Contains(im.Body, "| of which: |") || !strings.Contains(im.Body, "| boys | 320 | 35 |") {
		t.Errorf("\"of which:\" or the rows under it lost:\n%s", im.Body)
	}
}
