package library

import (
	"strings"
	"testing"
)

// TestStraplinesSignpostsAndInspectionBoilerplate: a bulletin's strapline
// ending in its reading time, a mental health site's crisis signpost and
// an inspectorate's standard paragraph on what its report is are page
// furniture; sentences about reading, crises and judgements are not.
func TestStraplinesSignpostsAndInspectionBoilerplate(t *testing.T) {
	for _, s := range []string{
		"For subscribers to the School Health Digest · 6 min read",
		"Policy round-up for commissioners | 3 minute read",
		"Struggling right now? If you are in crisis, call the Samaritans on 116 123.",
		"If you're in a crisis, please contact your GP or call 111",
		"This report describes our judgements of the quality of care at this trust. It is based on a combination of what we found when we inspected, information from our ongoing monitoring of data about services and information given to us from people who use the service, the public and other organisations.",
	} {
		if !isFurnitureText(s) {
			t.Errorf("%q: not furniture", s)
		}
	}
	for _, s := range []string{
		"Parents said the referral letter took 10 minutes to read and was hard to follow.",
		"If you are in crisis, the service says, waits of 4 hours in A&E are common: 38% of young people waited longer.",
		"This report describes our findings: 41% of children waited more than 18 weeks.",
	} {
		if isFurnitureText(s) {
			t.Errorf("%q taken for furniture", s)
		}
	}
}

// TestInspectionBoilerplateSetOverPDFLines: the inspectorate's paragraph
// set over several lines of a PDF page is furniture as a whole, though no
// one line of it is; a paragraph that opens the same way and gives a
// finding is kept.
func TestInspectionBoilerplateSetOverPDFLines(t *testing.T) {
	lines := []string{
		"This report describes our judgement of the quality of care at this",
		"location. It is based on a combination of what we found when we",
		"inspected and information from our ongoing monitoring of data about",
		"services and information given to us by people who use the service.",
	}
	u := &unit{kind: paraUnit, text: strings.Join(lines, " ")}
	for _, l := range lines {
		u.lines = append(u.lines, &piece{text: l})
	}
	if !furniture(u) {
		t.Errorf("boilerplate over %d lines kept", len(lines))
	}
	finding := "This report describes our judgement of the quality of care at this location: 62% of children were seen within 18 weeks."
	if furniture(&unit{kind: paraUnit, text: finding, lines: []*piece{{text: finding}}}) {
		t.Errorf("%q taken for furniture", finding)
	}
}
