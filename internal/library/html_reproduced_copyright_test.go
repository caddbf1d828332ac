package library_test

import (
	"testing"

	"github.com/cypx/cypx/internal/library"
)

// A charity's news page whose footer holds another body's © line: the
// page's own "Published by" line, or the note that its content is
// reproduced from that body, leaves the site's name (og:site_name) its
// publisher. Before (hostile check 66), the trust the charity's FOI
// request went to was cited as the article's author. The near miss: a ©
// line of a body alone, with no such note or line, still names the body
// that runs a site named for no body.
func TestAFooterCopyrightOfReproducedContentNamesNoPublisher(t *testing.T) {
	page := func(site, footer string) string {
		return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Waiting times for speech therapy rise | ` + site + `</title>
<meta property="og:site_name" content="` + site + `"></head><body>
<header><a href="/">` + site + `</a></header>
<main><article><h1>Waiting times for speech therapy rise</h1><p class="date">Posted 3 March 2025</p>
<p>New figures obtained by the charity show that 1,870 children in Lowdale were waiting for speech and language therapy at the end of December 2024, up from 1,320 a year earlier.</p>
</article></main><footer>` + footer + `</footer></body></html>`
	}
	for _, c := range []struct{ name, html, publisher string }{
		{"published.html", page("Brightstart Families", `<p>© Lowdale Community Health Trust 2021. Page content reproduced with permission.</p><p>Brightstart Families is a registered charity (no. 1123456). Published by Brightstart Families, 12 January 2022.</p>`), "Brightstart Families"},
		{"publishedonly.html", page("Little Voices", `<p>© Medway Community Healthcare 2022.</p><p>Published by Little Voices, 4 May 2024.</p>`), "Little Voices"},
		{"reproduced.html", page("Brightstart Families", `<p>© Lowdale Community Health Trust 2021. Reproduced by kind permission of the trust.</p>`), "Brightstart Families"},
		{"supplied.html", page("Young Kent", `<p>Content supplied by NHS Kent and Medway Integrated Care Board. © NHS Kent and Medway Integrated Care Board 2023.</p>`), "Young Kent"},
	} {
		im, err := library.Import(write(t, c.name, []byte(c.html)), library.Meta{Type: "news"})
		if err != nil {
			t.Errorf("%s: refused: %v", c.name, err)
			continue
		}
		if im.Source.Publisher != c.publisher {
			t.Errorf("%s: publisher %q, want %q", c.name, im.Source.Publisher, c.publisher)
		}
	}
}
