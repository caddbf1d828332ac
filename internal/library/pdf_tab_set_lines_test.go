package library_test

import (
	"strings"
	"testing"
)

// The fixture of this test was made with LibreOffice from the .fodt file
// beside it:
//
//	soffice --headless --convert-to pdf --outdir testdata/pdf testdata/pdf/tablines.fodt
//
// tablines.pdf: a cover, then three pages footed "Issue 1.2 | 3 May 2024 |
// Page 2 of 4" to "Page 4 of 4", each under a bold heading "Section 2" to
// "Section 4": label lines set with one tab ("Beds open:<tab>2", "Cots
// open:<tab>4"); a table set with tabs ("Area<tab>Beds<tab>Cots" over
// "Kent<tab>3<tab>12" and "Medway<tab>5<tab>9", "Medway" wider than the
// first tab stop, so its 5 stands a column right of Kent's 3); and label
// lines set with three tabs, the last label wide enough to push its value
// a tab stop further ("Chairs open:<tab><tab><tab>7").

// TestTabSetLabelLinesKept: label lines set out with tabs under a
// heading are the page's heading and lines, one line each: "## Section 2"
// then "Beds open: 2" and "Cots open: 4". Before (hostile check 59), the
// two label lines were cut as a tight table's rows, the heading over them
// as its header, and the three rows, ending 2, 2, 4, read as a contents
// list and dropped with no warning; lines with a wider tab became a table
// "| Chairs open: |  | 7 |" with the 7 a column off.
func TestTabSetLabelLinesKept(t *testing.T) {
	im := h60Import(t, "tablines.pdf")
	for _, want := range []string{
		"<!-- page 2 -->\n\n## Section 2\n\nBeds open: 2\n\nCots open: 4\n\nIn 2023, 318 children",
		"## Section 4\n\nBeds open: 3\n\nCots open: 5\n\nChairs open: 7\n\nIn 2023, 209 children",
	} {
		if !strings.Contains(im.Body, want) {
			t.Errorf("no %q in:\n%s", want, im.Body)
		}
	}
	if strings.Contains(im.Body, "| Chairs open:") || strings.Contains(im.Body, "| Beds open:") {
		t.Errorf("label lines read as a table:\n%s", im.Body)
	}
}

// TestShiftedTabTableReadInCellOrder: a table set with tabs whose rows
// do not keep to its columns (a first cell "Medway" past the first tab
// stop sets its figures a column on; "Kent" and its 3 one run) is read by
// the order of its cells under its header: "| Kent | 3 | 12 |", "| Medway
// | 5 | 9 |". Before (hostile check 59), it was a table "| Kent 3 | 12 |
// |" under an empty header; after it, its lines were kept as text, "Kent 3
// 12", with no figure read (hostile check 60).
func TestShiftedTabTableReadInCellOrder(t *testing.T) {
	im := h60Import(t, "tablines.pdf")
	want := "## Section 3\n\n| Area | Beds | Cots |\n|---|---|---|\n| Kent | 3 | 12 |\n| Medway | 5 | 9 |\n\nIn 2023, 187 children"
	if !strings.Contains(im.Body, want) {
		t.Errorf("no %q in:\n%s", want, im.Body)
	}
}
