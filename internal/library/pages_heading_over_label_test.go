package library_test

import (
	"strings"
	"testing"
)

// The fixture of this test was made with LibreOffice from the .fodt file
// beside it:
//
//	soffice --headless --convert-to pdf --outdir testdata/pdf testdata/pdf/heading_over_label.fodt
//
// heading_over_label.pdf: a cover, then three pages footed "Issue 2.1 | 4
// June 2024 | Page 2 of 4" to "Page 4 of 4", each headed "Section 2"
// to "Section 4" in bold (numbered as the pages step) over a label line
// "Cots open: 2" to "4" (the page's number again), a sentence and a second
// label line "Care plans reviewed: 31" (27, 35).

// TestHeadingOverLabelLine: a heading numbered as the pages step over
// a label line whose figure steps with them too is the page's heading and
// text, kept: "## Section 2" then "Cots open: 2", on the page the footer's
// "Page 2 of 4" numbers. Before (hostile check 58), the two lines were cut
// into a tight table of two columns ("| Section | 2 |", "| Cots open: 2
// | |") that gave no item, and the heading and the label were lost.
func TestHeadingOverLabelLine(t *testing.T) {
	im := h60Import(t, "heading_over_label.pdf")
	for _, want := range []string{
		"<!-- page 2 -->\n\n## Section 2\n\nCots open: 2\n\nIn 2023, 210 families",
		"<!-- page 3 -->\n\n## Section 3\n\nCots open: 3\n\nIn 2023, 185 families",
		"<!-- page 4 -->\n\n## Section 4\n\nCots open: 4\n\nIn 2023, 243 families",
		"Care plans reviewed: 31", "Care plans reviewed: 27", "Care plans reviewed: 35",
	} {
		if !strings.Contains(im.Body, want) {
			t.Errorf("no %q in:\n%s", want, im.Body)
		}
	}
	for _, bad := range []string{"| Section |", "Issue 2.1", "<!-- page 5 -->", "<!-- page 31 -->"} {
		if strings.Contains(im.Body, bad) {
			t.Errorf("%q in:\n%s", bad, im.Body)
		}
	}
}
