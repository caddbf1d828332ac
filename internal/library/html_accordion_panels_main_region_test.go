package library_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/library"
)

// A council page sets its introduction, a heading over a table, and then
// its remaining sections as an accordion (Bootstrap's "accordion-item"
// over "accordion-collapse collapse" panels). Readability kept only the
// panel's paragraph; the page's main region holds what it kept and the
// rest, as it does under a <details> disclosure, and is read whole. Before
// (set 86), the page's introduction, heading and table were lost.
func TestAccordionPanelKeptReadsTheMainRegionWhole(t *testing.T) {
	page := `<!DOCTYPE html><html lang="en"><head><title>Speech therapy waits - Grendon Council</title></head><body>
<main><article>
<h1>Speech therapy waits</h1>
<p>Our speech therapy service sees children from the age of two until they leave school in Grendon.</p>
<h2>How long children wait</h2>
<table class="table">
<caption>Children waiting for speech therapy, 2024/25</caption>
<thead><tr><th scope="col">Group</th><th scope="col">Grendon</th><th scope="col">England</th></tr></thead>
<tbody><tr><td>Under fives</td><td>41.0%</td><td>38.5%</td></tr>
<tr><td>School age</td><td>84.1%</td><td>81.3%</td></tr></tbody></table>
<div class="accordion" id="acc1"><div class="accordion-item"><h3 class="accordion-header"><button class="accordion-button collapsed" type="button" aria-expanded="false">What will change</button></h3>
<div id="c1" class="accordion-collapse collapse"><div class="accordion-body"><p>We will open two more clinics in the spring so that families travel less far for appointments.</p></div></div></div></div>
</article></main></body></html>`
	im, err := library.Import(write(t, "page.html", []byte(page)), library.Meta{Type: "web-page", Publisher: "Grendon Council", Date: "2025-06"})
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"sees children from the age of two", "## How long children wait", "| Under fives | 41.0% | 38.5% |", "## What will change", "two more clinics"} {
		if !strings.Contains(im.Body, want) {
			t.Errorf("body lost %q:\n%s", want, im.Body)
		}
	}
}
