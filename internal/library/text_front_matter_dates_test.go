package library_test

import (
	"testing"

	"github.com/cypx/cypx/internal/library"
)

// TestTextFrontMatterDateOfPublication: a plain-text inspection report's
// title block dates it by its "Date of publication:" (or "Date of issue:")
// line, never by the visit's "Date of inspection:" above it, which dates
// nothing. Before (held-out set 88), such a report was refused: "could not
// tell the date from the file".
func TestTextFrontMatterDateOfPublication(t *testing.T) {
	const head = "CARE QUALITY COMMISSION\n\nFenwold Hospitals NHS Trust\nMaternity services inspection report\n\nLocation inspected: Fenwold General Hospital\nDate of inspection: 16 to 18 September 2025\n"
	const finding = "\nAround 4,300 babies are born at the hospital each year.\n"
	for _, c := range []struct{ name, text, date string }{
		{"publication.txt", head + "Date of publication: 4 February 2026\n" + finding, "2026-02-04"},
		{"issue.txt", head + "Date of issue: 3 March 2026\n" + finding, "2026-03-03"},
		{"inspection-only.txt", head + finding, ""},
	} {
		im, err := library.Guess(write(t, c.name, []byte(c.text)))
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if got := im.Source.Date.String(); got != c.date {
			t.Errorf("%s: date %q, want %q", c.name, got, c.date)
		}
		if im.Source.Publisher != "Care Quality Commission" {
			t.Errorf("%s: publisher %q, want the masthead's", c.name, im.Source.Publisher)
		}
	}
}
