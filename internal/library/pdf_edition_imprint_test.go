package library_test

import (
	"strings"
	"testing"
)

// The fixtures were made with LibreOffice from the .fodt files beside
// them:
//
//	soffice --headless --convert-to pdf --outdir testdata/pdf testdata/pdf/editionimprint.fodt testdata/pdf/secondeditionimprint.fodt
//
// Each is a safeguarding partnership's annual report whose title page
// gives no date and whose inside cover reads "First published by
// Thornbury Safeguarding Children Partnership in 2019. This edition
// published 18 September 2024." (wrapped over two lines), or "First
// published June 2020. Second edition published 3 March 2025.", over a ©
// line and where copies are available.

// An inside cover's note of the edition in hand dates the report; the
// first edition's date is an earlier document's, and the note is no
// evidence. Before (hostile check 66), the report was refused for want
// of a date (or dated by the first edition's month), and the note was an
// excerpt.
func TestThisEditionPublishedDatesTheReport(t *testing.T) {
	for _, c := range []struct{ file, date string }{
		{"editionimprint.pdf", "2024-09-18"},
		{"secondeditionimprint.pdf", "2025-03-03"},
	} {
		im, err := importLetterS82(t, c.file)
		if err != nil {
			t.Errorf("%s: refused: %v", c.file, err)
			continue
		}
		if im.Source.Date.String() != c.date {
			t.Errorf("%s: date %s, want %s", c.file, im.Source.Date, c.date)
		}
		if strings.Contains(im.Body, "edition published") {
			t.Errorf("%s: the imprint kept in the body:\n%s", c.file, im.Body)
		}
	}
}
