package library_test

import (
	"testing"

	"github.com/cypx/cypx/internal/library"
)

// TestPDFDateLineUnderAWrappedBodyLine: a board paper's line naming who
// prepared it and the meeting's day ("Prepared by ... | Agenda item 5 |
// 4 March 2026") under the title and a body's name wrapped in two lines
// dates the paper. Before, the wrap set it a line too far below the
// title, and the paper took the day its file was made.
func TestPDFDateLineUnderAWrappedBodyLine(t *testing.T) {
	pdf := makePDF([][]string{
		{"# Community waits review", "NHS Ashby Integrated Care Board (formerly NHS North", "Ashby CCG)", "Prepared by the Director of Nursing | Agenda item 5 | 4 March 2026", "",
			"1. Purpose", "", "This paper sets out waits for community health services for children in Ashby.", "", "In 2025, 38% of children waited more than 18 weeks for a first appointment.",
			"", "Referrals to community paediatrics rose by 12% in the year, to 2,140 children.", "", "Speech and language therapy received 1,380 referrals, and the median wait was 16 weeks.",
			"", "Occupational therapy saw 610 children, and 44% of them had waited more than a year.", "", "The board is asked to note the position and agree the actions in section 2.",
			"", "Physiotherapy accepted 480 referrals, and the longest wait at the end of March was 40 weeks.", "", "Community nursing teams held 3,200 contacts with children who have complex needs.",
			"", "Dietetics saw 290 children, and 61% were seen within the service's own target of 12 weeks.", "", "Audiology waits fell to a median of nine weeks after two posts were filled."},
		{"2. Next steps", "", "Waits for therapy services averaged 21 weeks across the county in 2025."},
	}, "", "", "")
	im, err := library.Import(write(t, "paper.pdf", pdf), library.Meta{Type: "report", Publisher: "NHS Ashby Integrated Care Board"})
	if err != nil {
		t.Fatal(err)
	}
	if got := im.Source.Date.String(); got != "2026-03-04" {
		t.Errorf("date %q, want the meeting's day (guessed %q)", got, im.Guessed)
	}
}

// TestPDFTitleWrappedAfterAHyphenJoinsWithout: a title set over lines,
// one ending in a word's hyphen ("Child speech and language self-"
// over "assessment 2026"), is joined without a space after the hyphen.
// Before: "self- assessment".
func TestPDFTitleWrappedAfterAHyphenJoinsWithout(t *testing.T) {
	pdf := makePDF([][]string{
		{"# Child speech and language self-", "# assessment 2026", "", "Ashby Council"},
		{"1. Purpose", "", "In 2025, 38% of children waited more than 18 weeks for a first speech and language appointment."},
	}, "", "", "")
	im, err := library.Import(write(t, "paper.pdf", pdf), library.Meta{Type: "report", Publisher: "Ashby Council", Date: "2026"})
	if err != nil {
		t.Fatal(err)
	}
	if im.Source.Title != "Child speech and language self-assessment 2026" {
		t.Errorf("title %q (guessed %q)", im.Source.Title, im.Guessed)
	}
}
