package extract_test

import "testing"

// TestActionRowOpensWithItsBody: a meeting's action log written out as
// numbered text lines often opens each action with the body that is to
// act ("12. Council to publish ... | Owner: Eastvale Council (AB) | Due:
// 4 March"). The action is the ask of its owner, without the owner and
// due cells and without the log's row number (set 40 spent). Before: the
// owner's name and due date were read into the recommendation, with the
// row number as its number. A person's action ("CD to circulate ...")
// stays the meeting's housekeeping (no item), and a body asked only for
// information ("ICB to confirm whether ...") asks nothing. An owner the
// vocabulary does not know ("Eastvale General Hospital") leaves the body
// the action opens with ("Acute trust") as the one asked.
func TestActionRowOpensWithItsBody(t *testing.T) {
	doc := parsePublished(t, "NHS Eastvale Integrated Care Board", `## ACTION LOG

12. Council to publish the short breaks statement for every family on the register, with dates | Owner: Eastvale Council (AB) | Due: 4 March 2027
13. Community trust to offer a Saturday clinic for children waiting over a year | Owner: Eastvale Community Health NHS Trust (CD) | Due: 20 March 2027
16. Acute trust to set up a liaison rota so that no child waits overnight for a mental health review | Owner: Eastvale General Hospital (GH) | Due: 30 April 2027
14. ICB to confirm whether the respite funding carries on after April | Owner: Eastvale ICB (EF) | Due: Next meeting
15. CD to circulate the revised terms of reference to members | Owner: Eastvale ICB (CD) | Due: 2 March 2027
`)
	checkLines(t, itemLines(doc), []string{
		"recommendation||Local authorities|Council to publish the short breaks statement for every family on the register, with dates",
		"recommendation||Trusts|Community trust to offer a Saturday clinic for children waiting over a year",
		"recommendation||Trusts|Acute trust to set up a liaison rota so that no child waits overnight for a mental health review",
		"excerpt|||ICB to confirm whether the respite funding carries on after April | Owner: Eastvale ICB (EF) | Due: Next meeting",
	})
}
