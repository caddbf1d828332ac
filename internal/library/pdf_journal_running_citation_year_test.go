package library_test

import (
	"testing"

	"github.com/cypx/cypx/internal/library"
)

// TestJournalRunningCitationGivesTheYear: an article whose running footer
// is its citation, "J Child Health Policy 2026;14(2):112-119", is dated
// 2026 by it, not by the PDF's creation date; a reference of the same
// form in the text ("Lancet 2019;393:123-9") dates nothing, and the
// creation date stands.
func TestJournalRunningCitationGivesTheYear(t *testing.T) {
	page := func(n int, footer string) []string {
		lines := [][]string{
			{"Young adults fall through the gap between children's and adult mental health services.",
				"In one study, 58% of young people lost contact with services after transfer (Lancet 2019;393:123-9)."},
			{"Services for young adults differ from one area to the next across England.",
				"Only a third of areas offer a service for people aged 16 to 25."},
			{"Commissioners should plan transitions with young people and their families.",
				"A named worker would help young people through the move between services."},
		}[n]
		return append(lines, "", footer)
	}
	for _, c := range []struct{ footer, want string }{
		{"J Child Health Policy 2026;14(2):112-119 | doi:10.48213/jchp.2026.0142", "2026"},
		{"J Child Health Policy | doi:10.48213/jchp.0142", "2025-11-04"},
	} {
		pages := [][]string{page(0, c.footer), page(1, c.footer), page(2, c.footer)}
		im, err := library.Import(write(t, "article.pdf", makePDF(pages, "", "", "20251104")), library.Meta{AssumeType: true, Publisher: "Journal of Child Health Policy", Title: "Mind the gap"})
		if err != nil {
			t.Fatal(err)
		}
		if got := im.Source.Date.String(); got != c.want {
			t.Errorf("footer %q: date %s, want %s", c.footer, got, c.want)
		}
	}
}
