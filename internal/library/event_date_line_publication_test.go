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

// TestAPlansApprovalLineDatesIt: a plan whose title page states, under
// its title, the day a body agreed it ("Refreshed for 2025/26 · Agreed by
// the ICB Board on 25 June 2025") is dated by that day; a file made the
// day it is imported gave no date. Before (held-out set 101), the line was
// passed over as longer than a date line and the plan refused.
func TestAPlansApprovalLineDatesIt(t *testing.T) {
	for _, c := range []struct{ line, want string }{
		{"Refreshed for 2025/26 · Agreed by the ICB Board on 25 June 2025", "2025-06-25"},
		{"Approved by Cabinet on 4 March 2026 following consultation with partners", "2026-03-04"},
	} {
		pages := [][]string{
			{"NHS Wexmoor Integrated Care Board · Joint Forward Plan", "", "# Chapter 5: Children and young people", "", c.line, "",
				"This chapter sets out what we know about the health of children in Wexmoor.", "",
				"At the end of March, 1,240 children were waiting for a first appointment."},
			{"In 2024, 61% of children were seen within 18 weeks."},
		}
		im, err := library.Import(write(t, "plan.pdf", makePDF(pages, "", "", "")), library.Meta{Type: "report", Publisher: "NHS Wexmoor ICB"})
		if err != nil {
			t.Errorf("%q: refused: %v", c.line, err)
			continue
		}
		if got := im.Source.Date.String(); got != c.want {
			t.Errorf("%q: dated %s, want %s (%s)", c.line, got, c.want, strings.Join(im.Guessed, "; "))
		}
	}
}
