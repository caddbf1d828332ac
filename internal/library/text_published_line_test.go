package library_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/library"
)

// TestACopiedPagesDateLineDatesIt: a web page copied as text keeps its
// own date line below its headings ("Answered on 20 January 2026",
// "Issued: 12 May 2025"); that line dates the import. A question's
// "Tabled on" and a sentence that goes on past its date date nothing.
// Before, such a file was refused: "could not tell the date".
func TestACopiedPagesDateLineDatesIt(t *testing.T) {
	page := "Written answers\n\nSchool nursing: Staff\n\nAsked by a member for Eastford\n\nTabled on 3 February 2026\n%s\n\nThe number of school nurses in Eastford rose to 212 in 2025, from 180 in 2023.\n"
	for _, c := range []struct{ name, line, date string }{
		{"answered.txt", "Answered on 11 February 2026", "2026-02-11"},
		{"issued.txt", "Issued: 12 May 2025", "2025-05-12"},
		{"released.txt", "Released on 2 June 2025", "2025-06-02"},
	} {
		im, err := library.Import(write(t, c.name, []byte(strings.Replace(page, "%s", c.line, 1))), library.Meta{Publisher: "Eastford Council", Type: "report"})
		if err != nil {
			t.Errorf("%s: refused: %v", c.name, err)
			continue
		}
		if got := im.Source.Date.String(); got != c.date {
			t.Errorf("%s: dated %s, want %s", c.name, got, c.date)
		}
	}
	for _, c := range []struct{ name, line string }{
		{"tabled.txt", ""},
		{"sentence.txt", "Answered on 4 March 2025, the question was about targets."},
	} {
		_, err := library.Import(write(t, c.name, []byte(strings.Replace(page, "%s", c.line, 1))), library.Meta{Publisher: "Eastford Council", Type: "report"})
		if err == nil || !strings.Contains(err.Error(), "--date") {
			t.Errorf("%s: imported (err %v); want the refusal asking for --date", c.name, err)
		}
	}
}
