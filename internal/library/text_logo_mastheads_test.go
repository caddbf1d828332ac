package library_test

import (
	"testing"

	"github.com/cypx/cypx/internal/library"
)

// A text's masthead set as a logo over two or three lines ("NHS" over
// "Kent and Medway", "NHS" over a trust's name ending "NHS Foundation
// Trust", "Healthwatch" over its place, an ICB's name in capitals broken
// over two lines) is one body's name, the publisher; the title under it is
// the title, dated by its imprint line. A meeting's name broken over two
// lines is none. Before (hostile check 68), the first was titled "NHS:
// Kent and Medway" and asked for its publisher and date.
func TestALogoMastheadOverATextTitleIsItsPublisher(t *testing.T) {
	for _, c := range []struct{ name, text, title, publisher, date string }{
		{"icb.txt", "NHS\nKent and Medway\n\nChildren's Mental Health Local Transformation Plan 2025\nPublished: 14 January 2025\n\nIn 2024, 64% of children in Kent were seen within 18 weeks.\n",
			"Children's Mental Health Local Transformation Plan 2025", "NHS Kent and Medway", "2025-01-14"},
		{"trust.txt", "NHS\nTarnbrook Community Health\nNHS Foundation Trust\n\nQuality Account 2024/25\nPublished: 30 June 2025\n\nIn 2024/25, 66% of children in Tarnbrook were seen within 18 weeks.\n",
			"Quality Account 2024/25", "Tarnbrook Community Health NHS Foundation Trust", "2025-06-30"},
		{"healthwatch.txt", "Healthwatch\nMarlbury\n\nWhat young people told us about CAMHS\nPublished: 30 June 2025\n\nIn 2024/25, 67% of young people in Marlbury waited more than 18 weeks.\n",
			"What young people told us about CAMHS", "Healthwatch Marlbury", "2025-06-30"},
		{"capitals.txt", "SURREY HEARTLANDS\nINTEGRATED CARE BOARD\n\nReport title: CYP Mental Health Update\nDate of meeting: 12 March 2025\n\nIn 2024, 65% of children in Surrey were seen within 18 weeks.\n",
			"CYP Mental Health Update", "Surrey Heartlands Integrated Care Board", "2025-03-12"},
		{"meeting.txt", "CHILDREN'S SERVICES\nSCRUTINY COMMITTEE\n\nReport title: CYP Mental Health Update\nDate of meeting: 12 March 2025\n\nIn 2024, 65% of children in Surrey were seen within 18 weeks.\n",
			"CYP Mental Health Update", "", "2025-03-12"},
	} {
		im, err := library.Guess(write(t, c.name, []byte(c.text)))
		if err != nil {
			t.Errorf("%s: %v", c.name, err)
			continue
		}
		if im.Source.Title != c.title || im.Source.Publisher != c.publisher || im.Source.Date.String() != c.date {
			t.Errorf("%s: title %q, publisher %q, date %q; want %q, %q, %q", c.name, im.Source.Title, im.Source.Publisher, im.Source.Date, c.title, c.publisher, c.date)
		}
	}
}
