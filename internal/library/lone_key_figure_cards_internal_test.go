package library

import (
	"strings"
	"testing"
)

// TestLoneKeyFigureCardKeptInPlace: a key-figure card set alone between
// an article's sections (a CMS "feature" block: "64%" in one element over
// its label in the next) is one line of the text where it stands, under
// its section's heading; readability, which keeps paragraphs, left it
// out. A card restating a paragraph of the page adds nothing.
func TestLoneKeyFigureCardKeptInPlace(t *testing.T) {
	page := `<html><head><title>Growing up online: what teenagers told us</title></head><body>
<main><div class="row"><div class="col-main">
<h1>Growing up online: what teenagers told us</h1>
<div class="block-content">
<h2>Who took part</h2>
<p>We heard from 340 young people aged 13 to 17 across the county through a survey in their schools and youth clubs.</p>
<p>Our youth panel wrote the questions with us and helped us to read what young people said in the answers.</p>
</div>
<div class="block-feature stat-card">
<div class="block-feature-title">64%</div>
<div class="block-feature-body"><p>of those we surveyed said they had seen harmful content about eating in the past month.</p></div>
</div>
<div class="block-content">
<h2>What they want</h2>
<p>Young people asked for lessons about staying safe online to start earlier, in the last years of primary school.</p>
<p>Many said they would talk to a school nurse sooner than to a teacher, if they knew when the nurse was in school.</p>
<p>Fewer than a third said they knew where to find help for their mental health outside school hours.</p>
</div>
<div class="block-feature stat-card">
<div class="block-feature-title">340</div>
<div class="block-feature-body"><p>young people aged 13 to 17 heard from across the county</p></div>
</div>
</div></div></main></body></html>`
	body := importedBody(t, page)
	card := "64% of those we surveyed said they had seen harmful content about eating in the past month."
	if strings.Count(body, card) != 1 {
		t.Fatalf("the card's line not kept once:\n%s", body)
	}
	at := strings.Index(body, card)
	if !(strings.Index(body, "helped us to read") < at && at < strings.Index(body, "## What they want")) {
		t.Errorf("the card's line not where the card stands:\n%s", body)
	}
	if strings.Contains(body, "340 young people aged 13 to 17 heard") {
		t.Errorf("a card restating a paragraph kept:\n%s", body)
	}
}
