package library_test

import (
	"strings"
	"testing"
)

// TestHeadingClassedBesideNavbarIsKept: a documentation site's heading
// classed for what it is set beside ("anchor anchorWithStickyNavbar_x1",
// offset under a sticky navbar), with a link to itself holding only a
// zero-width space, is kept as a heading, its text without the link.
// Before: "Navbar" in its class made it navigation and it was dropped.
// An element that is a navbar is still dropped.
func TestHeadingClassedBesideNavbarIsKept(t *testing.T) {
	h := func(id, text string) string {
		return "<h2 class=\"anchor anchorWithStickyNavbar_x1\" id=\"" + id + "\">" + text +
			"<a href=\"#" + id + "\" class=\"hash-link\" aria-label=\"Direct link to " + text + "\">\u200b</a></h2>"
	}
	page := "<!DOCTYPE html><html><head><title>Service review | Docs</title></head><body>" +
		"<nav class=\"navbar navbar--fixed-top\"><a href=\"/\">Docs home</a><a href=\"/blog\">Blog</a></nav>" +
		"<main><article><header><h1>Service review</h1></header>" +
		"<p>This page sets out what the review of the Millbeck online counselling service found in its second year of running.</p>" +
		h("who-used-it", "Who used it") +
		"<p>In the year 6,120 young people registered with the service, and most of them referred themselves through its website.</p>" +
		h("waits", "Waits") +
		"<p>The median wait for a first session was three days, far shorter than the wait for a first appointment with the local team.</p>" +
		"</article></main></body></html>"
	im := importPage(t, page)
	for _, want := range []string{"## Who used it\n", "## Waits\n", "6,120 young people"} {
		if !strings.Contains(im.Body, want) {
			t.Errorf("no %q in\n%s", want, im.Body)
		}
	}
	for _, not := range []string{"\u200b", "Docs home"} {
		if strings.Contains(im.Body, not) {
			t.Errorf("%q kept in\n%s", not, im.Body)
		}
	}
}
