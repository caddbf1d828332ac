package library_test

import (
	"path/filepath"
	"testing"

	"github.com/cypx/cypx/internal/library"
)

// agendaitemmasthead.fodt (made into testdata/pdf/agendaitemmasthead.pdf
// with `soffice --headless --convert-to pdf --outdir testdata/pdf
// testdata/pdf/agendaitemmasthead.fodt`) is a council's scrutiny scoping
// paper whose first line, "Agenda item 7", stands over its masthead
// "Oakvale Borough Council".

// A paper's agenda item line over its masthead is no word of the body's
// name. Before (the development set), the paper was published by
// "Agenda item 6 Hartsmoor Borough Council".
func TestAnAgendaItemLineOverTheMastheadIsNoPartOfItsName(t *testing.T) {
	im, err := library.Import(filepath.Join("testdata", "pdf", "agendaitemmasthead.pdf"), library.Meta{Type: "report"})
	if err != nil {
		t.Fatal(err)
	}
	if im.Source.Publisher != "Oakvale Borough Council" {
		t.Errorf("publisher %q, want Oakvale Borough Council", im.Source.Publisher)
	}
}
