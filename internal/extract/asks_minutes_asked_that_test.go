package extract_test

import (
	"testing"

	"github.com/cypx/cypx/internal/extract"
)

// TestMinutesAskedThatAndAgreedToRecommend: a meeting's notes record what
// it asks of others in the past or future tense: "The panel asked that
// young people sit on ...", "The network agreed to recommend that the ICB
// fund ...", "The forum will ask both councils to include ...". Each is a
// recommendation, its actors the bodies asked (none where it names none);
// the writer's wish that the network recommend what trusts do asks the
// trusts, and "Adult teams should" asks trusts, whose teams they are;
// a meeting's "will ask" asks under its decisions, and is a plan under
// any other heading; and a letter's "the Board may wish to write to the Department ..."
// asks the board to ask the department. Written for this test (set 31
// spent). Before: every one was an excerpt.
func TestMinutesAskedThatAndAgreedToRecommend(t *testing.T) {
	doc := parsePublished(t, "Fenwick Children's Health Network", `## Youth forum

Forum members presented the results of their survey of pupils in the town.

The youth forum asked that parents be told about any change to the clinic before it happens.

## Decisions

- The network agreed to recommend that Fenwick ICB fund a weekend paediatric nursing team from next April.
- The network will ask both councils to include school nurses in their attendance guidance.
- The group agreed to recommend that every trust in the county publishes its waits for a first appointment.

## Network news

The network will also ask every trust to join the regional audit this year.

I'd like the network to recommend that every trust sets a standard for the first appointment in adult care.

Adult teams should see each young person with diabetes at least once before transfer.

Finally, the committee may wish to write to the Department of Health and Social Care asking it to fund a school nurse for every secondary school.
`)
	checkLines(t, recSummaries(extract.Extract(doc), true), []string{
		"|The youth forum asked that parents be told about any change to the clinic before it happens.|",
		"|The network agreed to recommend that Fenwick ICB fund a weekend paediatric nursing team from next April.|ICBs",
		"|The network will ask both councils to include school nurses in their attendance guidance.|Local authorities",
		"|The group agreed to recommend that every trust in the county publishes its waits for a first appointment.|Trusts",
		"|I'd like the network to recommend that every trust sets a standard for the first appointment in adult care.|Trusts",
		"|Adult teams should see each young person with diabetes at least once before transfer.|Trusts",
		"|Finally, the committee may wish to write to the Department of Health and Social Care asking it to fund a school nurse for every secondary school.|DHSC",
	})
}
