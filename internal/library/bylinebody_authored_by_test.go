package library_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/library"
)

// TestBodyBylineAuthoredBy: a page with no author tag whose byline reads
// "Authored by Mira Castell" has Mira Castell as its author, as "Written
// by" gives. Before, it had none (hostile check 51). Invented names.
func TestBodyBylineAuthoredBy(t *testing.T) {
	for _, byline := range []string{"Authored by Mira Castell", "Written by Mira Castell"} {
		page := `<html><head><title>Waits for community paediatrics</title><meta name="publisher" content="Westmere Trust"><meta name="date" content="2024-05-04"></head><body><article><h1>Waits for community paediatrics</h1><p class="byline">` + byline + `</p><p>Around 40% of children waited more than 18 weeks for a first appointment with community paediatrics in 2024.</p></article></body></html>`
		im, err := library.Import(write(t, "page.html", []byte(page)), library.Meta{Type: "report"})
		if err != nil {
			t.Fatal(err)
		}
		if im.Source.Author != "Mira Castell" {
			t.Errorf("%q: author %q, want Mira Castell (guessed %q)", byline, im.Source.Author, im.Guessed)
		}
		for _, it := range im.Items {
			if strings.Contains(it.Text, "Mira Castell") {
				t.Errorf("%q: the byline is an item: %q", byline, it.Text)
			}
		}
	}
}
