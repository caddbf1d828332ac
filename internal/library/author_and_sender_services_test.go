package library_test

import (
	"path/filepath"
	"testing"

	"github.com/cypx/cypx/internal/library"
)

// authorservicecouncil.fodt (made into testdata/pdf/authorservicecouncil.pdf
// with `soffice --headless --convert-to pdf --outdir testdata/pdf
// testdata/pdf/authorservicecouncil.fodt`) is a council's task and finish
// group report whose only publisher clue is its Author field, "Wexdale
// County Council Democratic Services".

// A PDF's Author naming a council's service is the council, as a running
// footer's is (councilOf). Before (the development set), the report was
// published by "Harrowfield Council Democratic Services".
func TestAPDFAuthorNamingACouncilsServiceIsTheCouncil(t *testing.T) {
	im, err := library.Import(filepath.Join("testdata", "pdf", "authorservicecouncil.pdf"), library.Meta{Type: "report"})
	if err != nil {
		t.Fatal(err)
	}
	if im.Source.Publisher != "Wexdale County Council" {
		t.Errorf("publisher %q, want Wexdale County Council", im.Source.Publisher)
	}
}
