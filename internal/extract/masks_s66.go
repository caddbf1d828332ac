package extract

import (
	"strings"

	"github.com/cypx/cypx/internal/lazyre"
)

var (
	// travelTimeFromPlaceRe is a place told by how far it is from another
	// in minutes: "our family house, two minutes from the main entrance",
	// "ten minutes' walk from the station", "five minutes away". Where a
	// building stands, not a finding. Group 1 is the count.
	travelTimeFromPlaceRe = lazyre.New(`\b(` + s48Num + `)\s+(?:minutes?|mins?)(?:['’]s?)?\s+(?:(?:walk|drive|ride|bus\s+ride|journey)\s+(?:from|away|to)\b|away\b|from\s+(?:the\s+|our\s+|its\s+|their\s+)?(?:main\s+)?(?:entrance|hospital|station|bus\s+station|train\s+station|centre|center|town\s+centre|city\s+centre|site|wards?|school|campus|clinic|unit|building|front\s+door|motorway)\b)`)
	// travelFindingRe before the count makes it a finding of how far
	// people travel or live: "travelled an average of 40 minutes from",
	// "families live 30 minutes from the nearest unit".
	travelFindingRe = lazyre.New(`\b(?:average|mean|median|typically|travel(?:led|ed|s|ling|ing)?|li(?:ve|ves|ved|ving)|journeys?|took|takes|spent|waited|waits?)\b[^,.;:]{0,25}$`)
)

// maskS66Counts marks the not-figures above, from set 66: a place told by
// the minutes it lies from another.
func maskS66Counts(lower string, taken []bool) {
	if !strings.Contains(lower, "min") {
		return
	}
	for _, m := range travelTimeFromPlaceRe.FindAllStringSubmatchIndex(lower, -1) {
		if travelFindingRe.MatchString(lower[max(0, m[0]-40):m[0]]) {
			continue
		}
		for i := m[2]; i < m[3]; i++ {
			taken[i] = true
		}
	}
}
