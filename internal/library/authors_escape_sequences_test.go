package library_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/library"
)

// h49Page is a page whose head holds the given tags.
func h49Page(head string) []byte {
	return []byte(`<html><head><title>Waits for community paediatrics</title><meta property="og:site_name" content="Northfield Institute">` + head +
		`</head><body><article><h2>Waits</h2><p>Around 40% of children waited more than 18 weeks for a first appointment with community paediatrics in 2024.</p></article></body></html>`)
}

// TestAuthorEscapeSequenceGoesWholeEverywhere: an escape sequence in an
// author (an OSC 8 link, an OSC 52 clipboard write, a colour) goes whole
// before the names are read, wherever the author comes from — a meta
// tag, citation_author tags, a schema.org author, a front matter — and
// the cleaning is warned of as any cleaned field's.
// Before, the author field's reader parted the sequence at its
// semicolons, dropped its words with no letters and stored the rest:
// "Jane Smith; http://e.xBob8", "c; cm0gLXJmIH4=Bob Lee" (hostile check 49).
func TestAuthorEscapeSequenceGoesWholeEverywhere(t *testing.T) {
	const link, clip = "\x1b]8;;http://e.x\x07", "\x1b]52;c;cm0gLXJmIH4=\x07"
	md := func(author string) []byte {
		return []byte("---\ntitle: A review\npublisher: NHS Providers\nauthor: \"" + author + "\"\ndate: 2024\ntype: report\n---\nIn total 42% of services reported waiting lists longer than 18 weeks for a first appointment.\n")
	}
	for _, c := range []struct {
		name, file string
		data       []byte
		author     string
	}{
		{"author tag, a link", "page.html", h49Page(`<meta name="author" content="Jane Smith ` + link + `Bob` + "\x1b]8;;\x07" + `">`), "Jane Smith Bob"},
		{"author tag, a clipboard write", "page.html", h49Page(`<meta name="author" content="` + clip + `Bob Lee">`), "Bob Lee"},
		{"citation_author", "page.html", h49Page(`<meta name="citation_author" content="` + clip + `Bob Lee">`), "Bob Lee"},
		{"citation_author tags", "page.html", h49Page(`<meta name="citation_author" content="` + clip + `Lee, Bob"><meta name="citation_author" content="Hale, Isobel">`), "Bob Lee; Isobel Hale"},
		{"schema.org", "page.html", h49Page(`<script type="application/ld+json">{"@type":"Article","author":{"@type":"Person","name":"\u001b]52;c;cm0gLXJmIH4=\u0007Bob Lee"}}</script>`), "Bob Lee"},
		{"front matter", "notes.md", md(`\e]52;c;cm0gLXJmIH4=\aBob Lee`), "Bob Lee"},
		{"front matter, a colour", "notes.md", md(`Jane Smith and \e[31mBob Lee\e[0m`), "Jane Smith and Bob Lee"},
	} {
		im, err := library.Import(write(t, c.file, c.data), library.Meta{Type: "report", Date: "2024"})
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		w := strings.Join(im.Warnings, "\n")
		if im.Source.Author != c.author || !strings.Contains(w, "author: ") || !strings.Contains(w, "control character") {
			t.Errorf("%s: author %+q (want %+q), warnings:\n%s", c.name, im.Source.Author, c.author, w)
		}
		if strings.Contains(w, "no letters") {
			t.Errorf("%s: the sequence's words were read as names:\n%s", c.name, w)
		}
	}
}
