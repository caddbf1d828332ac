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
