package library_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/corpus"
	"github.com/cypx/cypx/internal/library"
)

// TestImportedTitleWithMarksLoadsAsImported: a title holding Markdown's
// marks or character references, from an e-mail's subject, a page's
// <title>, a PDF's document info, a text file's first line or --title, is
// kept as the source writes it and stored so that loading the file gives
// back exactly that title, with no problem: the import escapes each
// mark's character, the loader reads the escapes (evidence.MarksEscaped,
// one rule for both). Before, the title was stored as written and every
// load warned of it ("holds a character reference or Markdown marks");
// a fix that stored it as a page shows it lost the stars of a plain-text
// title. A title holding no mark is stored as written, no backslash
// added.
func TestImportedTitleWithMarksLoadsAsImported(t *testing.T) {
	needPoppler(t)
	const body = "In February 2026, 412 children waited more than 18 weeks for a first appointment with the community paediatric service.\n"
	mail := "From: Dunlin Trust <news@dunlin.example>\r\nTo: list@example.org\r\nSubject: Waits *urgent* update &amp; more\r\nDate: Tue, 3 Mar 2026 10:00:00 +0000\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" + body
	page := "<!doctype html><html><head><title>Scores &amp;lt; 5 and _draft_ notes</title></head><body><h1>Scores &amp;lt; 5 and _draft_ notes</h1><p>" + body + "</p></body></html>"
	pdf := makePDF([][]string{{"# _Draft_ plan for short breaks", "", strings.TrimSpace(body)}}, "_Draft_ plan for short breaks", "Dunlin Trust", "20260303")
	for _, tc := range []struct {
		name, file string
		data       []byte
		meta       library.Meta
		title      string
	}{
		{"e-mail", "m.eml", []byte(mail), library.Meta{Publisher: "Dunlin Trust", Type: "report"}, "Waits *urgent* update &amp; more"},
		{"HTML", "p.html", []byte(page), library.Meta{Publisher: "Dunlin Trust", Date: "2026", Type: "report"}, "Scores &lt; 5 and _draft_ notes"},
		{"PDF", "d.pdf", pdf, library.Meta{Publisher: "Dunlin Trust", Date: "2026", Type: "report"}, "_Draft_ plan for short breaks"},
		{"text", "t.txt", []byte("Waits *urgent*: the `list` review\n\n" + body), library.Meta{Publisher: "Dunlin Trust", Date: "2026", Type: "report"}, "Waits *urgent*: the `list` review"},
		{"--title", "g.txt", []byte(body), library.Meta{Title: `Given [t] <em>x</em> \_y\_ &#38; C:\data`, Publisher: "Dunlin *Trust*", Date: "2026", Type: "report"}, `Given [t] <em>x</em> \_y\_ &#38; C:\data`},
		{"no mark", "n.txt", []byte(body), library.Meta{Title: "Children & young people's snake_case waits", Publisher: "Dunlin Trust", Date: "2026", Type: "report"}, "Children & young people's snake_case waits"},
	} {
		im, err := library.Import(write(t, tc.file, tc.data), tc.meta)
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		if im.Source.Title != tc.title {
			t.Errorf("%s: imported the title %q, want %q as the source writes it", tc.name, im.Source.Title, tc.title)
			continue
		}
		data := mustFile(t, im)
		doc, problems := corpus.Parse("sources/x.md", data)
		if doc.Source.Title != tc.title || doc.Source.Publisher != im.Source.Publisher {
			t.Errorf("%s: loaded the title %q and publisher %q, imported %q and %q\n%s", tc.name, doc.Source.Title, doc.Source.Publisher, tc.title, im.Source.Publisher, data)
		}
		for _, p := range problems {
			t.Errorf("%s: loading the import says %q\n%s", tc.name, p.Message, data)
		}
		if tc.name == "no mark" && strings.Contains(string(data[:strings.Index(string(data), "\n---")]), `\`) {
			t.Errorf("a title of no mark was escaped:\n%s", data)
		}
	}
}
