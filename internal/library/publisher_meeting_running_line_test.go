package library_test

import (
	"testing"

	"github.com/cypx/cypx/internal/library"
)

// TestPDFMeetingHeaderGivesWayToTheFootersBody: a board paper whose
// running header names the meeting it goes to ("Board of Directors
// (Public) - 4 March 2026 - Agenda item 9") and whose footer names the
// trust is published by the trust, not "Board of Directors".
func TestPDFMeetingHeaderGivesWayToTheFootersBody(t *testing.T) {
	header := "Board of Directors (Public) - 4 March 2026 - Agenda item 9"
	footer := func(n string) string { return "Ashby Community Health NHS Foundation Trust | Page " + n }
	pdf := makePDF([][]string{
		{header, "", "# Speech therapy waits", "", "1. Purpose", "", "This paper sets out waits for speech therapy for children in Ashby.", "", "In 2025, 38% of children waited more than 18 weeks for a first appointment.", "", footer("1")},
		{header, "", "2. Next steps", "", "Waits for therapy services averaged 21 weeks across the county in 2025.", "", footer("2")},
		{header, "", "3. Recommendation", "", "The Board is asked to note the position set out in this paper.", "", footer("3")},
	}, "", "", "")
	im, err := library.Import(write(t, "paper.pdf", pdf), library.Meta{Type: "report", Date: "2026-03"})
	if err != nil {
		t.Fatal(err)
	}
	if im.Source.Publisher != "Ashby Community Health NHS Foundation Trust" {
		t.Errorf("publisher %q, want the trust the footer names (guessed %q)", im.Source.Publisher, im.Guessed)
	}
}
