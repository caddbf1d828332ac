package library_test

import (
	"strings"
	"testing"
)

// A page's disclosure list (an accordion: each <li> a heading over its
// panel of paragraphs) was written as list items, each heading glued to
// its panel's first sentence ("- Why is the clinic closing? The lease
// ..."); and a callout named "promo" with no link in it, a quote set
// beside the text under its own heading, was dropped as a teaser for
// other pages. A list item holding a heading is a section; a teaser
// sends the reader somewhere, so one with no link is the page's own.
func TestAccordionHeadingsAndLinklessPromo(t *testing.T) {
	article := "<p>The clinic in Marsh Lane sees around 900 children with asthma each year, and this page answers the questions families ask us most.</p>" +
		"<h2>What is changing</h2><p>From April the clinic will run from the new health centre on Station Road, next to the bus station, five days a week instead of three.</p>" +
		"<p>The nurses, the consultant and the play specialist will all move with the clinic, and the phone number and the e-mail address stay the same.</p>" +
		"<div class=\"accordion\"><ul class=\"items\">" +
		"<li class=\"item\"><div class=\"toggle-header\"><h3>Why is the clinic moving?</h3></div>" +
		"<div class=\"toggle-content\"><p>The lease on the building ends in March. The new site has room for two more nurses.</p></div></li>" +
		"<li class=\"item\"><div class=\"toggle-header\"><h4>Will my child's appointment change?</h4></div>" +
		"<div class=\"toggle-content\"><p>No appointment will be moved without a letter at least four weeks before.</p><p>Ask the team if you need a different time.</p></div></li>" +
		"</ul></div>" +
		"<p>We will review the move with families after six months and publish what we find on this page.</p>" +
		"<div class=\"component promo\"><div class=\"component-content\"><div class=\"field-promotext\"><h3>Parents said</h3><p>\"We just want to know the nurse will still be there.\" (parent, clinic survey, 2025)</p></div></div></div>"
	page := "<!DOCTYPE html><html><head><title>Moving the asthma clinic</title><meta name=\"author\" content=\"Marsh Lane Health Centre\"></head><body><main><div class=\"component title\"><h1>Moving the asthma clinic</h1></div><div class=\"row component column-splitter\"><div class=\"col-md-8\"><div class=\"component rich-text\"><div class=\"component-content\">" +
		article + "</div></div></div><div class=\"col-md-4\"><div class=\"component link-list\"><h3>Related pages</h3><ul><li><a href=\"/asthma\">Asthma</a></li><li><a href=\"/clinics\">Clinics</a></li></ul></div></div></div></main></body></html>"
	im := importPage(t, page)
	checkBody(t, im.Body,
		[]string{"## Why is the clinic moving?\n\nThe lease on the building", "## Will my child's appointment change?\n\nNo appointment will be moved", "\n\nAsk the team", "## Parents said\n", "We just want to know the nurse"},
		[]string{"- Why is", "? The lease"})

	// A list of links under headings (a teaser list) is still no
	// content, and a promo with a link still goes.
	teaser := strings.Replace(page, article, article+"<div class=\"promo\"><h3>Read our annual report</h3><p><a href=\"/annual-report\">Find out what we did in 2024 with families</a></p></div>", 1)
	checkBody(t, importPage(t, teaser).Body, []string{"## Parents said"}, []string{"Read our annual report", "Find out what we did"})

	// On a page that marks its article, a promo after the article is
	// the site's, link or none.
	marked := strings.Replace(strings.Replace(page, "<main>", "<main><article>", 1), "</main>", "<section class=\"site-promo\"><h2>Keep up with the clinic</h2><p>Follow Marsh Lane News on Facebook, X and Instagram. Send your story ideas to the newsdesk at news@marshlane.example.</p></section></main>", 1)
	marked = strings.Replace(marked, "<div class=\"col-md-4\">", "</article><div class=\"col-md-4\">", 1)
	checkBody(t, importPage(t, marked).Body, []string{"## Why is the clinic moving?"}, []string{"Follow Marsh Lane News"})
}
