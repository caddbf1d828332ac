package library_test

import (
	"slices"
	"testing"

	"github.com/cypx/cypx/internal/library"
)

// TestPDFAuthorsAreKeptBesideAGivenPublisher: `cypx add FILE.pdf
// --publisher X` keeps the PDF's author list as the source's author and
// says so among what it guessed (hostile check 43: the PDF's Author was
// read only as a guess at the publisher, and the flag's publisher dropped
// it unsaid). A program or a user account named as the author is no
// author.
func TestPDFAuthorsAreKeptBesideAGivenPublisher(t *testing.T) {
	needPoppler(t)
	for _, c := range []struct{ pdfAuthor, want string }{
		{"Jane Smith; Bob Lee", "Jane Smith; Bob Lee"},
		{"Jane Smith, Bob Lee and Ann Ray", "Jane Smith, Bob Lee and Ann Ray"},
		{"Microsoft Office User", ""},
		{"jsmith", ""},
		{"j_smith@trust.nhs.uk", ""},
		{"Acme Trust", ""}, // the publisher itself
	} {
		im, err := library.Import(write(t, "a.pdf", pdfWithAuthor(c.pdfAuthor)), library.Meta{Type: "report", Publisher: "Acme Trust", Date: "2024"})
		if err != nil {
			t.Fatalf("%q: %v", c.pdfAuthor, err)
		}
		if im.Source.Author != c.want || im.Source.Publisher != "Acme Trust" {
			t.Errorf("%q: author %q, publisher %q; want author %q beside the publisher given", c.pdfAuthor, im.Source.Author, im.Source.Publisher, c.want)
		}
		if said := slices.Contains(im.Guessed, "author (the PDF's author)"); said != (c.want != "") {
			t.Errorf("%q: guessed %q", c.pdfAuthor, im.Guessed)
		}
	}
}
