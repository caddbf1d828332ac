package library_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/library"
)

// TestPDFPopplerCannotReadSaysSo: a file that opens as a PDF (its %PDF
// header) but that poppler cannot read (cut short, overwritten) is refused
// in cypx's words, naming the file: it is damaged or no PDF. poppler runs
// quiet (-q), so it says nothing of why. Before: "bad.pdf: pdftohtml could
// not read it: exit status 1", the Go runtime's words for the tool's exit.
func TestPDFPopplerCannotReadSaysSo(t *testing.T) {
	needPoppler(t)
	for _, data := range []string{"%PDF-1.4\ngarbage garbage\n%%EOF\n", "%PDF-1.7\n" + strings.Repeat("\x00\x9f\x13garbage", 200)} {
		path := write(t, "bad.pdf", []byte(data))
		_, err := library.Import(path, library.Meta{Title: "T", Publisher: "P", Date: "2024", Type: "report"})
		if err == nil {
			t.Fatalf("%q imported", data[:10])
		}
		msg := err.Error()
		if !strings.Contains(msg, path) || strings.Contains(msg, "exit status") || !strings.Contains(msg, "damaged") {
			t.Errorf("%q: %q, want the file named as damaged, in cypx's words", data[:10], msg)
		}
	}
}
