package extract_test

import "testing"

// TestQuotedBeliefWithTargetAsks: a news story quoting a body's belief
// that a group should get something within a time ('“We believe every
// child who needs support should be able to get it within four weeks,”
// said its chief executive'), quoted whole or after its speaker and a
// colon, asks as the belief does unquoted: the time is the aim, not a
// measured value, so the sentence is no statistic. A quoted "No child
// should have to wait" names no group and stays as before. Written for
// this test. Before, both quoted beliefs were statistics.
func TestQuotedBeliefWithTargetAsks(t *testing.T) {
	doc := parsePublished(t, "Kelbury Gazette",
		"Families in Kelbury wait more than a year for a first appointment.\n\n"+
			"\u201cWe believe every child who needs support should be able to get it within four weeks,\u201d said Maria Lowe, chief executive of the charity Brightpath.\n\n"+
			"Ms Lowe said: \"We also believe every family should be offered a named worker within six weeks.\"\n\n"+
			"\"No child should have to wait more than 18 weeks for a first assessment,\" she added.\n")
	checkLines(t, itemLines(doc), []string{
		"excerpt|||Families in Kelbury wait more than a year for a first appointment.",
		"recommendation|||\u201cWe believe every child who needs support should be able to get it within four weeks,\u201d said Maria Lowe, chief executive of the charity Brightpath.",
		"recommendation|||Ms Lowe said: \"We also believe every family should be offered a named worker within six weeks.\"",
		"statistic|||\"No child should have to wait more than 18 weeks for a first assessment,\" she added.",
	})
}
