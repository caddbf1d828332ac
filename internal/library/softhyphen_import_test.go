package library_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/library"
)

// TestImportLeavesSoftHyphensOut: a soft hyphen in an imported web page
// or text file is a hint where a word may break, not a character of the
// text, so the stored source reads "language"; a corpus file written by
// hand keeps what it holds. Before, a page's "lan&shy;guage" was stored
// with U+00AD and shown as "lan\u00adguage" in every pack (hostile check 48).
func TestImportLeavesSoftHyphensOut(t *testing.T) {
	const sentence = "In Westmere 57% of children waited more than a year for speech and language therapy from the community team in 2024."
	for _, c := range []struct{ name, data string }{
		{"page.html", "<html><head><title>Waits - Westmere Council</title></head><body><article><h1>Waits</h1><p>" +
			strings.Replace(sentence, "language", "lan&shy;guage", 1) + "</p></article></body></html>"},
		{"notes.txt", "Waits\n\n" + strings.Replace(sentence, "language", "lan\u00adguage", 1) + "\n"},
	} {
		im, err := library.Import(write(t, c.name, []byte(c.data)), library.Meta{Type: "web-page", Publisher: "Westmere Council", Date: "2025-04-01"})
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if strings.Contains(im.Body, "\u00ad") || !strings.Contains(im.Body, "speech and language therapy") {
			t.Errorf("%s: body keeps the soft hyphen or lost the word:\n%s", c.name, im.Body)
		}
	}
	md := "---\ntitle: Waits\npublisher: Westmere Council\ndate: 2025-04-01\ntype: web-page\n---\n\n" + strings.Replace(sentence, "language", "lan\u00adguage", 1) + "\n"
	im, err := library.Import(write(t, "waits.md", []byte(md)), library.Meta{})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(im.Body, "lan\u00adguage") {
		t.Errorf("a corpus file's soft hyphen was rewritten:\n%s", im.Body)
	}
}
