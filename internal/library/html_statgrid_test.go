package library_test

import "testing"

// A grid of figures ("<span class=num>£25m</span><span class=label>a
// year ...</span>") set each figure and its label in spans of their own
// with nothing between, laid out apart by the page's style: read as one
// run of text the figure was glued to its label ("£25ma year",
// "99,000children") and lost its scale or its noun. Elements of
// different classes side by side are apart.
func TestStatGridFigureAndLabelApart(t *testing.T) {
	page := "<!DOCTYPE html><html><head><title>Hospice funding</title></head><body><main><article><h1>Hospice funding</h1>" +
		"<p>Children's hospices in the county cared for more families last year than in any year before, and most of their income still comes from their shops and from legacies.</p>" +
		"<div class=\"stat-grid\"><div class=\"stat\"><span class=\"num\">4,200</span><span class=\"label\">families in the county used a children's hospice in 2024</span></div>" +
		"<div class=\"stat\"><span class=\"num\">&pound;3m</span><span class=\"label\">a year: what the county's hospices raise in their shops</span></div></div>" +
		"<p>We will publish the full figures for each hospice in the autumn, with what each received from the NHS and from the council.</p>" +
		"<p>Drop caps stay whole: <span class=\"cap\">T</span>his word.</p></article></main></body></html>"
	im := importPage(t, page)
	checkBody(t, im.Body, []string{"4,200 families in the county", "£3m a year: what", "This word"}, []string{"4,200families", "£3ma year"})
}
