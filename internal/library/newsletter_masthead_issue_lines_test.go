package library_test

import (
	"testing"

	"github.com/cypx/cypx/internal/library"
)

// A school's newsletter names itself in its masthead, dates the issue in
// the band under the name ("Termly news for families · Issue 9 · Summer
// Term 2025 · Thursday 10 July 2025") and names the school only in the
// address line every page carries. Before (set 83), it was refused ("could
// not tell the date": the band was too long a line to read as a date),
// and with --date its publisher was the PDF's author ("Office AGA").
func TestNewsletterDatedByItsIssueLineAndPublishedByTheAddressLine(t *testing.T) {
	needPoppler(t)
	for band, want := range map[string]string{
		"Termly news for families · Issue 9 · Summer Term 2025 · Thursday 10 July 2025": "2025-07-10",
		"News for parents and carers | No. 31 | 10 July 2025":                           "2025-07-10",
	} {
		address := "Ashgrove Park Academy, Church Lane, Ashgrove AG3 9PL · office@ashgrovepark.example · Page "
		pages := [][]string{
			{"# Ashgrove Gazette", band, "", "From the Headteacher", "",
				"Dear families, this has been a busy term for our pupils and our staff, and this issue",
				"is given over to the health and wellbeing of our pupils, as many of you asked at the forum.", "",
				"So far this year the wellbeing team has worked with 52 of our pupils in small groups."},
			{address + "2", "", "School nurse drop-in", "",
				"Last term 118 pupils used the drop-in, up from 80 in the spring term.", "",
				"Our nurse is one of four school nurses covering the nine schools in the area."},
			{address + "3", "", "Vaccinations", "",
				"Last year 71% of our Year 8 pupils had the HPV vaccine, close to the national figure.", "",
				"Please return the consent form by the end of term."},
		}
		im, err := library.Import(write(t, "gazette.pdf", makePDF(pages, "Gazette summer FINAL", "Office AGA", "20261205")), library.Meta{Type: "report"})
		if err != nil {
			t.Fatalf("%q: %v", band, err)
		}
		if got := im.Source.Date.String(); got != want {
			t.Errorf("band %q: date %q, want %q (guessed %v)", band, got, want, im.Guessed)
		}
		if got := im.Source.Publisher; got != "Ashgrove Park Academy" {
			t.Errorf("band %q: publisher %q, want Ashgrove Park Academy (guessed %v)", band, got, im.Guessed)
		}
	}
}
