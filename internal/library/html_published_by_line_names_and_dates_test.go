package library_test

import (
	"testing"

	"github.com/cypx/cypx/internal/library"
)

// A web page with no og:site_name whose footer says "Published by
// Brightstart Families, 12 January 2022." beside another body's
// "© Lowdale Community Health Trust 2021. Reproduced with permission."
// is published by the body its Published-by line names, on that line's
// day; a body named for the people it serves ("Families", "Carers",
// "Parents") is no person. Before (hostile check 67), the import was
// refused for want of a publisher, and with og:site_name the line's day
// was never read (the comma after the name ended the label).
func TestAPagesPublishedByLineNamesAndDatesIt(t *testing.T) {
	page := func(site, footer string) string {
		meta := ""
		if site != "" {
			meta = `<meta property="og:site_name" content="` + site + `">`
		}
		return `<!doctype html><html><head><title>Young carers news</title>` + meta + `</head><body><header><nav><a href="/">Home</a></nav></header>
<main><article><h1>Young carers news</h1>
<p>In 2024, 1,150 young carers in Lowdale were supported by the service, up from 980 in 2023.</p>
<p>Waiting times for a first assessment fell to six weeks in 2024.</p>
</article></main><footer>` + footer + `</footer></body></html>`
	}
	for _, c := range []struct{ name, html, publisher, date string }{
		{"brightstart.html", page("", `<p>© Lowdale Community Health Trust 2021. Reproduced with permission.</p><p>Published by Brightstart Families, 12 January 2022.</p>`), "Brightstart Families", "2022-01-12"},
		{"site.html", page("Brightstart Families", `<p>Photo © Lowdale Community Health Trust 2021.</p><p>Published by Brightstart Families, 12 January 2022.</p>`), "Brightstart Families", "2022-01-12"},
		{"carers.html", page("", `<p>Published by Medway Young Carers, 3 March 2024</p>`), "Medway Young Carers", "2024-03-03"},
		{"parents.html", page("", `<p>Published by Kent Parents, March 2025.</p>`), "Kent Parents", "2025-03"},
		{"council.html", page("", `<p>Published by Surrey County Council, on 4 July 2025.</p>`), "Surrey County Council", "2025-07-04"},
	} {
		im, err := library.Import(write(t, c.name, []byte(c.html)), library.Meta{Type: "news"})
		if err != nil {
			t.Errorf("%s: refused: %v", c.name, err)
			continue
		}
		if im.Source.Publisher != c.publisher || im.Source.Date.String() != c.date {
			t.Errorf("%s: publisher %q, date %s; want %q, %s", c.name, im.Source.Publisher, im.Source.Date, c.publisher, c.date)
		}
	}
}
