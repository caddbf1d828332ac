package library_test

import (
	"testing"

	"github.com/cypx/cypx/internal/library"
)

// TestNewspaperRunningLineDatesThePage: a print page whose only date is
// its running footer written month first, "Thursday, November 19, 2026",
// is dated by it, not by the PDF's creation date days later; a body's
// month-first date ("met on October 2, 2026") dates nothing, and the
// creation date stands. Before, the page was dated by the creation date.
func TestNewspaperRunningLineDatesThePage(t *testing.T) {
	page := func(n, footer string) []string {
		return []string{"## Your letters", "", "Families in the town wait too long for a first appointment with the community paediatric team.",
			"Last year 412 children waited more than 18 weeks to be seen, the trust told the council.", "", footer}
	}
	for _, c := range []struct{ footer, want string }{
		{" | THE HARBOUR GAZETTE | Thursday, November 19, 2026 | harbourgazette.example", "2026-11-19"},
		{" | THE HARBOUR GAZETTE | harbourgazette.example", "2026-12-04"},
	} {
		pages := [][]string{page("24", "24"+c.footer), page("25", "25"+c.footer), page("26", "26"+c.footer)}
		pages[1][2] = "The health and wellbeing board met on October 2, 2026 to hear from parents about the waits."
		im, err := library.Import(write(t, "letters.pdf", makePDF(pages, "", "", "20261204")), library.Meta{AssumeType: true, Publisher: "The Harbour Gazette", Title: "Your letters"})
		if err != nil {
			t.Fatal(err)
		}
		if got := im.Source.Date.String(); got != c.want {
			t.Errorf("footer %q: date %s, want %s", c.footer, got, c.want)
		}
	}
}
