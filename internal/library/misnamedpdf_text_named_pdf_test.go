package library

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestTextNamedPDFIsReadAsWhatItIs: an e-mail, a web page or plain text
// saved with a .pdf name is read as what its content is, with a warning
// that its name says PDF; a file named .pdf holding binary data that is no
// PDF is still refused (hostile check 52). Before, each text was refused
// "not a PDF (it has no %PDF header), nor text".
func TestTextNamedPDFIsReadAsWhatItIs(t *testing.T) {
	dir := t.TempDir()
	mail := "From: Jo <jo@westby-council.gov.uk>\nSubject: Waits\nDate: Tue, 4 Jun 2024 10:00:00 +0100\nContent-Type: text/plain; charset=utf-8\n\n" +
		"In 2024, 52% of children waited more than 18 weeks for a first appointment with the service.\n"
	page := "<!doctype html><html><head><title>Waits</title></head><body><p>In 2024, 52% of children waited more than 18 weeks for a first appointment with the service.</p></body></html>\n"
	text := "Waits\n\nIn 2024, 52% of children waited more than 18 weeks for a first appointment with the service.\n"
	for _, c := range []struct{ name, data, format, read string }{
		{"mail.pdf", mail, "email", "an e-mail"},
		{"page.pdf", page, "html", "a web page"},
		{"note.pdf", text, "text", "plain text"},
	} {
		path := filepath.Join(dir, c.name)
		if err := os.WriteFile(path, []byte(c.data), 0o644); err != nil {
			t.Fatal(err)
		}
		im, err := Import(path, Meta{Publisher: "Westby Council", Date: "2024-06-04", Type: "statement"})
		if err != nil {
			t.Errorf("%s: %v", c.name, err)
			continue
		}
		if im.Format != c.format {
			t.Errorf("%s: read as %q, want %q", c.name, im.Format, c.format)
		}
		if !strings.Contains(im.Body, "52% of children waited") {
			t.Errorf("%s: body %q", c.name, im.Body)
		}
		warned := false
		for _, w := range im.Warnings {
			warned = warned || strings.Contains(w, "its name says PDF") && strings.Contains(w, c.read)
		}
		if !warned {
			t.Errorf("%s: warnings %q say nothing of its name", c.name, im.Warnings)
		}
	}
	bin := filepath.Join(dir, "bin.pdf")
	if err := os.WriteFile(bin, []byte("\x00\x01\x02binary\x00"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := Import(bin, Meta{Publisher: "Westby Council", Date: "2024-06-04", Type: "statement"}); err == nil || !strings.Contains(err.Error(), "not a PDF") {
		t.Errorf("binary named .pdf: %v, want refused as not a PDF", err)
	}
}
