package library_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/library"
)

// TestSpanHoldingBlocksKeepsThem checks a page builder's rich-text module
// whose headings, paragraphs and list sit inside a <span>: each is read
// as the block it is, the headings kept as headings over their own
// paragraphs, not run into one paragraph with the text under them.
func TestSpanHoldingBlocksKeepsThem(t *testing.T) {
	page := `<html><head><title>Every voice counts | Larkfield Youth Trust</title></head><body>
<div class="row"><div class="cell"><div class="module widget-type-rich_text"><span class="wrapper rich_text">
<h2>What we found</h2>
<p>Our survey of 640 pupils found that 37% had waited more than six months for counselling after asking for it, up from 29% in 2023.</p>
<p>Demand for our drop-in sessions rose by 22% over the year, and most young people came back for a second visit.</p>
<h2>What we are asking for</h2>
<ol>
<li>The council should fund a counsellor in every secondary school in the borough.</li>
<li>The ICB should publish its waiting times for young people each quarter.</li>
</ol>
<p>More than 2,000 people have signed our petition so far this spring.</p>
</span></div></div></div>
</body></html>`
	im, err := library.Import(write(t, "campaign.html", []byte(page)), library.Meta{Type: "web-page", Publisher: "Larkfield Youth Trust", Date: "2026-03"})
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"## What we found\n\nOur survey of 640 pupils",
		"\n\nDemand for our drop-in sessions",
		"## What we are asking for\n\n1. The council should fund",
		"\n2. The ICB should publish",
	} {
		if !strings.Contains(im.Body, want) {
			t.Errorf("body lacks %q:\n%s", want, im.Body)
		}
	}
	if strings.Contains(im.Body, "What we found Our survey") || strings.Contains(im.Body, "year, and most young people came back for a second visit. What we are asking for") {
		t.Errorf("headings glued to the text:\n%s", im.Body)
	}
}
