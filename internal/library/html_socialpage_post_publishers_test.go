package library_test

import (
	"testing"

	"github.com/cypx/cypx/internal/library"
)

// TestSocialPagePostPublisher checks a post saved from a social network's
// page, whose <title> sets the post's opening words and the page's name
// before the network's ("... - Eastvale Family Hubs | Facebook") and whose
// og:title names the page: the page published it, not the network. A
// person's profile post names no publisher.
func TestSocialPagePostPublisher(t *testing.T) {
	page := func(name, handle string) string {
		return `<html><head><title>Free vision checks this week... - ` + name + ` | Facebook</title>
<meta property="og:title" content="` + name + `">
<meta property="og:url" content="https://www.facebook.com/` + handle + `/posts/pfbid0abc"></head><body>
<div role="article"><p>Free vision checks this week for children in Year 1 at all four of our hubs, no appointment needed.</p>
<p>Last year 312 children had a sight problem picked up at a hub check before they started school.</p></div>
</body></html>`
	}
	im, err := library.Import(write(t, "post.html", []byte(page("Eastvale Council Family Hubs", "EastvaleCouncilFamilyHubs"))), library.Meta{Type: "web-page", Date: "2026-03-01"})
	if err != nil {
		t.Fatal(err)
	}
	if im.Source.Publisher != "Eastvale Council Family Hubs" {
		t.Errorf("publisher %q, want Eastvale Council Family Hubs", im.Source.Publisher)
	}
	if im, err := library.Import(write(t, "person.html", []byte(page("Jane Okafor", "jane.okafor"))), library.Meta{Type: "web-page", Date: "2026-03-01"}); err == nil && im.Source.Publisher == "Jane Okafor" {
		t.Errorf("a person's post published by %q", im.Source.Publisher)
	}
}
