package library_test

import (
	"testing"
)

// A newsletter PDF's own imprint stands at its head or its foot, as a
// plain text's does: a "Published by Lindford City Council, March 2023"
// line in a "Where to get help" list between two articles, or an
// article's "Source: National Literacy Trust, Published 14 November
// 2025", is another work's. The issue is the school's, dated by its
// masthead band. Before (hostile check 64), the council published the
// newsletter and dated it March 2023. The near miss: a "Published by"
// line after the last article still names the publisher.
func TestNewsletterPDFBodyImprintLinesAreAnotherWorks(t *testing.T) {
	for _, c := range []struct{ file, publisher, date string }{
		{"bodyimprintnewsletter.pdf", "Rowan Park School", "2026-06-05"},
		{"footimprintnewsletter.pdf", "Rowan Park School Trust", "2026-06-05"},
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
