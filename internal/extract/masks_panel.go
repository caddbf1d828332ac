package extract

import "github.com/cypx/cypx/internal/lazyre"

// panelMakeupRe is the make-up of a group that advised or reviewed the
// work: "our youth advisory group of 14 young people", "the review group,
// which included two young people". Group 1 is the count. Who sat on the
// panel says how the work was done, not what it found.
var panelMakeupRe = lazyre.New(`\b(?:advisory|review|steering|reference|working|expert|project|co-production|stakeholder|youth|parent|lived\s+experience)\s+(?:group|panel|board|forum|council)\b(?:\s*,?\s*(?:which|that|who)\s+(?:included|includes|was\s+made\s+up\s+of|is\s+made\s+up\s+of|comprised|comprises)|\s+(?:of|made\s+up\s+of|including|included|includes))\s+(?:(?:at\s+least|around|about)\s+)?(` + workNum + `)` + workFill + workPersonNoun + `\b`)

// maskPanelMakeup marks the count of the people on a group that advised
// or reviewed the work (panelMakeupRe). A sentence that reports what the
// group found ("a panel of 30 young people, 60% of whom said ...") keeps
// its count, the base of the finding (methodFindsRe).
func maskPanelMakeup(lower string, taken []bool) {
	if !hasAnyFold(lower, "group", "panel", "board", "forum", "council") || methodFindsRe.MatchString(lower) {
		return
	}
	for _, m := range panelMakeupRe.FindAllStringSubmatchIndex(lower, -1) {
		for i := m[2]; i < m[3]; i++ {
			taken[i] = true
		}
	}
}
