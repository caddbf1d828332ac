package extract

import "github.com/cypx/cypx/internal/lazyre"

// bodyAreaRe is the few places a body covers, said in a clause about the
// body: "(the trust,) which covers three boroughs", "that serves two
// counties". Group 1 is the count: who the body is, not a finding. "The
// service now covers 12 boroughs, up from 7" is no such clause and stays.
var bodyAreaRe = lazyre.New(`,\s*(?:which|that|who)\s+(?:covers|serves|spans|works\s+across|runs\s+services\s+(?:in|across))\s+(` + workSmallNum + `)\s+(?:(?:neighbouring|local|london|inner|outer)\s+)?(?:boroughs|districts|counties|local\s+authorit(?:y|ies)|council\s+areas|towns|cities|areas|places|regions)\b`)

// maskBodyAreas marks the count of the places a body covers (bodyAreaRe).
func maskBodyAreas(lower string, taken []bool) {
	if !hasAnyFold(lower, "covers", "serves", "spans", "across") {
		return
	}
	for _, m := range bodyAreaRe.FindAllStringSubmatchIndex(lower, -1) {
		for i := m[2]; i < m[3]; i++ {
			taken[i] = true
		}
	}
}

// bodyFewRe is the few bodies or sites work was done through or a
// service spans, named after "through", "via" or "across", or "in the
// same" places a report has named: "heard from 48 parents through two
// partner charities", "across our five services, 83% ...", "In the same
// three areas, 1,046 children were admitted". Group 1 is the count: where
// the work was done, not a finding (the package comment of quality: the
// few bodies work was done through or covers are no figure). "Four
// services closed" and "waits rose in three areas" count what was found
// and stay, and so do a body's own sites and hubs ("64 volunteers across
// four hubs"), which the set counts.
var bodyFewRe = lazyre.New(`\b(?:through|via|across|in\s+the\s+same)\s+(?:(?:our|the|its|their)\s+)?(` + workSmallNum + `)\s+(?:(?:partner|local|other|neighbouring|community|pilot|voluntary)\s+)?(?:charities|organisations|organizations|localities|areas|places|councils|trusts|services)\b`)

// maskFewBodies marks the count of the few bodies work was done through
// or spans (bodyFewRe).
func maskFewBodies(lower string, taken []bool) {
	if !hasAnyFold(lower, "through", "via", "across", "same") {
		return
	}
	for _, m := range bodyFewRe.FindAllStringSubmatchIndex(lower, -1) {
		for i := m[2]; i < m[3]; i++ {
			taken[i] = true
		}
	}
}
