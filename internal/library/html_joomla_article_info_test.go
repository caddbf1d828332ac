package library_test

import (
	"strings"
	"testing"
)

// TestJoomlasArticleInfoIsFurniture holds a Joomla article's details
// block over its body ("Details", "Written by", "Category", "Published"
// and a hit counter "Hits: 318"): page furniture, no item, while the
// article's findings stay. Before (held-out set 91), "Details Hits: 318"
// was a statistic of 318.
func TestJoomlasArticleInfoIsFurniture(t *testing.T) {
	im := importPage(t, `<html><head><title>What we heard</title></head><body><main>
<div class="com-content-article item-page">
  <div class="article-header"><h1>What we heard: young people and mental health support</h1></div>
  <div class="article-info">
    <span class="article-info-term">Details</span>
    <span class="createdby">Written by <span>Sam Okafor</span></span>
    <span class="category-name">Category: <a href="/what-we-heard">What we heard</a></span>
    <span class="published"><time datetime="2026-01-21T09:30:00+00:00">Published: 21 January 2026</time></span>
    <span class="hits">Hits: 318</span>
  </div>
  <div class="com-content-article__body">
    <p>Between June and September 2025 we heard from 438 young people aged 13 to 25 across Wystead about getting help with their mental health.</p>
  </div>
</div></main></body></html>`)
	var texts []string
	for _, it := range im.Items {
		texts = append(texts, it.Text)
	}
	all := strings.Join(texts, "\n")
	if strings.Contains(all, "318") || strings.Contains(all, "Written by") {
		t.Errorf("the article's details block became items:\n%s", all)
	}
	if !strings.Contains(all, "we heard from 438 young people") {
		t.Errorf("the article's finding is lost:\n%s", all)
	}
}
