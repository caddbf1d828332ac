package library_test

import (
	"testing"

	"github.com/cypx/cypx/internal/library"
)

// A line under a text's title giving a span of two dates (the period its
// data covers) never dates the paper; a line naming only a meeting with
// its day ("Health and Wellbeing Board | 14 January 2025") dates the paper
// by the meeting but names no publisher, while a body's name with its day
// still names both. Before (hostile check 68), "NHS Kent and Medway | 1
// April 2024 to 31 March 2025" dated the paper 1 April 2024 and "Health
// and Wellbeing Board" was the publisher.
func TestAPeriodOrAMeetingLineUnderATitleIsNoPaperDateOrPublisher(t *testing.T) {
	for _, c := range []struct{ name, text, publisher, date string }{
		{"period.txt", "Children's Oral Health Needs Assessment\nNHS Kent and Medway | 1 April 2024 to 31 March 2025\n\nIn 2024, 23% of five-year-olds in Kent had visible tooth decay.\n", "", ""},
		{"months.txt", "School Readiness Profile\nSurrey County Council · April 2024 – March 2025\n\nIn 2024, 68% of children in Surrey had a good level of development.\n", "", ""},
		{"board.txt", "Annual Report of the Director of Public Health 2024\n\nHealth and Wellbeing Board | 14 January 2025\n\nIn 2024, 23% of five-year-olds in Wexdale had visible tooth decay.\n", "", "2025-01-14"},
		{"scrutiny.txt", "Children's Mental Health Waiting Times\n\nChildren and Young People's Scrutiny Committee | 3 March 2025\n\nIn 2024/25, 64% of children in Medway were seen within 18 weeks.\n", "", "2025-03-03"},
		{"council.txt", "School Nursing Service Review 2025\n\nWestmarsh County Council | 14 January 2025\n\nIn 2024, 1,150 children in Westmarsh were referred to the school nursing service.\n", "Westmarsh County Council", "2025-01-14"},
	} {
		im, err := library.Guess(write(t, c.name, []byte(c.text)))
		if err != nil {
			t.Errorf("%s: %v", c.name, err)
			continue
		}
		if im.Source.Publisher != c.publisher || im.Source.Date.String() != c.date {
			t.Errorf("%s: publisher %q, date %q; want %q, %q", c.name, im.Source.Publisher, im.Source.Date, c.publisher, c.date)
		}
	}
}
