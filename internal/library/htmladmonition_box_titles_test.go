package library_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/evidence"
)

// TestAdmonitionTitlesAreHeadings: a documentation page's boxes
// (MkDocs' and Sphinx's admonitions) under titles of their own, "Where
// the figures come from" and "What we ask of partners", are sections under
// those headings, their asks recommendations; a box titled by its kind
// alone ("Note") keeps its title as written. Before, each title was a
// paragraph of a few words and the box ran on under the heading before it.
func TestAdmonitionTitlesAreHeadings(t *testing.T) {
	page := `<html><head><title>Speech and language waits - Norbury Data Hub</title></head><body><main><article class="md-content__inner md-typeset">
<h1 id="waits">Speech and language waits for young children</h1>
<div class="admonition info"><p class="admonition-title">Where the figures come from</p>
<p>The figures come from the monthly returns that the two community trusts send to the integrated care board, checked by the hub's analysts.</p></div>
<h2 id="findings">Findings<a class="headerlink" href="#findings" title="Permanent link">&para;</a></h2>
<p>At the end of March 2026, 1,420 children under five were waiting for a first speech and language therapy appointment, up from 1,105 a year earlier.</p>
<div class="admonition note"><p class="admonition-title">Note</p><p>Children who moved out of the area while waiting are not counted in these figures.</p></div>
<h2 id="next">What happens next<a class="headerlink" href="#next" title="Permanent link">&para;</a></h2>
<div class="admonition tip"><p class="admonition-title">What we ask of partners</p>
<ol><li>The integrated care board should fund two more therapists for the early years team from April 2027.</li>
<li>Councils should offer every family on the list a named contact while they wait.</li></ol></div>
</article></main></body></html>`
	im := importPage(t, page)
	for _, want := range []string{"\n## Where the figures come from\n\nThe figures come from the monthly returns", "\n## What we ask of partners\n\n"} {
		if !strings.Contains(im.Body, want) {
			t.Errorf("no %q in:\n%s", want, im.Body)
		}
	}
	if strings.Contains(im.Body, "## Note") {
		t.Errorf("a box's kind read as a heading:\n%s", im.Body)
	}
	recs := 0
	for _, it := range im.Items {
		if it.Kind == evidence.Recommendation && (strings.Contains(it.Text, "two more therapists") || strings.Contains(it.Text, "named contact")) {
			recs++
		}
	}
	if recs != 2 {
		t.Errorf("%d recommendations of the box, want 2:\n%s", recs, im.Body)
	}
}
