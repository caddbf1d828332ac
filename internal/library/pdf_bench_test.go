package library_test

import (
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/cypx/cypx/internal/library"
)

// BenchmarkImportPDF imports a 54-page PDF: the LibreOffice report fixture
// nine times over, joined with poppler's pdfunite.
func BenchmarkImportPDF(b *testing.B) {
	if _, err := exec.LookPath("pdfunite"); err != nil {
		b.Skip("poppler-utils (pdfunite) is not installed")
	}
	long := filepath.Join(b.TempDir(), "long.pdf")
	args := []string{}
	for range 9 {
		args = append(args, filepath.Join("testdata", "pdf", "report.pdf"))
	}
	if out, err := exec.Command("pdfunite", append(args, long)...).CombinedOutput(); err != nil {
		b.Fatalf("pdfunite: %v: %s", err, out)
	}
	meta := library.Meta{Title: "T", Publisher: "P", Date: "2024", Type: "report"}
	b.ResetTimer()
	for b.Loop() {
		im, err := library.Import(long, meta)
		if err != nil {
			b.Fatal(err)
		}
		if im.Pages != 54 {
			b.Fatalf("%d pages", im.Pages)
		}
	}
}
