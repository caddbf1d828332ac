package library_test

import (
	"strings"
	"testing"
)

// TestABookTextboxNamedASidebarIsKept: a web book's text box (Pressbooks'
// "textbox shaded textbox--sidebar") holds the chapter's own words, so
// its finding is kept though its class names a sidebar; a site's real
// sidebar of links still goes. Before (set 73), the box and its figure
// were dropped as chrome.
func TestABookTextboxNamedASidebarIsKept(t *testing.T) {
	page := `<html><head><title>Chapter 3: Waits - Brenford Book</title></head><body>
<aside class="sidebar"><p>Browse the chapters of this book and its glossary of terms used.</p></aside>
<main><h1>Chapter 3: Waits for community services</h1>
<p>Community paediatric services in Brenford received 2,400 referrals in 2025, the highest number on record.</p>
<div class="textbox shaded textbox--sidebar"><p>Brenford's school nursing service reached about 61% of reception pupils with a health check in 2025.</p></div>
<p>Unlike hospital care, most children's community services have no national waiting time standard at all.</p>
</main></body></html>`
	im := importPage(t, page)
	body := strings.Join(strings.Fields(im.Body), " ")
	if !strings.Contains(body, "reached about 61% of reception pupils") {
		t.Errorf("the text box was dropped:\n%s", im.Body)
	}
	if strings.Contains(body, "Browse the chapters") {
		t.Errorf("the site's sidebar was kept:\n%s", im.Body)
	}
}
