package library_test

import (
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/library"
)

// The fixtures were made with LibreOffice from the .fodt files beside
// them:
//
//	soffice --headless --convert-to pdf --outdir testdata/pdf testdata/pdf/otherorgshelplast.fodt testdata/pdf/localsupportserviceslast.fodt testdata/pdf/partnerorgslast.fodt
//	soffice --headless --convert-to pdf --outdir testdata/pdf testdata/pdf/partnercontactsbox.fodt testdata/pdf/sourcesofsupportbox.fodt
//	soffice --headless --convert-to pdf --outdir testdata/pdf testdata/pdf/partnerboxundated.fodt testdata/pdf/helpboxundated.fodt testdata/pdf/nationalsupportboxundated.fodt
//
// The first three are usefulcontactslast.fodt (a school newsletter dated
// Friday 13 February 2026 by its masthead band, its footer the school's
// address) with the last box headed "Other organisations that can help",
// "Local support services" and "Partner organisations"; the box holds
// "Leaflet published by Oakvale Council, January 2024".
// partnercontactsbox.fodt is a Director of Public Health's report
// ("Harrowfield Borough Council · September 2025" under its title, a
// running footer naming the children's partnership) whose last section,
// "Contact details for partner organisations", lists a trust's address and
// "Published by Harrowfield Community Health Trust, March 2023" and "©
// Kooth plc 2022", before a back page "© Harrowfield Borough Council 2025.
// Published by the Public Health Team, ...". sourcesofsupportbox.fodt is
// the same for Medway Council under "Sources of support", with a helpline
// number and "© YoungMinds 2021".

// A box of other bodies' contacts, whatever its heading calls them,
// names and dates no document, and its entries are no items: the
// document is its own imprint's. Before (hostile check 66), only boxes
// under a few headings ("Useful contacts") were read so: the leaflet's
// January 2024 dated the newsletter, Kooth plc published the council's
// report, and the box's "Published by" line was an excerpt.
func TestABoxOfOtherBodiesContactsNamesNoPublisherWhateverItsHeading(t *testing.T) {
	for _, c := range []struct{ file, publisher, date, box string }{
		{"otherorgshelplast.pdf", "Kestrel Hill Academy", "2026-02-13", "Oakvale Council"},
		{"localsupportserviceslast.pdf", "Kestrel Hill Academy", "2026-02-13", "Oakvale Council"},
		{"partnerorgslast.pdf", "Kestrel Hill Academy", "2026-02-13", "Oakvale Council"},
		{"partnercontactsbox.pdf", "Harrowfield Borough Council", "2025-09", "Kooth"},
		{"sourcesofsupportbox.pdf", "Medway Council", "2025-10", "YoungMinds"},
	} {
		im, err := importLetterS82(t, c.file)
		if err != nil {
			t.Errorf("%s: refused: %v", c.file, err)
			continue
		}
		if im.Source.Publisher != c.publisher || im.Source.Date.String() != c.date {
			t.Errorf("%s: publisher %q, date %s; want %q, %s", c.file, im.Source.Publisher, im.Source.Date, c.publisher, c.date)
		}
		if strings.Contains(im.Body, c.box) || strings.Contains(im.Body, "ublished by") {
			t.Errorf("%s: the box's entries kept in the body:\n%s", c.file, im.Body)
		}
		if !strings.Contains(im.Body, "61% of pupils") && !strings.Contains(im.Body, "1,240 referrals to CAMHS") {
			t.Errorf("%s: the text lost:\n%s", c.file, im.Body)
		}
	}
}

// partnerboxundated.fodt, helpboxundated.fodt and
// nationalsupportboxundated.fodt (made into PDFs as above) are a council's
// report on children in Wexmoor whose title page gives no date: a box
// headed "Partner organisations", "Other organisations that can help"
// (its entries reversed) or "Local and national support" lists a trust's
// address with "Published by Wexmoor Community Health NHS Trust, March
// 2023.", "© Kooth plc 2022" and "Leaflet published by YoungMinds,
// January 2024."; the back page reads "© Wexmoor Borough Council 2025.
// Published by the Public Health Team, ...".

// A box's partner line dates the work it points to, never the document,
// whatever the box's heading and wherever it stands on the title page: a
// document whose own lines give no date is asked for one. Before (hostile
// check 67), the title page "dated" the report March 2023 or January 2024
// (the partner's or the leaflet's), and every citation read "(Wexmoor
// Borough Council, 2023)".
func TestABoxsPartnerLineNeverDatesTheDocument(t *testing.T) {
	for _, file := range []string{"partnerboxundated.pdf", "helpboxundated.pdf", "nationalsupportboxundated.pdf"} {
		im, err := importLetterS82(t, file)
		if err == nil {
			// The fixture's own creation date is the one a file gives
			// once the day it was made is past (a file made on the day it
			// is imported gives none); the box's lines never.
			if !slices.Contains(im.Guessed, "date (the PDF's creation date)") {
				t.Errorf("%s: dated %s (%v), want the import to ask for the date", file, im.Source.Date, im.Guessed)
			}
		} else if !strings.Contains(err.Error(), "could not tell the date") {
			t.Errorf("%s: %v, want it to ask for the date", file, err)
		}
		im, err = library.Import(filepath.Join("testdata", "pdf", file), library.Meta{Type: "report", Date: "2025-10"})
		if err != nil {
			t.Errorf("%s with --date: %v", file, err)
			continue
		}
		if im.Source.Publisher != "Wexmoor Borough Council" {
			t.Errorf("%s: publisher %q, want Wexmoor Borough Council", file, im.Source.Publisher)
		}
	}
}
