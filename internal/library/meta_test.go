package library_test

import (
	"bytes"
	"fmt"
	"strings"
	"testing"
	"unicode/utf16"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/library"
)

// pdfWithAuthor is the two-page report with an author given as a UTF-16
// hex string, which can carry any character, control characters included.
func pdfWithAuthor(author string) []byte {
	var hex strings.Builder
	hex.WriteString("FEFF")
	for _, u := range utf16.Encode([]rune(author)) {
		fmt.Fprintf(&hex, "%04X", u)
	}
	// The placeholder has the hex string's length, so the offsets of the
	// cross-reference table stay right.
	placeholder := strings.Repeat("A", hex.Len())
	pdf := makePDF([][]string{{"In total 42% of services reported waiting lists longer than 18 weeks for a first appointment."}},
		"A review", placeholder, "20230514")
	return bytes.Replace(pdf, []byte("("+placeholder+")"), []byte("<"+hex.String()+">"), 1)
}

// TestCleanedMetadataIsQuotedCut: a 4 MB title given with a line break
// (a flag, or what a page or PDF says) was quoted whole in the warning that
// it was cleaned, and so was a 4 MB publisher holding a placeholder: megabytes on
// standard error and in the explorer's import form. A warning quotes the
// first 80 bytes and the length.
func TestCleanedMetadataIsQuotedCut(t *testing.T) {
	big := strings.Repeat("Waiting ", 500_000)
	text := "Waiting times\n\nIn total 42% of services reported waiting lists longer than 18 weeks for a first appointment.\n"
	im, err := library.Import(write(t, "w.txt", []byte(text)), library.Meta{Title: big + "\nX", Publisher: "\ufffc " + big, Date: "2024", Type: "report"})
	if err != nil {
		t.Fatal(err)
	}
	if len(im.Warnings) == 0 {
		t.Fatal("no warning")
	}
	for _, w := range im.Warnings {
		if len(w) > 400 || !strings.Contains(w, " bytes)") {
			t.Errorf("a warning of %d bytes: %.200s", len(w), w)
		}
	}
}

// TestImportCleansMetadataWithAWarning: a PDF author (the publisher) and
// front matter with control characters or line breaks are cleaned, and
// the import says so.
func TestImportCleansMetadataWithAWarning(t *testing.T) {
	needPoppler(t)
	// (pdfinfo would end the field at a line break.)
	im, err := library.Import(write(t, "evil.pdf", pdfWithAuthor("Evil Trust\x1b]52;c;aGk=\x07 Corp\u202e")), library.Meta{Type: "report"})
	if err != nil {
		t.Fatal(err)
	}
	if im.Source.Publisher != "Evil Trust Corp" || len(im.Warnings) == 0 || !strings.Contains(strings.Join(im.Warnings, " "), "publisher") {
		t.Errorf("publisher %q, warnings %q", im.Source.Publisher, im.Warnings)
	}
	md := "---\ntitle: \"Title\\nsecond line\"\npublisher: \"P\\u200b\\u202eQ\"\ndate: 2024\ntype: report\n---\nIn total 42% of services reported waiting lists longer than 18 weeks for a first appointment.\n"
	im, err = library.Import(write(t, "evil.md", []byte(md)), library.Meta{})
	if err != nil {
		t.Fatal(err)
	}
	if im.Source.Title != "Title second line" || im.Source.Publisher != "PQ" || len(im.Warnings) != 2 {
		t.Errorf("front matter: %+v, warnings %q", im.Source, im.Warnings)
	}
	for _, w := range im.Warnings {
		if evidence.HasUnsafe(evidence.Printable(w)) && strings.ContainsAny(evidence.Printable(w), "\x1b\u202e") {
			t.Errorf("warning holds raw controls: %q", w)
		}
	}
	data, _ := im.File()
	if evidence.HasUnsafe(strings.ReplaceAll(string(data), "\n", " ")) {
		t.Errorf("the file to save holds control characters:\n%q", data)
	}
}

// TestImportDropsAuthorsWithNoLetters: U+FFFC (an object replacement
// character, left where an image or a field code was) and U+FFFD in a
// PDF's author field or a file's author name no one: they are removed
// with a warning, an author of nothing else is no author, and the source
// is cited by its publisher (U+FFFC was cited as the surname).
func TestImportDropsAuthorsWithNoLetters(t *testing.T) {
	needPoppler(t)
	// A PDF's author that looks like an organisation is the publisher.
	im, err := library.Import(write(t, "odd.pdf", pdfWithAuthor("Royal College \ufffc")), library.Meta{Type: "report"})
	if err != nil {
		t.Fatal(err)
	}
	if im.Source.Publisher != "Royal College" || !strings.Contains(strings.Join(im.Warnings, " "), "publisher: placeholder characters") {
		t.Errorf("PDF author: publisher %+q, warnings %q", im.Source.Publisher, im.Warnings)
	}
	for author, want := range map[string]string{"\ufffc": "", "\\ufffc \\ufffd": "", "\u2605 \u2014": "", "Beth Gault \\ufffc": "Beth Gault", "\\ufffc and Sam Lee": "Sam Lee"} {
		md := "---\ntitle: A review\npublisher: NHS Providers\nauthor: \"" + author + "\"\ndate: 2024\ntype: report\n---\nIn total 42% of services reported waiting lists longer than 18 weeks for a first appointment.\n"
		im, err := library.Import(write(t, "odd.md", []byte(md)), library.Meta{})
		if err != nil {
			t.Fatal(err)
		}
		if im.Source.Author != want || len(im.Warnings) == 0 {
			t.Errorf("author %+q: imported as %+q (want %+q), warnings %q", author, im.Source.Author, want, im.Warnings)
		}
		who := evidence.AuthorLabel(im.Source)
		if strings.ContainsAny(who, "\ufffc\ufffd\u2605") || want == "" && who != "NHS Providers" {
			t.Errorf("author %+q: cited as %+q", author, who)
		}
	}
}

// TestAFlagOfNothingVisibleIsNamed: --publisher (or --title) given, but of
// bytes that are not UTF-8 or of invisible characters alone, is cleaned to
// nothing. The import then said "could not tell who published it from the
// file: pass --publisher", to someone who had passed it: the flag is named
// with what was wrong.
func TestAFlagOfNothingVisibleIsNamed(t *testing.T) {
	path := write(t, "notes.txt", []byte("Waits for help\n\nIn 2024, 41% of children referred for help waited more than 18 weeks for a first appointment in England.\n"))
	for _, m := range []library.Meta{
		{Publisher: "\xff\xfe", Date: "2024", Type: "report"},
		{Publisher: "\u200b\u202e", Date: "2024", Type: "report"},
		{Title: "\x1b[2J", Publisher: "P", Date: "2024", Type: "report"},
	} {
		_, err := library.Import(path, m)
		flag := "--publisher"
		if m.Title != "" {
			flag = "--title"
		}
		if err == nil || !strings.Contains(err.Error(), flag+":") || strings.Contains(err.Error(), "could not tell") {
			t.Errorf("%+v: %v, want the flag %s named", m, err, flag)
		}
	}
}

// TestALongWordMakesAnIDWithinTheLimit: the id made from a title of one
// 300-letter word (a name run together) was over the 200-byte limit, and
// the import refused with "pass --id"; it is cut to the limit.
func TestALongWordMakesAnIDWithinTheLimit(t *testing.T) {
	text := "Waiting times\n\nIn total 42% of services reported waiting lists longer than 18 weeks for a first appointment.\n"
	im, err := library.Import(write(t, "w.txt", []byte(text)), library.Meta{Title: strings.Repeat("Waiting", 43), Publisher: "Care Quality Commission", Date: "2024", Type: "report"})
	if err != nil {
		t.Fatal(err)
	}
	if id := im.Source.ID; len(id) != evidence.MaxIDBytes || !strings.HasPrefix(id, "cqc-2024-waitingwaiting") || evidence.CheckSourceID(id) != nil {
		t.Errorf("id %q (%d bytes)", id, len(id))
	}
}
