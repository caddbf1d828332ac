package library_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/library"
)

// A card linking to another post, its title and excerpt inside the link
// and no "Read more" heading over the cards, summarises that post: its
// excerpt is no standfirst of this page, and was put before the article
// (a false statistic from one card's "Forty areas ..."). The page's own
// standfirst is kept. Every sentence is written for this test.
func TestCardExcerptsInsideLinksAreNoStandfirst(t *testing.T) {
	para := "<p>Families in the most deprived areas wait longer for a first speech and language therapy appointment than families anywhere else in the county.</p>"
	page := `<!DOCTYPE html><html><head><title>Speech therapy waits</title>
<meta property="og:site_name" content="The Example Trust"><meta property="article:published_time" content="2025-03-02T07:00:00Z"></head>
<body><main><article class="post"><header><h1>Speech therapy waits</h1><p class="post-standfirst">Where a child lives decides how long they wait to be heard, and that gap is growing.</p></header>
<section class="gh-content">` + strings.Repeat(para, 6) + `</section></article></main>
<aside class="more-posts"><div class="inner">
<article class="post-card"><a class="post-card-link" href="/hubs/"><h2 class="post-card-title">Family hubs at one</h2><div class="post-card-excerpt">Forty areas opened hubs last year. Which of them are still open today?</div></a></article>
<article class="post-card"><a class="post-card-link" href="/nurses/"><h2 class="post-card-title">The school nurse gap</h2><div class="post-card-excerpt">A single school nurse now covers several secondary schools in many areas.</div></a></article>
</div></aside></body></html>`
	im, err := library.Import(write(t, "post.html", []byte(page)), library.Meta{Type: "blog"})
	if err != nil {
		t.Fatal(err)
	}
	for _, g := range []string{"Forty areas", "single school nurse"} {
		if strings.Contains(im.Body, g) {
			t.Errorf("%q kept:\n%s", g, im.Body)
		}
	}
	if !strings.Contains(im.Body, "Where a child lives decides") || !strings.Contains(im.Body, "most deprived areas wait longer") {
		t.Errorf("the standfirst or the article is lost:\n%s", im.Body)
	}
}
