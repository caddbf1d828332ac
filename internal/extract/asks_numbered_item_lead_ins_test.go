package extract_test

import "testing"

// TestNumberedItemLeadInOverLetteredItems: a letter's numbered paragraph
// set as a list item, "7. We ask providers to:", over lettered items
// "(a) submit …", "(b) validate …", leads them as the same words set as a
// paragraph do: each lettered item asks the providers, its letter its
// number, its time no statistic; the numbered paragraph after them ("8.
// We will review ...") is the writer's own plan, no ask. Written for this
// test. Before, the lettered items were excerpts, (b) a statistic.
func TestNumberedItemLeadInOverLetteredItems(t *testing.T) {
	doc := parsePublished(t, "NHS Elmsley Integrated Care Board",
		"## Our expectations\n\n"+
			"6. We intend to commission a single pathway for children across both places from April 2027.\n\n"+
			"7. We ask providers to:\n\n"+
			"- (a) submit a waiting list recovery trajectory for each children's service by 31 January 2026;\n\n"+
			"- (b) validate their children's waiting lists and write to every family that has waited longer than 18 weeks;\n\n"+
			"- (c) report waits by age band, ethnicity and deprivation from Quarter 1.\n\n"+
			"8. We will review the contracts with each provider in the spring.\n")
	checkLines(t, itemLines(doc), []string{
		"excerpt|||We intend to commission a single pathway for children across both places from April 2027.",
		"recommendation|a|Trusts|submit a waiting list recovery trajectory for each children's service by 31 January 2026;",
		"recommendation|b|Trusts|validate their children's waiting lists and write to every family that has waited longer than 18 weeks;",
		"recommendation|c|Trusts|report waits by age band, ethnicity and deprivation from Quarter 1.",
		"excerpt|||We will review the contracts with each provider in the spring.",
	})
}
