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
	// studyLoadRe is the study a course asks of its learner: "about 30
	// hours of study", "20 hours of guided learning". What the reader
	// will do, not a finding. Group 1 is the count.
	studyLoadRe = lazyre.New(`\b(` + s48Num + `)\s+(?:hours?|hrs?)\s+of\s+(?:guided\s+|independent\s+|self-directed\s+|directed\s+|online\s+|private\s+|self-)?(?:study|learning|coursework)\b`)
	// courseSessionsRe is the sessions a course holds, told beside its
	// study load: "including three live online seminars". Group 1 is the
	// count.
	courseSessionsRe = lazyre.New(`\b(?:including|with|plus|and)\s+(` + s48Num + `)\s+(?:live\s+|online\s+|face-to-face\s+|in-person\s+|virtual\s+|optional\s+)*(?:seminars|webinars|workshops|tutorials|lectures|teaching\s+sessions|study\s+days)\b`)
	// wordLimitRe is the length a piece of writing may run to: "a case
	// study of up to 3,000 words", "no more than 500 words", "a 2,000-word
	// essay", "a word limit of 1,500". A limit set for the reader, not
	// a finding. Group 1 (or 2, or 3) is the count.
	wordLimitRe = lazyre.New(`\b(?:up\s+to|no\s+more\s+than|not\s+more\s+than|maximum\s+of|a\s+maximum|at\s+most|max\.?)\s+(\d{1,3}(?:,\d{3})*|\d+)\s+words\b|\b(\d{1,3}(?:,\d{3})*|\d+)-word\s+(?:essay|assignment|reflection|reflective|case\s+study|report|submission|summary|abstract|statement|limit|piece)\b|\bword\s+(?:limit|count)\s+(?:is\s+|of\s+)?(\d{1,3}(?:,\d{3})*|\d+)\b`)
)

// maskS66Counts marks the not-figures above, from set 66: a place told by
// the minutes it lies from another, a course's study load and the
// sessions told beside it, and a word limit.
func maskS66Counts(lower string, taken []bool) {
	mark := func(m []int) {
		for g := 2; g+1 < len(m); g += 2 {
			for i := m[g]; m[g] >= 0 && i < m[g+1]; i++ {
				taken[i] = true
			}
		}
	}
	if strings.Contains(lower, "min") {
		for _, m := range travelTimeFromPlaceRe.FindAllStringSubmatchIndex(lower, -1) {
			if !travelFindingRe.MatchString(lower[max(0, m[0]-40):m[0]]) {
				mark(m)
			}
		}
	}
	if strings.Contains(lower, " of ") && (strings.Contains(lower, "hour") || strings.Contains(lower, "hr")) {
		if ms := studyLoadRe.FindAllStringSubmatchIndex(lower, -1); ms != nil {
			for _, m := range ms {
				mark(m)
			}
			for _, m := range courseSessionsRe.FindAllStringSubmatchIndex(lower, -1) {
				mark(m)
			}
		}
	}
	if strings.Contains(lower, "word") {
		for _, m := range wordLimitRe.FindAllStringSubmatchIndex(lower, -1) {
			mark(m)
		}
	}
}
