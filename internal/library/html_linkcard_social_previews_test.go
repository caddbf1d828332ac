package library_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/library"
)

// TestSocialLinkCardIsNoText checks a social post's preview card of the
// page it links to (host, headline and standfirst in a "link-card"): the
// linked page's words are no text of the post, whose own words stay.
func TestSocialLinkCardIsNoText(t *testing.T) {
	page := `<html><head><title>Eastvale Gazette on Bluesky</title></head><body><main>
<div class="post"><p>Our investigation found 212 children waited more than a year for a first appointment with the community paediatrics service.</p>
<p>Full story on our site (2/2)</p>
<a class="link-card" href="https://eastvalegazette.example/news/waits"><div class="card-host">eastvalegazette.example</div><div class="card-title">Paediatric waits: families say they were left without answers</div><div class="card-desc">Referrals have nearly doubled in two years.</div></a></div>
</main></body></html>`
	im, err := library.Import(write(t, "post.html", []byte(page)), library.Meta{Type: "news", Publisher: "Eastvale Gazette", Date: "2026-02-01"})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(im.Body, "212 children") {
		t.Errorf("post text lost:\n%s", im.Body)
	}
	if strings.Contains(im.Body, "nearly doubled") || strings.Contains(im.Body, "left without answers") {
		t.Errorf("link card kept:\n%s", im.Body)
	}
}
