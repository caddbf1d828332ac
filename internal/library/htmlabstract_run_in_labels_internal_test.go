package library

import (
	"strings"
	"testing"
)

// TestAStructuredAbstractsRunInLabelsAreHeadings: a journal page's
// structured abstract sets each part's label in bold at its paragraph's
// start; each label is the heading of its part, never the first words of
// its text ("Conclusions Fewer than half ..."), while a lone bold
// "Results" opening a report's paragraph stays the paragraph's.
func TestAStructuredAbstractsRunInLabelsAreHeadings(t *testing.T) {
	page := `<html><body><main><section class="abstract"><h2>Abstract</h2>
<p><strong>Objectives</strong> To find out how long children waited for a first therapy appointment.</p>
<p><strong>Results:</strong> Across the four areas, 38% of children were seen within 18 weeks.</p>
<p><strong>Conclusions</strong> Most children waited longer than the standard allows.</p></section>
<h2>Discussion</h2>
<p>The audit covered 1,204 referrals in a year.</p>
<p><strong>Results</strong> from the second audit were similar, and waits had not fallen.</p>
<p>Teams said recruitment was the main problem.</p></main></body></html>`
	doc, err := parseHTML(page)
	if err != nil {
		t.Fatal(err)
	}
	body, _, err := pageBody(doc, false, "")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"## Objectives\n\nTo find out", "## Results\n\nAcross the four areas", "## Conclusions\n\nMost children waited"} {
		if !strings.Contains(body, want) {
			t.Errorf("body lacks %q:\n%s", want, body)
		}
	}
	if !strings.Contains(body, "Results from the second audit") || strings.Contains(body, "## Results\n\nfrom") {
		t.Errorf("a lone bold lead-in of a report's paragraph read as a heading:\n%s", body)
	}
}
