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

// A footer's credit of a picture or a map ("Photo © Lowdale Community
// Health Trust 2021.", "Images: © X", "Cover photograph (c) X"), the Open
// Government Licence's note that the page contains another body's
// information ("Contains public sector information licensed under the
// Open Government Licence v3.0. © NHS England 2023."), and content
// "reproduced with the trust's permission" name no publisher of the page:
// the site's name (og:site_name) or its own © line does. Before (hostile
// check 67), the trust or NHS England published the charity's article.
func TestAFooterCreditOfAPictureOrLicensedContentNamesNoPublisher(t *testing.T) {
	page := func(site, footer string) string {
		return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Young carers news</title>
<meta property="og:site_name" content="` + site + `"></head><body>
<header><a href="/">Home</a></header>
<main><article><h1>Young carers news</h1><p class="date">Posted 12 January 2022</p>
<p>In 2024, 1,150 young carers in Lowdale were supported by the service, up from 980 in 2023.</p>
</article></main><footer>` + footer + `</footer></body></html>`
	}
	for _, c := range []struct{ name, html, publisher string }{
		{"photo.html", page("Brightstart Families", `<p>Photo © Lowdale Community Health Trust 2021.</p><p>Published by Brightstart Families, 12 January 2022.</p>`), "Brightstart Families"},
		{"images.html", page("Brightstart Families", `<p>Images © Lowdale Community Health Trust 2021.</p><p>© Brightstart Families 2022</p>`), "Brightstart Families"},
		{"imagesone.html", page("Little Voices", `<p>Images: © Medway Community Healthcare 2020. © Kent Young Carers Trust 2022.</p>`), "Kent Young Carers Trust"},
		{"cover.html", page("Little Voices", `<p>Cover photograph (c) Kent County Council 2020.</p>`), "Little Voices"},
		{"ogl.html", page("Brightstart Families", `<p>Contains public sector information licensed under the Open Government Licence v3.0. © NHS England 2023.</p>`), "Brightstart Families"},
		{"content.html", page("Brightstart Families", `<p>Content © Lowdale Community Health Trust 2021, reproduced with the trust's permission.</p><p>Brightstart Families, 12 January 2022</p>`), "Brightstart Families"},
	} {
		im, err := library.Import(write(t, c.name, []byte(c.html)), library.Meta{Type: "news"})
		if err != nil {
			t.Errorf("%s: refused: %v", c.name, err)
			continue
		}
		if im.Source.Publisher != c.publisher {
			t.Errorf("%s: publisher %q (%v), want %q", c.name, im.Source.Publisher, im.Guessed, c.publisher)
		}
	}
}
