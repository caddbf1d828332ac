package library_test

import (
	"testing"

	"github.com/cypx/cypx/internal/library"
)

// TestNewspaperMastheadIsNoPerson checks that a local paper's name, two
// capitalised words like a person's ("Hartfield Gazette", "Tollbridge
// Evening Post"), is taken as the publisher from its copyright line or
// its <title>, where no tag names the site.
func TestNewspaperMastheadIsNoPerson(t *testing.T) {
	const article = `<article><h1>Parents press council over closure of short breaks centre</h1>` +
		`<p>Some 140 families used the centre last year, up from 95 in 2022, the council said.</p></article>`
	cases := []struct{ name, title, footer, want string }{
		{"copyright line with its owner", "LIVE: Parents press council over closure of short breaks centre - Hartfield Gazette",
			`<footer><p>© 2025 Hartfield Gazette, part of Northern Print Holdings Ltd</p></footer>`, "Hartfield Gazette"},
		{"title's site name", "Parents press council over closure of short breaks centre | Tollbridge Evening Post",
			``, "Tollbridge Evening Post"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			page := `<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>` + c.title + `</title>` +
				`<meta property="article:published_time" content="2025-03-04T09:00:00Z"></head><body>` +
				`<header><a href="/" class="brand">News</a></header>` + article + c.footer + `</body></html>`
			im, err := library.Import(write(t, "page.html", []byte(page)), library.Meta{Type: "news"})
			if err != nil {
				t.Fatal(err)
			}
			if im.Source.Publisher != c.want {
				t.Errorf("publisher %q, want %q", im.Source.Publisher, c.want)
			}
			if im.Source.Title != "Parents press council over closure of short breaks centre" {
				t.Errorf("title %q", im.Source.Title)
			}
		})
	}
}
