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
}

// TestUTF8WithStrayWindows1252BytesKeepsItsLetters: a text, a page or an
// e-mail mostly in UTF-8 with a few Windows-1252 bytes pasted in (curly
// quotes from Word into a UTF-8 file) keeps its UTF-8 letters, each stray
// byte read as Windows-1252, with a warning (round 25, red team). Before:
// the whole file was read as Windows-1252, so every UTF-8 letter became
// two or three ("the cafÃ© survey found â€“"), in every quote.
func TestUTF8WithStrayWindows1252BytesKeepsItsLetters(t *testing.T) {
	para := "In 2024, 45% of children – the café survey found – waited over 18 weeks, the \x93longest\x94 wait ever recorded."
	want := "In 2024, 45% of children – the café survey found – waited over 18 weeks, the “longest” wait ever recorded."
	rest := "Families told us the wait was the hardest part of the year for them and their children."
	files := map[string]string{
		"mixed.txt":   "Waits report\n\n" + para + "\n\n" + rest + "\n",
		"mixed.html":  "<html><head><meta charset=\"utf-8\"><title>Waits</title></head><body><article><h1>Waits</h1><p>" + para + "</p><p>" + rest + "</p></article></body></html>",
		"nometa.html": "<html><head><title>Waits</title></head><body><article><h1>Waits</h1><p>" + para + "</p><p>" + rest + "</p></article></body></html>",
		"mixed.eml": "From: Sam Lee <sam@example.org>\nTo: b@example.org\nSubject: Waits\nDate: Mon, 3 Jun 2024 09:00:00 +0100\n" +
			"Content-Type: text/plain; charset=utf-8\n\n" + para + "\n\n" + rest + "\n",
	}
	for name, content := range files {
		im, err := library.Import(write(t, name, []byte(content)), library.Meta{Title: "Waits", Publisher: "P", Date: "2024", Type: "statement"})
		if err != nil {
			t.Fatal(name, err)
		}
		if !strings.Contains(im.Body, want) || len(im.Warnings) == 0 {
			t.Errorf("%s: body %q, warnings %q", name, im.Body, im.Warnings)
		}
	}
}

// TestMixedMessageReadsEveryTextPart: an e-mail of multipart/mixed whose
// text comes in two inline parts (a short note, then the update; or text,
// an inline picture, more text, as Apple Mail and Outlook send it) is read
// whole, part after part, while multipart/alternative's plain and HTML
// versions of one text are still read once (round 25, red team). Before:
// only the first text part was read: the import was refused as "no
// evidence found" with the evidence in the second.
func TestMixedMessageReadsEveryTextPart(t *testing.T) {
	head := "From: Sam Lee <sam@example.org>\nTo: b@example.org\nSubject: Waits\nDate: Mon, 3 Jun 2024 09:00:00 +0100\nMIME-Version: 1.0\n"
	msg := head + "Content-Type: multipart/mixed; boundary=\"ZZ\"\n\n" +
		"--ZZ\nContent-Type: text/plain\n\nHi all, see the update below.\n" +
		"--ZZ\nContent-Type: image/png\nContent-Disposition: inline; filename=\"chart.png\"\nContent-Transfer-Encoding: base64\n\niVBORw0KGgo=\n" +
		"--ZZ\nContent-Type: text/plain\n\nIn 2024, 45% of children waited over 18 weeks for CAMHS, the longest wait on record.\n\n" +
		"NHS England should publish waiting times for every trust in the region.\n--ZZ--\n"
	im, err := library.Import(write(t, "mixed.eml", []byte(msg)), library.Meta{Publisher: "P", Type: "statement"})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(im.Body, "45% of children waited") || !strings.Contains(im.Body, "NHS England should publish") {
		t.Errorf("mixed: body %q", im.Body)
	}
	alt := head + "Content-Type: multipart/alternative; boundary=\"AA\"\n\n" +
		"--AA\nContent-Type: text/plain\n\nIn 2024, 45% of children waited over 18 weeks for CAMHS, the longest wait on record.\n" +
		"--AA\nContent-Type: text/html\n\n<p>In 2024, 45% of children waited over 18 weeks for CAMHS, the longest wait on record.</p>\n--AA--\n"
	im, err = library.Import(write(t, "alt.eml", []byte(alt)), library.Meta{Publisher: "P", Type: "statement"})
	if err != nil {
		t.Fatal(err)
	}
	if strings.Count(im.Body, "45% of children") != 1 {
		t.Errorf("alternative read twice: body %q", im.Body)
	}
}
