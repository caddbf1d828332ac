package library_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/library"
)

// TestAnEventsDateLineGivesThePublicationItNames: a title page whose one
// line gives the inspection's dates and then the publication's ("Date of
// inspection visit: 3 to 6 March 2025 | Date of publication: 20 June
// 2025") is dated by the publication; the visit's dates alone date
// nothing, and the PDF's own date then stands. Before (held-out set 98),
// the whole line was passed over as an event's and the report refused for
// want of a date.
func TestAnEventsDateLineGivesThePublicationItNames(t *testing.T) {
	for _, c := range []struct{ line, want string }{
		{"Date of inspection visit: 3 to 6 March 2025 | Date of publication: 20 June 2025", "2025-06-20"},
		{"Date of inspection visit: 3 to 6 March 2025", "2025-07-01"},
	} {
		pages := [][]string{
			{"Care Quality Commission", "Inspection report", "", "# Wexmoor Community Trust: services for children", "", c.line, "",
				"We inspected the trust's community services for children and young people.", "",
				"At the end of the year, 1,240 children were waiting for a first appointment."},
			{"The trust must reduce waits for community paediatrics.", "", "In 2024, 61% of children were seen within 18 weeks."},
		}
		im, err := library.Import(write(t, "insp.pdf", makePDF(pages, "Wexmoor inspection", "CQC", "20250701")), library.Meta{Type: "report", Publisher: "Care Quality Commission"})
		if err != nil {
			t.Errorf("%q: refused: %v", c.line, err)
			continue
		}
		if got := im.Source.Date.String(); got != c.want {
			t.Errorf("%q: dated %s, want %s (%s)", c.line, got, c.want, strings.Join(im.Guessed, "; "))
		}
	}
}
