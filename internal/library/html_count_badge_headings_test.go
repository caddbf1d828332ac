package library_test

import (
	"strings"
	"testing"
)

// TestABoardColumnsTitleWithItsPostCountIsAHeading: a board page (a wall
// of posts in columns) sets each column's title in a header with a badge
// counting its posts. The badge kept the header's name ("section-header")
// on the wrapper, a name that reads as the site's header, and on a full
// board every column title was lost; the count was a paragraph of its own
// where the header stayed. The title is a heading, and the badge's count
// is no text of the page.
func TestABoardColumnsTitleWithItsPostCountIsAHeading(t *testing.T) {
	post := func(title, text string) string {
		return `<div class="post"><div class="post-subject"><h3>` + title + `</h3></div><div class="post-body"><p>` + text + `</p></div></div>`
	}
	page := `<html><head><title>Orlham youth wall: your say</title></head><body><header class="surface-header"><h1 class="wall-title">Orlham youth wall: your say</h1><div class="wall-description">Tell us what helps and what gets in the way. Posts are checked before they appear.</div></header><main class="wall-content shelf-layout">
<section class="section" role="region" aria-label="Good things 🌱"><header class="section-header"><h2 class="section-title">Good things 🌱</h2><span class="section-post-count">2</span></header>
<div class="column-posts">` + post("The mentor scheme", "My mentor at school met me every Tuesday and helped me get through my exams without giving up.") +
		post("Drop-in at the library", "The drop-in at the library on Saturdays is the one place I can talk to someone without a referral.") + `</div></section>
<section class="section" role="region" aria-label="Hard things"><header class="section-header"><h2 class="section-title">Hard things</h2><span class="section-post-count">(1)</span></header>
<div class="column-posts">` + post("Waiting", "I waited most of a school year for my first appointment and nobody checked on me while I waited.") + `</div></section>
</main></body></html>`
	im := importPage(t, page)
	for _, h := range []string{"## Good things 🌱\n", "## Hard things\n", "## The mentor scheme\n", "## Waiting\n"} {
		if !strings.Contains(im.Body, h) {
			t.Errorf("no heading %q in\n%s", h, im.Body)
		}
	}
	for _, badge := range []string{"\n2\n", "(1)"} {
		if strings.Contains(im.Body, badge) {
			t.Errorf("the post count %q kept in\n%s", badge, im.Body)
		}
	}
}
