package library_test

import "testing"

// TestCounterGridInArticleJoinsFigureToLabel: a grid of counters set
// inside the article, each a figure in a span of its own over its label
// in a paragraph ("<span class=counter>2,940</span><p>children ...</p>"),
// is read as one line per counter, the figure with its label. Before:
// the article held each counter as two blocks, the figure alone and the
// label alone, and neither was a statistic. A figure alone that is no
// counter of a grid stays as it was.
func TestCounterGridInArticleJoinsFigureToLabel(t *testing.T) {
	page := "<!DOCTYPE html><html><head><title>Our year</title></head><body><main><article><h1>Our year</h1>" +
		"<p>Every gift last year went into the wards and family rooms of Millbeck Children's Hospital, and this page sets out what it paid for.</p>" +
		"<section class=\"counters\"><h2>Our year in figures</h2><div class=\"grid\">" +
		"<div class=\"counter-block\"><span class=\"counter\" data-count-to=\"2940\">2,940</span><p class=\"counter__label\">children helped by our music therapists on the wards</p></div>" +
		"<div class=\"counter-block\"><span class=\"counter\">£1.6m</span><p class=\"counter__label\">spent on new equipment for the children's wards</p></div>" +
		"<div class=\"counter-block\"><span class=\"counter\">88%</span><p class=\"counter__label\">of parents said the family rooms made their stay easier</p></div>" +
		"</div></section>" +
		"<h2>Music on the wards</h2><p>Our music therapists visit every ward twice a week, and parents tell us the sessions are the part of the day their children look forward to most.</p>" +
		"<p>The therapists also train nurses to use songs and rhythm to calm children before scans, which the hospital says has cut the number of scans that have to be stopped.</p>" +
		"</article></main></body></html>"
	im := importPage(t, page)
	checkBody(t, im.Body, []string{"2,940 children helped by our music therapists", "£1.6m spent on new equipment", "88% of parents said"},
		[]string{"2,940\n", "£1.6m\n", "88%\n"})
}
