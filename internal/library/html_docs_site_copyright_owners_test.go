package library_test

import (
	"testing"

	"github.com/cypx/cypx/internal/library"
)

// docsPageS82 is a documentation site's page (Starlight): og:site_name
// names the site's product, the footer inside <main> its owner.
func docsPageS82(site, holder string) string {
	return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<meta name="generator" content="Starlight v0.32.1">
<title>Speech and language indicators | ` + site + `</title>
<meta property="og:title" content="Speech and language indicators">
<meta property="og:site_name" content="` + site + `">
</head><body><div class="page"><main><div class="content">
<h1>Speech and language indicators</h1>
<p>In 2025/26, 3,120 children in Westby were waiting for a first speech and language therapy appointment, 14% more than a year before.</p>
<p>The partnership should publish the waits for each place every quarter from April 2026.</p>
<footer><p>Last updated: <time datetime="2026-03-02T09:00:00.000Z">2 March 2026</time></p>
<p class="footer">© 2026 ` + holder + ` · <a href="/privacy/">Privacy</a></p></footer>
</div></main></div></body></html>`
}

// TestDocsSiteIsPublishedByTheBodyItsCopyrightLineNames: a documentation
// site named for its product ("Westby Outcomes Framework", no body's word)
// whose footer, inside <main>, says "© 2026 NHS Westby Integrated Care
// Board" is the ICB's: the copyright holder owns the page. A company
// holding the copyright leaves the site's name the publisher. Before (set
// 82), the product's name was the publisher.
func TestDocsSiteIsPublishedByTheBodyItsCopyrightLineNames(t *testing.T) {
	for _, c := range []struct{ site, holder, want string }{
		{"Westby Outcomes Framework", "NHS Westby Integrated Care Board", "NHS Westby Integrated Care Board"},
		{"Westby Outcomes Framework", "Indicator Sites Ltd", "Westby Outcomes Framework"},
	} {
		im, err := library.Import(write(t, "docs.html", []byte(docsPageS82(c.site, c.holder))), library.Meta{AssumeType: true})
		if err != nil {
			t.Fatal(err)
		}
		if im.Source.Publisher != c.want {
			t.Errorf("site %q, © %q: publisher %q, want %q", c.site, c.holder, im.Source.Publisher, c.want)
		}
	}
}
