package library_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/library"
)

// TestPDFAuthorCleanedIsWarnedOfUnderItsField: a PDF's Author with a line
// break in it is cleaned with a warning naming the field the value is
// kept in: the publisher guessed from it, or, with --publisher given, the
// author. Before, the warning said "publisher: the PDF's author: …" for a
// value kept as the author, and a publisher given was warned of as
// cleaned though nothing of it was.
func TestPDFAuthorCleanedIsWarnedOfUnderItsField(t *testing.T) {
	needPoppler(t)
	for _, c := range []struct {
		author, publisher, field string
	}{
		{"Jane\u2028Smith; Bob Lee", "Acme Trust", "author"},
		{"Westmere\u2028Borough Council", "", "publisher"},
		{"Westmere\u2028Borough Council", "Acme Trust", "author"},
	} {
		im, err := library.Import(write(t, "a.pdf", pdfWithAuthor(c.author)), library.Meta{Type: "report", Publisher: c.publisher, Date: "2024"})
		if err != nil {
			t.Fatalf("%q: %v", c.author, err)
		}
		var said []string
		for _, w := range im.Warnings {
			if strings.Contains(w, "the PDF's author") {
				said = append(said, w)
			}
		}
		if len(said) != 1 || !strings.HasPrefix(said[0], c.field+": the PDF's author: ") {
			t.Errorf("%q (publisher %q): warnings %q, want one for %s; author %q, publisher %q", c.author, c.publisher, im.Warnings, c.field, im.Source.Author, im.Source.Publisher)
		}
	}
}
