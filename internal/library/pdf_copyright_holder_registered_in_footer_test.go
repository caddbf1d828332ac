package library_test

import (
	"path/filepath"
	"testing"

	"github.com/cypx/cypx/internal/library"
)

// A patient champion's report closes with "© Family Voice Brackenmoor
// 2026." under its text: a name of three capitalised words, which reads
// like a person's, so the © line alone names no sure body. Its running
// header names the charity ("Family Voice Brackenmoor | Left Wondering")
// and every footer registers it ("Registered charity no. ..."): the holder
// is that registered body and publishes the report. Before (hostile check
// 64), the report was refused: "could not tell who published it".
func TestCopyrightHolderRegisteredInRunningFooterPublishes(t *testing.T) {
	needPoppler(t)
	im, err := library.Import(filepath.Join("testdata", "pdf", "championcopyright.pdf"), library.Meta{Type: "report"})
	if err != nil {
		t.Fatal(err)
	}
	if p := im.Source.Publisher; p != "Family Voice Brackenmoor" {
		t.Errorf("publisher %q, want Family Voice Brackenmoor", p)
	}
	if d := im.Source.Date.String(); d != "2026-03" {
		t.Errorf("date %q, want 2026-03", d)
	}
}
