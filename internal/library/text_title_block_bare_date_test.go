package library_test

import (
	"testing"

	"github.com/cypx/cypx/internal/library"
)

// A plain-text paper's title block of its title, its body's name and a
// date alone ("October 2025") names the publisher and the date, as one
// with "Published: 14 January 2025" under the name does. Before (held-out
// set 92), the import was refused for want of a publisher. A line that
// names no body over the date (a subtitle) names none.
func TestATitleBlockBodyOverABareDateIsThePublisher(t *testing.T) {
	for _, c := range []struct{ body, publisher, date string }{
		{"Ashcombe Parent Carer Forum", "Ashcombe Parent Carer Forum", "2025-10"},
		{"Ashcombe Borough Council", "Ashcombe Borough Council", "2025-10"},
		{"Healthwatch Ashcombe", "Healthwatch Ashcombe", "2025-10-14"},
	} {
		date := "October 2025"
		if c.date == "2025-10-14" {
			date = "14 October 2025"
		}
		text := "Still waiting: families' experience of speech therapy in Ashcombe\n" + c.body + "\n" + date + "\n\nSummary\n\nOur survey of 140 families found that 58% had waited more than a year for an assessment.\n"
		im, err := library.Import(write(t, "waits.txt", []byte(text)), library.Meta{Type: "survey"})
		if err != nil {
			t.Errorf("%s: %v", c.body, err)
			continue
		}
		if im.Source.Publisher != c.publisher || im.Source.Date.String() != c.date {
			t.Errorf("%s: publisher %q date %s, want %q %s", c.body, im.Source.Publisher, im.Source.Date, c.publisher, c.date)
		}
	}
	text := "Still waiting\nFamilies' experience of speech therapy\nOctober 2025\n\nSummary\n\nOur survey of 140 families found that 58% had waited more than a year for an assessment.\n"
	if im, err := library.Import(write(t, "waits.txt", []byte(text)), library.Meta{Type: "survey"}); err == nil {
		t.Errorf("a subtitle over a date was read as the publisher %q", im.Source.Publisher)
	}
}
