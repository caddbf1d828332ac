package library_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/library"
)

// TestTitleSuffixAfterALabelledTitle checks that the site's name after a
// page's <title> is its publisher when the <title> puts the page's kind
// before its headline ("Briefing: ..."), as membership bodies' sites do.
func TestTitleSuffixAfterALabelledTitle(t *testing.T) {
	page := `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">` +
		`<title>Consultation response: speech and language therapy for under-fives | Society of Child Speech Therapists</title>` +
		`<meta name="dcterms.date" content="2025-02-11"></head><body>` +
		`<main><h1>Speech and language therapy for under-fives</h1>` +
		`<p>Waits for a first appointment rose to 31 weeks in 2024, the society found.</p></main></body></html>`
	im, err := library.Import(write(t, "page.html", []byte(page)), library.Meta{Type: "statement"})
	if err != nil {
		t.Fatal(err)
	}
	if im.Source.Publisher != "Society of Child Speech Therapists" {
		t.Errorf("publisher %q, want the site's name after the title", im.Source.Publisher)
	}
}

// TestMinutesLineGivesTheMeetingDate checks that plain-text minutes whose
// date is only in the line under the committee's name ("Minutes of the
// meeting held ... on Thursday 9 October 2025") take that date.
func TestMinutesLineGivesTheMeetingDate(t *testing.T) {
	const minutes = "ELMSTEAD DISTRICT COUNCIL\n\n" +
		"HEALTH AND WELLBEING OVERVIEW COMMITTEE\n\n" +
		"Minutes of a meeting held in Committee Room 2, Elmstead Town Hall, on Thursday 9 October 2025 at 2pm\n\n" +
		"Present: Councillors A. Brook (Chair), J. Patel and M. Lowe\n\n" +
		"1. SCHOOL NURSING\n\n" +
		"1.1 The service had 14 vacancies in September, against 9 a year earlier.\n"
	im, err := library.Import(write(t, "minutes.txt", []byte(minutes)), library.Meta{Publisher: "Elmstead District Council", Type: "report"})
	if err != nil {
		t.Fatal(err)
	}
	if got := im.Source.Date.String(); got != "2025-10-09" {
		t.Errorf("date %q, want 2025-10-09", got)
	}
}

// TestAttendanceWithCoOptedMembersAndOfficers checks that a meeting's
// attendance lines go, also when they list co-opted members and officers
// and guests under labels of their own, as council minutes do.
func TestAttendanceWithCoOptedMembersAndOfficers(t *testing.T) {
	const minutes = "ELMSTEAD DISTRICT COUNCIL\n\n" +
		"HEALTH AND WELLBEING OVERVIEW COMMITTEE\n\n" +
		"Minutes of a meeting held on Thursday 9 October 2025\n\n" +
		"Present: Councillors A. Brook (Chair), J. Patel and M. Lowe\n" +
		"Co-opted members: Mr D. Shah (Healthwatch Elmstead)\n" +
		"Officers and guests: Dr R. Kaye (Director of Public Health), S. Moss (Committee Services)\n\n" +
		"1. SCHOOL NURSING\n\n" +
		"1.1 The service had 14 vacancies in September, against 9 a year earlier.\n"
	im, err := library.Import(write(t, "minutes.txt", []byte(minutes)), library.Meta{Publisher: "Elmstead District Council", Type: "report"})
	if err != nil {
		t.Fatal(err)
	}
	for _, it := range im.Items {
		if strings.Contains(it.Text, "Present:") || strings.Contains(it.Text, "Officers and guests") {
			t.Errorf("attendance kept as an item: %q", it.Text)
		}
	}
}
