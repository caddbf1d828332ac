package extract_test

import "testing"

// TestManifestoPledgeHeadingsNumberTheirAsks: a manifesto's "## Pledge N"
// headings, each over an imperative paragraph, number a recommendation
// each, asked of the body the candidates would run ("every candidate
// standing for Ormley Borough Council"); a pledge heading over the
// writer's own promise ("We will publish ...") asks no one. Written for
// this test. Before, each pledge was an excerpt.
func TestManifestoPledgeHeadingsNumberTheirAsks(t *testing.T) {
	doc := parsePublished(t, "Ormley Children's Health Forum",
		"## Our pledges\n\n"+
			"We are asking every candidate standing for Ormley Borough Council to back these pledges.\n\n"+
			"## Pledge 1\n\n"+
			"Fund a school nurse drop-in in every secondary school in the borough.\n\n"+
			"## Pledge 2\n\n"+
			"Publish each quarter how long children wait for a speech and language assessment.\n\n"+
			"## Pledge 3\n\n"+
			"We will publish a scorecard of every councillor's support after the election.\n")
	checkLines(t, recLines(itemLines(doc)), []string{
		"recommendation||Local authorities|We are asking every candidate standing for Ormley Borough Council to back these pledges.",
		"recommendation|1|Local authorities|Fund a school nurse drop-in in every secondary school in the borough.",
		"recommendation|2|Local authorities|Publish each quarter how long children wait for a speech and language assessment.",
	})
}
