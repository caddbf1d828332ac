package library_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/library"
)

// TestMembersSignupCalloutIsNotText checks a blog post (Ghost's template)
// whose callout card invites readers to join its members' portal: the
// callout is the site's offer, no text of the post, whatever it says of
// the site's own briefings; the post's paragraphs around it stay.
func TestMembersSignupCalloutIsNotText(t *testing.T) {
	page := `<!doctype html><html><head><title>Family hubs after the funding ends</title>
<meta property="og:site_name" content="The Brackley Trust"><meta property="article:published_time" content="2025-05-02T09:00:00Z"></head><body>
<main><article class="article post"><header class="article-header"><h1 class="article-title">Family hubs after the funding ends</h1></header>
<section class="gh-content gh-canvas">
<p>Seventy-two councils opened family hubs with the national programme's money, and about a third of them have said they cannot keep every hub open once it ends.</p>
<figure class="kg-card kg-callout-card"><div class="kg-callout-text">Subscribers read our local data packs three days early. <a href="#/portal/signup">Sign up today</a>.</div></figure>
<p>Where hubs have closed, health visitors have lost the rooms they used for baby clinics, and families travel further for their checks.</p>
</section></article></main></body></html>`
	im, err := library.Import(write(t, "hubs.html", []byte(page)), library.Meta{AssumeType: true})
	if err != nil {
		t.Fatal(err)
	}
	for _, not := range []string{"Subscribers read", "Sign up today"} {
		if strings.Contains(im.Body, not) {
			t.Errorf("the portal callout's %q kept in\n%s", not, im.Body)
		}
	}
	for _, want := range []string{"about a third of them", "health visitors have lost"} {
		if !strings.Contains(im.Body, want) {
			t.Errorf("%q lost from\n%s", want, im.Body)
		}
	}
}
