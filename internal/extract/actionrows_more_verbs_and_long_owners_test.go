package extract_test

import "testing"

// TestActionRowsReAuditRecordHostContactSendData: an action table's rows
// ("Action | Owner | By when") that open with "Re-audit", "Record",
// "Host" or "Contact", or send data or extracts to a body, ask their
// owner as "Audit" and "Send a copy of" rows do; a row that opens with a
// body of five words or more ("Brindle Community Health NHS Trust to
// publish ...") asks it, as "Trust to publish" does. The owner is the one
// asked, not the body the data goes to. Each row written for this test.
// Before, each was an excerpt.
func TestActionRowsReAuditRecordHostContactSendData(t *testing.T) {
	doc := parsePublished(t, "NHS Brindle Integrated Care Board",
		"## Action plan\n\n"+
			"| Action | Owner | By when |\n|---|---|---|\n"+
			"| Re-audit the early warning scores on the two wards where escalation was late | Brindle Community Health NHS Trust | March 2027 |\n"+
			"| Record interpreter need for every referral to the speech and language service | Brindle Community Health NHS Trust | June 2026 |\n"+
			"| Host weekend catch-up clinics in the two wards with the lowest uptake | Brindle Council public health team | May 2026 |\n"+
			"| Contact every family on the waiting list with a named worker | Brindle Community Health NHS Trust | July 2026 |\n"+
			"| Send weekly waiting list data to the ICB's children's commissioner | Brindle Community Health NHS Trust | From April 2026 |\n"+
			"| Brindle Community Health NHS Trust to publish a recruitment plan for the vacant posts | Brindle Community Health NHS Trust | September 2026 |\n")
	checkLines(t, recLines(itemLines(doc)), []string{
		"recommendation||Trusts|Re-audit the early warning scores on the two wards where escalation was late",
		"recommendation||Trusts|Record interpreter need for every referral to the speech and language service",
		"recommendation||Local authorities|Host weekend catch-up clinics in the two wards with the lowest uptake",
		"recommendation||Trusts|Contact every family on the waiting list with a named worker",
		"recommendation||Trusts|Send weekly waiting list data to the ICB's children's commissioner",
		"recommendation||Trusts|Brindle Community Health NHS Trust to publish a recruitment plan for the vacant posts",
	})
}
