package library_test

import (
	"testing"

	"github.com/cypx/cypx/internal/library"
)

// TestLabelledDateRowDatesTheDocument: a decision notice whose details
// table gives "Date of decision" in words on its first page is dated by
// that row, not by the day its file was made; a visit's date is no such
// row.
func TestLabelledDateRowDatesTheDocument(t *testing.T) {
	needPoppler(t)
	for _, c := range []struct{ label, want string }{
		{"Date of decision   12 October 2026", "2026-10-12"},
		{"Date published: 3 March 2026", "2026-03-03"},
		{"Date of visit   12 October 2026", "2026-12-02"},
	} {
		first := append([]string{"Marbury Borough Council", "", "Record of Decision on the future of the 0 to 19 service in 2027 and 2028", "Decision reference   MBC/2026/12", c.label, "Decision maker   Cabinet", ""}, pdfDateProse...)
		pages := [][]string{append(first, "", "1"), {"The council should review the contract within one year of the decision.", "", "2"}}
		im, err := library.Import(write(t, "d.pdf", makePDF(pages, "Record of Decision", "Marbury Borough Council", "20261202")), library.Meta{Type: "report", Publisher: "Marbury Borough Council"})
		if err != nil {
			t.Fatal(err)
		}
		if got := im.Source.Date.String(); got != c.want {
			t.Errorf("%q: date %q, want %s", c.label, got, c.want)
		}
	}
}
