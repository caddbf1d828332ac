package extract_test

import (
	"testing"

	"github.com/cypx/cypx/internal/corpus"
)

// parsePublished is parseTyped for a report of the named publisher.
func parsePublished(t *testing.T, publisher, body string) corpus.Document {
	t.Helper()
	doc, probs := corpus.Parse("sources/t.md", []byte("---\ntitle: T\npublisher: "+publisher+"\ndate: 2025\ntype: report\n---\n"+body))
	for _, p := range probs {
		if p.Skipped {
			t.Fatal(p)
		}
	}
	return doc
}

// TestActionTableOwnedByABodyAsks: a meeting's action table ("Action |
// Owner | Due"), as a table or written out as text lines ("Share a
// breakdown ... | Owner: Eastvale Children's Hospital NHS FT | Due: 2
// October"), asks each body that owns a row its action, as a
// "Recommendation | Lead" table does; an action owned by a person, or one
// asking only for information, stays the meeting's housekeeping (set 29
// spent). Before: every row was an excerpt, and "NHS FT" named no trust.
// A table row a person owns that passes information on ("Book the room
// ...") makes no item (actionrows_housekeeping_rows.go); the text lines
// stay excerpts.
func TestActionTableOwnedByABodyAsks(t *testing.T) {
	doc := parsePublished(t, "NHS Eastvale Integrated Care Board", `## Action items

- Publish a breakdown of locum spend by ward and by service | Owner: Eastvale Children’s Hospital NHS FT | Due: 2 October
- Draft a business case for a shared paediatric nursing bank | Owner: ICB workforce team | Due: 16 October
- Review how school nursing caseloads are weighted | Owner: Eastvale Council public health | Due: 30 October
- Circulate the slides to all members of the group | Owner: Priya | Due: 3 October
- Confirm whether the figures include bank and agency staff | Owner: ICB finance team | Due: 3 October

## Actions agreed

| Action | Owner | Due |
|---|---|---|
| Agree how the new therapy money is split | Eastvale Community Health NHS Trust | 2 October |
| Book the room for the next meeting of the group | Priya Shah | 16 October |
`)
	checkLines(t, itemLines(doc), []string{
		"recommendation||Trusts|Publish a breakdown of locum spend by ward and by service",
		"recommendation||ICBs|Draft a business case for a shared paediatric nursing bank",
		"recommendation||Local authorities|Review how school nursing caseloads are weighted",
		"excerpt|||Circulate the slides to all members of the group | Owner: Priya | Due: 3 October",
		"excerpt|||Confirm whether the figures include bank and agency staff | Owner: ICB finance team | Due: 3 October",
		"recommendation||Trusts|Agree how the new therapy money is split",
	})
}

// TestBoardAskedToAsAHeading: a slide titled "The Board is asked to",
// with no colon, leads the numbered list under it as "The Board is asked
// to:" does: each decision asks the paper's body, with the bodies an
// "Agree that ..." item names; a request to note stays information (set
// 29 spent). Before: the decisions were excerpts.
func TestBoardAskedToAsAHeading(t *testing.T) {
	doc := parsePublished(t, "NHS Eastvale Integrated Care Board", `## The Board is asked to

1. Approve a single support offer for neurodivergent pupils that does not wait for a diagnosis

2. Agree that the ICB and both councils jointly commission one assessment pathway

3. Note the risk that the waiting list will pass 8,000 by April 2026
`)
	checkLines(t, itemLines(doc), []string{
		"recommendation|1|ICBs|Approve a single support offer for neurodivergent pupils that does not wait for a diagnosis",
		"recommendation|2|ICBs,Local authorities|Agree that the ICB and both councils jointly commission one assessment pathway",
		"statistic|||Note the risk that the waiting list will pass 8,000 by April 2026",
	})
}

// TestLeadInCarriedOverARunningHeader: a letter's lead-in that ends its
// PDF page ("I would therefore ask the Government to:") leads the list
// that opens the next page under the page's running header (set 29
// spent). Before: the header broke the lead-in and the asks were
// excerpts.
func TestLeadInCarriedOverARunningHeader(t *testing.T) {
	doc := parsePublished(t, "Eastvale Children’s Hospital NHS Foundation Trust", `<!-- page 1 -->

Local schemes cannot turn this round on their own. I would therefore ask the Government to:

<!-- page 2 -->

Minister for Children and Families – 4 April 2025

1. fund school-based eye tests for every reception class in the poorest fifth of areas;

2. require every council to publish the share of children seen by an orthoptist.
`)
	checkLines(t, itemLines(doc), []string{
		"excerpt|||Local schemes cannot turn this round on their own.",
		"recommendation|1|Government|fund school-based eye tests for every reception class in the poorest fifth of areas;",
		"recommendation|2|Government|require every council to publish the share of children seen by an orthoptist.",
	})
}

// TestLeadInCarriedOverThePagesNotes: the notes at the foot of the page a
// letter's lead-in ends ("I would ask the trust to do two things:") stand
// between it and its list on the next page; a reader skips them, and the
// lead-in still leads the list (set 82). Before: the notes broke the
// lead-in and the asks were excerpts.
func TestLeadInCarriedOverThePagesNotes(t *testing.T) {
	doc := parsePublished(t, "Tobias Welland MP", `<!-- page 1 -->

A short-term grant will not clear the list. I would ask the trust to do two things:

[^1]: Written answer from the trust's Medical Director, 3 January 2026.

[^2]: Figures from the trust's board papers, November 2025.

<!-- page 2 -->

1. publish each month how many children wait for a hearing test and for how long;

2. open a Saturday clinic in Corley for children who have waited longest.
`)
	checkLines(t, itemLines(doc), []string{
		"excerpt|||A short-term grant will not clear the list.",
		"recommendation|1|Trusts|publish each month how many children wait for a hearing test and for how long;",
		"recommendation|2|Trusts|open a Saturday clinic in Corley for children who have waited longest.",
	})
}
