package library_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/library"
)

// TestPageDeclaringUTF8InWindows1252IsReadAsIt: a page whose meta tag says
// utf-8 while its bytes are Windows-1252 (curly quotes and dashes saved by
// an old editor) is read as Windows-1252 with a warning, as an e-mail
// whose part lies about its charset is (round 25, red team). Before: each
// such byte became U+FFFD in the library's text, silently, so a quote
// copied from it held "�longest�".
func TestPageDeclaringUTF8InWindows1252IsReadAsIt(t *testing.T) {
	for _, meta := range []string{`<meta charset="utf-8">`, `<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">`} {
		page := "<html><head>" + meta + "<title>Waits</title></head><body><article><h1>Waits</h1>" +
			"<p>In 2024, 45% of children waited over 18 weeks, the \x93longest\x94 wait \x96 ever recorded in the region.</p>" +
			"<p>Families told us the wait was the hardest part of the year for them and their children.</p></article></body></html>"
		im, err := library.Import(write(t, "lie.html", []byte(page)), library.Meta{Publisher: "P", Date: "2024", Type: "news"})
		if err != nil {
			t.Fatal(err)
		}
		if strings.ContainsRune(im.Body, '\uFFFD') || !strings.Contains(im.Body, "the “longest” wait – ever") ||
			!slices.ContainsFunc(im.Warnings, func(w string) bool { return strings.Contains(w, "Windows-1252") }) {
			t.Errorf("%s: body %q, warnings %q", meta, im.Body, im.Warnings)
		}
	}
	// UTF-8 with one damaged byte stays UTF-8: its letters are not
	// Windows-1252's "â€œ".
	page := "<html><head><meta charset=\"utf-8\"><title>Waits</title></head><body><article><h1>Waits</h1>" +
		"<p>In 2024, 45% of children waited over 18 weeks, the “longest” wait \xff ever recorded in the region.</p>" +
		"<p>Families told us the wait was the hardest part of the year for them and their children.</p></article></body></html>"
	im, err := library.Import(write(t, "damaged.html", []byte(page)), library.Meta{Publisher: "P", Date: "2024", Type: "news"})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(im.Body, "the “longest” wait \uFFFD ever") || len(im.Warnings) == 0 {
		t.Errorf("damaged UTF-8: body %q, warnings %q", im.Body, im.Warnings)
	}
}
