package library_test

import (
	"testing"

	"github.com/cypx/cypx/internal/library"
)

// TestPDFRunningHeaderLedByItsBodyNamesThePublisher: a board paper with
// no title page, no imprint and no document info, whose running header is
// "Body | paper's title | status", is published by the body the header's
// first field names. Before: the import refused it, saying it could not
// tell who published it.
func TestPDFRunningHeaderLedByItsBodyNamesThePublisher(t *testing.T) {
	header := "NHS Ashby Integrated Care Board | Community health waits review 2025/26 | Draft for the Quality Committee"
	pdf := makePDF([][]string{
		{header, "", "# Community health waits review", "", "1. Purpose", "", "This paper sets out waits for community health services for children in Ashby.", "", "In 2025, 38% of children waited more than 18 weeks for a first appointment."},
		{header, "", "2. Next steps", "", "Waits for therapy services averaged 21 weeks across the county in 2025."},
	}, "", "", "")
	im, err := library.Import(write(t, "paper.pdf", pdf), library.Meta{Type: "report", Date: "2025-11"})
	if err != nil {
		t.Fatal(err)
	}
	if im.Source.Publisher != "NHS Ashby Integrated Care Board" {
		t.Errorf("publisher %q, want the body leading the running header (guessed %q)", im.Source.Publisher, im.Guessed)
	}
}

// TestPDFCoverReportByLineNamesThePublisher: a title page whose line
// under the title says "A peer research report by the Ashby Young
// Editors Collective", with a funder's line below it and no imprint, is
// published by the body the line names, not the funder; a report "by the
// Director of Public Health" names an office, no publisher.
func TestPDFCoverReportByLineNamesThePublisher(t *testing.T) {
	for _, c := range []struct{ line, want string }{
		{"A peer research report by the Ashby Young Editors Collective", "Ashby Young Editors Collective"},
		{"A short briefing from Westby Parent Carer Forum", "Westby Parent Carer Forum"},
	} {
		pdf := makePDF([][]string{
			{"# Asked, not answered", "", c.line, "", "March 2026", "", "Funded by the Ashby Community Foundation."},
			{"Asking for help", "", "Almost half of respondents (47%) said they had needed help in the past year but had not asked for it."},
		}, "", "", "")
		im, err := library.Import(write(t, "report.pdf", pdf), library.Meta{Type: "report"})
		if err != nil {
			t.Errorf("%q: %v", c.line, err)
			continue
		}
		if im.Source.Publisher != c.want {
			t.Errorf("%q: publisher %q, want %q (guessed %q)", c.line, im.Source.Publisher, c.want, im.Guessed)
		}
	}
	pdf := makePDF([][]string{
		{"# Asked, not answered", "", "A report by the Director of Public Health", "", "March 2026"},
		{"Asking for help", "", "Almost half of respondents (47%) said they had needed help in the past year but had not asked for it."},
	}, "", "", "")
	im, err := library.Import(write(t, "report.pdf", pdf), library.Meta{Type: "report"})
	if err == nil && im.Source.Publisher == "Director of Public Health" {
		t.Errorf("an office read as the publisher (guessed %q)", im.Guessed)
	}
}
