package extract

import (
	"strings"

	"github.com/cypx/cypx/internal/lazyre"
)

var (
	// peopleInAreasRe is the few areas people a programme reached were
	// in, after their count: "more than 6,000 toddlers in seven areas
	// (of England)". Where they were, not a finding; areas where
	// something was found ("waits grew in seven areas") have no count
	// before them and stay. Group 1 is the count.
	peopleInAreasRe = lazyre.New(`\d[\d,]*\s+(?:[\p{L}’'-]+\s+){1,3}?in\s+(` + s56Small + `|ten|eleven|twelve)\s+(?:(?:pilot|pathfinder|trailblazer|local|council)\s+)?(?:areas|regions|places|localities|counties|boroughs)\b`)
	// otherPlacesElsewhereRe is the rest of a set of places a page points
	// to elsewhere: "Figures for the remaining three regions are given in
	// the annex tables", "Results for the other four areas are in the data
	// tables". Group 1 is the count.
	otherPlacesElsewhereRe = lazyre.New(`\b(?:for|of|in|on)\s+the\s+(?:other|remaining)\s+(` + s56Small + `|ten|eleven|twelve|[2-9]|1[0-2])\s+(?:regions|areas|places|localities|countries|nations|trusts|councils|icbs|services|schools|practices|local\s+authorities)\s+(?:are|is|can\s+be|will\s+be|appear)\s+(?:(?:given|shown|set\s+out|published|available|found|included|listed|reported)\s+)?(?:in|on|at|below|above|separately)\b`)
	// groupOfUnitsRe is the few units a body named before it is made of:
	// "the Marsh Valley Federation, a group of 4 special schools", ", a
	// network of three family hubs". Who the body is, not a finding.
	// Group 1 is the count.
	groupOfUnitsRe = lazyre.New(`,\s*(?:a|an)\s+(?:group|federation|network|partnership|alliance|family|cluster|collaborative|chain|consortium|collection)\s+of\s+(` + workSmallNum + `|1[1-2])\s+[\p{L}]`)
)

// maskS88Counts marks the not-figures above, from sets 96 and 97: the few
// areas people a programme reached were in, the rest of a set of places
// a page points to elsewhere, and the few units a body is made of.
func maskS88Counts(lower string, taken []bool) {
	var res []*lazyre.Regexp
	if strings.Contains(lower, " in ") && hasAnyFold(lower, "areas", "regions", "places", "localities", "counties", "boroughs") {
		res = append(res, peopleInAreasRe)
	}
	if strings.Contains(lower, "other ") || strings.Contains(lower, "remaining ") {
		res = append(res, otherPlacesElsewhereRe)
	}
	if strings.Contains(lower, " of ") && strings.Contains(lower, ", a") {
		res = append(res, groupOfUnitsRe)
	}
	for _, re := range res {
		for _, m := range re.FindAllStringSubmatchIndex(lower, -1) {
			for i := m[2]; i < m[3]; i++ {
				taken[i] = true
			}
		}
	}
}
