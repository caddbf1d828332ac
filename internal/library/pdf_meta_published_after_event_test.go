package library_test

import (
	"testing"

	"github.com/cypx/cypx/internal/library"
)

// TestPDFDatedByItsPublishedDateAfterTheEventsDay: a write-up whose
// title page says "Event held 3 March 2026, Harlow Library · Write-up
// published 21 April 2026", its year on the line or wrapped onto the
// next, is dated by the day it was published, not the day the event
// was held (set 75: dated by the workshop).
func TestPDFDatedByItsPublishedDateAfterTheEventsDay(t *testing.T) {
	for _, lines := range [][]string{
		{"Event held 3 March 2026, Harlow Library · Write-up published 21 April 2026"},
		{"Event held 3 March 2026, Harlow Library, with young carers and staff from schools · Write-up published 21 April", "2026"},
	} {
		first := append([]string{"Harlow Youth Forum", "", "Growing Up Caring in Harlow", ""}, lines...)
		first = append(first, "")
		pages := [][]string{first,
			{"About the event", "", "Forty young carers aged 11 to 18 told us what would make school easier for them.",
				"In 2025, 38% of young carers in Harlow missed more than ten days of school.", "", "2"}}
		im, err := library.Import(write(t, "a.pdf", makePDF(pages, "", "", "")), library.Meta{AssumeType: true, Publisher: "Harlow Youth Forum", Title: "Growing Up Caring in Harlow"})
		if err != nil {
			t.Fatal(err)
		}
		if got := im.Source.Date.String(); got != "2026-04-21" {
			t.Errorf("%q: date %q, want 2026-04-21, the day it was published", lines, got)
		}
	}
}
