package library_test

import (
	"path/filepath"
	"testing"

	"github.com/cypx/cypx/internal/library"
)

// importReportF75a imports a report PDF from testdata/pdf.
func importReportF75a(t *testing.T, name string) (library.Imported, error) {
	t.Helper()
	needPoppler(t)
	return library.Import(filepath.Join("testdata", "pdf", name), library.Meta{Type: "report"})
}

// A report's "Published by" line under its inside cover's "About this
// report", or in its "Contact us" section before the appendices, is the
// report's own imprint, though a sentence of the text stands before it
// and another after it. Before (hostile check 65), both reports were
// refused: "could not tell who published it".
func TestPDFImprintInItsOwnSectionNamesThePublisher(t *testing.T) {
	for _, file := range []string{"aboutreportimprint.pdf", "contactusappendiximprint.pdf"} {
		im, err := importReportF75a(t, file)
		if err != nil {
			t.Errorf("%s: refused: %v", file, err)
			continue
		}
		if im.Source.Publisher != "Marlow Heath District Council" || im.Source.Date.String() != "2025-10-04" {
			t.Errorf("%s: publisher %q, date %s; want Marlow Heath District Council, 2025-10-04", file, im.Source.Publisher, im.Source.Date)
		}
	}
}

// The near miss: a "Contact us" box between two sections of the text
// (another body's hub, with that body's "Published by" line) stands
// neither at the report's head nor at its foot: it names no publisher
// and dates nothing.
func TestPDFContactSectionBetweenSectionsNamesNoPublisher(t *testing.T) {
	im, err := importReportF75a(t, "contactusbetweensectionsimprint.pdf")
	if err != nil {
		return // refused: asked for the publisher, as it should
	}
	if im.Source.Publisher == "Fernley County Council" || im.Source.Date.String() == "2021-06" {
		t.Errorf("publisher %q, date %s: the box's imprint taken for the report's", im.Source.Publisher, im.Source.Date)
	}
}
