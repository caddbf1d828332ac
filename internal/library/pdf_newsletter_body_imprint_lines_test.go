package library_test

import (
	"testing"
)

// TestNewsletterPDFBodyImprintLinesNameNoPublisher: a line in a
// newsletter PDF's body that names a publisher or a date is what it is
// said of, never the issue's imprint; each near miss, where such a line is
// the document's own, still names it.
//
// An article's "Source: National Literacy Trust, Published 14 November
// 2025" credits the source of its figure: it dates no issue. The issue is
// the school's, dated by its masthead band. Before (hostile check 64), the
// newsletter was dated by the source's day. The near miss: a "Published
// by" line after the last article still names the publisher.
//
// A "Published by Lindford City Council, March 2023" line in a
// newsletter's "Where to get help" box, between two articles, is the
// imprint of what the box points to: the newsletter is the school's, the
// body its running footer names, dated by its masthead band. Before
// (hostile check 64), the council published it in March 2023. The near
// miss: a cover's "Published by" line under a blurb set in the body's
// font, before the report's first heading, is still the report's own.
func TestNewsletterPDFBodyImprintLinesNameNoPublisher(t *testing.T) {
	for _, c := range []struct{ file, publisher, date string }{
		// A source line ends an article.
		{"sourcelinenewsletter.pdf", "Rowan Park School", "2026-06-05"},
		{"footimprintnewsletter.pdf", "Rowan Park School Trust", "2026-06-05"},
		// An imprint between articles.
		{"contactsimprintnewsletter.pdf", "Rowan Park School", "2026-06-05"},
		{"coverblurbimprint.pdf", "Hollin Vale Parent Carer Forum", "2025-05"},
	} {
		im, err := importLetterS82(t, c.file)
		if err != nil {
			t.Errorf("%s: refused: %v", c.file, err)
			continue
		}
		if im.Source.Publisher != c.publisher || im.Source.Date.String() != c.date {
			t.Errorf("%s: publisher %q, date %s; want %q, %s", c.file, im.Source.Publisher, im.Source.Date, c.publisher, c.date)
		}
	}
}

// A newsletter's masthead band wrapped after the day, "News for the
// parents and the carers · Issue 9 · Summer Term 2026 · Friday 5" over
// "June 2026", dates the issue by that day: a weekday before the day at
// the end of a line joins it to the month and year under it. Before
// (hostile check 64), the issue was dated June 2026.
func TestNewsletterIssueLineWrappedAfterItsDayGivesTheDay(t *testing.T) {
	im, err := importLetterS82(t, "wrappedissuenewsletter.pdf")
	if err != nil {
		t.Fatal(err)
	}
	if got := im.Source.Date.String(); got != "2026-06-05" {
		t.Errorf("date %s, want 2026-06-05 (guessed %v)", got, im.Guessed)
	}
}
