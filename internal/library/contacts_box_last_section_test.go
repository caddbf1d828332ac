package library_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/library"
)

// The fixtures of the PDF test were made with LibreOffice from the .fodt
// files beside them:
//
//	soffice --headless --convert-to pdf --outdir testdata/pdf testdata/pdf/usefulcontactslast.fodt testdata/pdf/whotocontactlast.fodt
//	soffice --headless --convert-to pdf --outdir testdata/pdf testdata/pdf/contactslastnofooter.fodt testdata/pdf/contactusownlast.fodt
//	soffice --headless --convert-to pdf --outdir testdata/pdf testdata/pdf/usefulcontactsentries.fodt
//
// Each is a school newsletter ("Kestrel Hill News", its masthead band
// dated Friday 13 February 2026) of two articles and a last section:
// "Useful contacts" holding "Leaflet published by Oakvale Council,
// January 2024", "Who to contact" holding a council's address and "©
// Oakvale Council 2024", each over the school's own address in the page
// footer; "Useful contacts" whose entries are headed by bold body-size
// names ("Oakvale Family Hub", "Oakvale Council") over the leaflet's
// line; "Contacts" holding the council's address and "Published by"
// line over a footer naming no body; and the near miss, the school's own
// "Contact us" with "Published by Kestrel Hill Academy, February 2026".

// A box of other bodies' contacts names and dates no document, though it
// is the newsletter's last section: the newsletter is the school's, the
// body its footer names, dated by its masthead band, or its publisher is
// asked for. Before (hostile check 65), the council the box listed
// published it, or the leaflet's January 2024 dated it. The near miss: a
// "Contact us" section of the newsletter's own publisher still names and
// dates it.
func TestPDFContactsBoxAsLastSectionNamesNoPublisher(t *testing.T) {
	for _, c := range []struct{ file, publisher, date string }{
		{"usefulcontactslast.pdf", "Kestrel Hill Academy", "2026-02-13"},
		{"whotocontactlast.pdf", "Kestrel Hill Academy", "2026-02-13"},
		{"contactslastnofooter.pdf", "", ""},
		{"usefulcontactsentries.pdf", "Kestrel Hill Academy", "2026-02-13"},
		{"contactusownlast.pdf", "Kestrel Hill Academy", "2026-02"},
	} {
		im, err := importLetterS82(t, c.file)
		if c.publisher == "" {
			if err == nil || !strings.Contains(err.Error(), "--publisher") {
				t.Errorf("%s: publisher %q, date %s, err %v; want a refusal asking for --publisher", c.file, im.Source.Publisher, im.Source.Date, err)
			}
			continue
		}
		if err != nil {
			t.Errorf("%s: refused: %v", c.file, err)
			continue
		}
		if im.Source.Publisher != c.publisher || im.Source.Date.String() != c.date {
			t.Errorf("%s: publisher %q, date %s; want %q, %s", c.file, im.Source.Publisher, im.Source.Date, c.publisher, c.date)
		}
	}
}

// The same rule in a plain text, a Markdown file and a web page: the
// imprint-like line of a "Useful contacts" or "Who to contact" box at the
// foot, under the box's own subheadings too, is the listed body's, and the newsletter's publisher is asked for;
// a "Contact us" section of its own publisher at the foot still names it.
func TestTextAndPageContactsBoxAsLastSectionNamesNoPublisher(t *testing.T) {
	article := "More than 300 pupils took part in sports day, and 85% of families came to watch."
	for _, c := range []struct{ name, text, publisher string }{
		{"box.md", "# Kestrel Hill News\n\n## Sports day\n\n" + article + "\n\n## Useful contacts\n\nOakvale Family Hub is open every weekday from 9am to 5pm.\n\nPublished by Oakvale Council, January 2024\n", ""},
		{"box.txt", "Kestrel Hill News\n\nSports day\n\n" + article + "\n\nWho to contact\n\nThe school nursing team can be reached on 01234 555666 during term time.\n\n© Oakvale Council 2024\n", ""},
		{"entries.md", "# Kestrel Hill News\n\n## Sports day\n\n" + article + "\n\n## Useful contacts\n\n### Oakvale Family Hub\n\nThe hub is open every weekday from 9am to 5pm.\n\n### Oakvale Council\n\nCivic Centre, Oakvale OK1 1AA. Call 01234 111222 for any questions.\n\n© Oakvale Council 2024\n", ""},
		{"own.md", "# Kestrel Hill News\n\n## Sports day\n\n" + article + "\n\n## Contact us\n\nCall the school office on 01234 777888 with any questions about this issue.\n\nPublished by Kestrel Hill Academy, February 2026\n", "Kestrel Hill Academy"},
		{"box.html", "<html><head><title>Kestrel Hill News</title></head><body><main><article><h1>Kestrel Hill News</h1><h2>Sports day</h2><p>" + article +
			"</p><h2>Useful contacts</h2><p>The Oakvale Family Hub is open every weekday from 9am to 5pm for all families.</p><p>Published by Oakvale Council, January 2024</p></article></main></body></html>", ""},
	} {
		im, err := library.Import(write(t, c.name, []byte(c.text)), library.Meta{Type: "news", Date: "2026-02"})
		switch {
		case c.publisher == "" && (err == nil || !strings.Contains(err.Error(), "--publisher")):
			t.Errorf("%s: publisher %q, err %v; want a refusal asking for --publisher", c.name, im.Source.Publisher, err)
		case c.publisher != "" && err != nil:
			t.Errorf("%s: refused: %v", c.name, err)
		case c.publisher != "" && im.Source.Publisher != c.publisher:
			t.Errorf("%s: publisher %q, want %q", c.name, im.Source.Publisher, c.publisher)
		}
	}
}
