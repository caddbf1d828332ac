package library_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/library"
)

// TestOptionRowsUnderAQuestion checks a form's response summary in a
// plain-text mail: each question's options, indented under it with their
// count and share in columns and no header, are rows of a table, not one
// paragraph running every option's figures into the question's.
func TestOptionRowsUnderAQuestion(t *testing.T) {
	msg := "From: Forms <forms-receipts-noreply@example.com>\nTo: chair@examplepcf.org.uk\n" +
		"Subject: Weekly response summary: Hearing services survey\nDate: Mon, 9 Feb 2026 08:00:00 +0000\n" +
		"Content-Type: text/plain; charset=utf-8\n\nHearing services survey\n\n" +
		"This week: 12 new responses (96 in total).\n\n" +
		"Has your child had a hearing test since starting school?\n" +
		"Multiple choice · 96 responses\n" +
		"  Yes                                  61    63.5%\n" +
		"  No                                   29    30.2%\n" +
		"  Not sure                              6     6.3%\n\n" +
		"Anything else?\nParagraph · 40 responses\n"
	im, err := library.Import(write(t, "summary.eml", []byte(msg)), library.Meta{Type: "survey", Publisher: "Example Parent Carer Forum"})
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"| Yes | 61 | 63.5% |", "| Not sure | 6 | 6.3% |", "Multiple choice · 96 responses\n"} {
		if !strings.Contains(im.Body, want) {
			t.Errorf("no %q in\n%s", want, im.Body)
		}
	}
}
