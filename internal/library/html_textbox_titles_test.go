package library_test

import (
	"strings"
	"testing"
)

// TestAWebBooksTextboxTitleIsAHeading: a web book sets a box's title in a
// header at the box's top, "Key messages" over the box's list; the title
// is the box's heading, and the box's words stay under it. A header
// holding a sentence is no title.
func TestAWebBooksTextboxTitleIsAHeading(t *testing.T) {
	page := `<html><head><title>Chapter 3: School nursing – Orlham open book</title></head><body>
<main><article><h1>Chapter 3: School nursing</h1>
<div class="ugc chapter-ugc">
<p>School nurses are the one health professional most pupils can reach without an appointment, and the service has changed a great deal in ten years.</p>
<div class="textbox textbox--key-takeaways"><header class="textbox__header"><p class="textbox__title">Key messages</p></header>
<div class="textbox__content"><ul><li>Orlham had 38 school nurses in 2025, down from 52 in 2016.</li><li>Most secondary schools now see a nurse once a fortnight.</li></ul></div></div>
<h2>The service today</h2>
<p>Each nurse now covers around 2,900 pupils across primary and secondary schools in the borough, according to the provider's returns.</p>
<div class="textbox textbox--examples"><header class="textbox__header"><p class="textbox__title">A school nurse's week, told in her own words.</p></header>
<div class="textbox__content"><p>I spend Monday in the high school drop-in and the rest of the week moving between the primaries.</p></div></div>
</div></article></main></body></html>`
	im := importPage(t, page)
	if !strings.Contains(im.Body, "## Key messages\n") {
		t.Errorf("the box's title is no heading:\n%s", im.Body)
	}
	if !strings.Contains(im.Body, "38 school nurses") {
		t.Errorf("the box's words are lost:\n%s", im.Body)
	}
	if strings.Contains(im.Body, "## A school nurse") {
		t.Errorf("a header's sentence made a heading:\n%s", im.Body)
	}
}
