package library_test

import (
	"strings"
	"testing"
)

// The fixture of this test was made with LibreOffice from the .fodt file
// beside it:
//
//	soffice --headless --convert-to pdf --outdir testdata/pdf testdata/pdf/notepairs.fodt
//
// notepairs.pdf, page 3: under "Staffing", a line of three label pairs
// set with tabs ("School nurses in post: 27<tab>Vacancies: 3<tab>Bank
// staff: 4", which poppler joins into one run), a line "Budget
// (£000s):<tab>3,900<tab>Staff:<tab>38", then a sentence wrapped over two
// lines, its first line running across the pairs' column edges.

// TestLabelPairsBesideAWrappedSentence: the wrapped sentence is read
// whole, as written, and every label pair is a line of its own with its
// figure. Before (hostile check 62), the sentence's first line was cut at
// the pairs' column edges and its halves spliced with other lines into a
// quote the report never wrote, and the pairs poppler joined became a
// table whose figures were measured by the wrong labels.
func TestLabelPairsBesideAWrappedSentence(t *testing.T) {
	im := h60Import(t, "notepairs.pdf")
	for _, want := range []string{
		"The service will appoint 9 new family support workers by June 2025, and aims to add 4 speech therapists.",
		"School nurses in post: 27\n\nVacancies: 3\n\nBank staff: 4\n\nBudget (£000s): 3,900\n\nStaff: 38\n\n",
	} {
		if !strings.Contains(im.Body, want) {
			t.Errorf("no %q in:\n%s", want, im.Body)
		}
	}
	if strings.Contains(im.Body, "| School nurses") || strings.Contains(im.Body, "| Budget") {
		t.Errorf("label pairs read as a table:\n%s", im.Body)
	}
}
