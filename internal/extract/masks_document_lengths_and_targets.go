package extract

import (
	"strings"

	"github.com/cypx/cypx/internal/lazyre"
)

var (
	// ownLengthRe is a document telling its own length: "This briefing
	// does that in four pages", "our short note sets this out in 3
	// pages". How long the writer's own paper is, no finding. Group 1.
	ownLengthRe = lazyre.New(`\b(?:this|our)\s+(?:short\s+|brief\s+)?(?:briefing|report|paper|note|summary|document|submission|response|guide|leaflet|letter|update)\b[^.;:]{0,50}?\bin\s+(?:just\s+|only\s+|about\s+)?(\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|twelve)\s+(?:short\s+)?pages\b`)
	// listCountRe is a small number in words counting the items of the
	// list a colon opens after its noun: "two national standards: ...",
	// "to support five changes:". The list says what they are; the count
	// of them is no finding. Group 1.
	listCountRe = lazyre.New(`\b(two|three|four|five|six|seven|eight|nine|ten)\s+(?:[a-z’'-]+\s+){0,2}?[a-z’'-]+s\s*:`)
	// listedTimeRe is a listCountRe match whose noun is a unit of time:
	// "within four weeks:", "for two years:".
	listedTimeRe = lazyre.New(`\b(?:minutes|hours|days|weeks|months|years|quarters|terms)\s*:$`)
	// aimTargetRe is an aim set as an imperative with its target in a
	// purpose clause: "Reduce the longest waits so that no child waits
	// more than 52 weeks by March 2027", "Improve plans so that at least
	// 80% are rated good". The target the writer sets itself, not a
	// level found. Group 1 is the purpose clause.
	aimTargetRe = lazyre.New(`^(?:\d{1,2}[.)]\s+)?(?:reduce|improve|increase|raise|cut|halve|lift|bring|get|ensure|make\s+sure|grow|expand|double|shorten)\b[^.;:]{0,160}?\b(so\s+that\b[^.;]*)`)
	// halfDayRe is time set aside by the week or the month in half a day
	// or an hour: "at least half a day a week for the role". A post's
	// allowance, as "two days a week" is; no share of anything.
	halfDayRe             = lazyre.New(`\bhalf\s+(?:a|an)\s+(?:day|hour|session)\s+(?:a|per|each|every)\s+(?:week|fortnight|month|term)\b`)
	qualifyingThresholdRe = lazyre.New(`\b(?:all|any|every)\s+[a-z]+\s+(?:that|which|who)\s+(?:get|gets|reach|reaches|receive|receives|gain|gains|attract|attracts|collect|collects)\s+(?:more\s+than|over|at\s+least|fewer\s+than|under)\s+([\d,]+)\s+(?:signatures|votes|nominations|supporters)\b`)
)

// maskS47Counts marks a document's own length, the count of a list's
// items before its colon, half a day a week set aside, an aim's target
// and a rule's qualifying threshold (the regular expressions above): read as
// figures they made statistics of what is no finding.
func maskS47Counts(lower string, taken []bool) {
	mark := func(re *lazyre.Regexp) {
		for _, m := range re.FindAllStringSubmatchIndex(lower, -1) {
			for i := m[2]; m[2] >= 0 && i < m[3]; i++ {
				taken[i] = true
			}
		}
	}
	if strings.Contains(lower, "pages") {
		mark(ownLengthRe)
	}
	if strings.Contains(lower, ":") {
		// "seen within four weeks: 71%": a time limit before a label's
		// colon is the measure's threshold, no count of a list (set 62).
		for _, m := range listCountRe.FindAllStringSubmatchIndex(lower, -1) {
			if listedTimeRe.MatchString(lower[m[0]:m[1]]) {
				continue
			}
			for i := m[2]; m[2] >= 0 && i < m[3]; i++ {
				taken[i] = true
			}
		}
	}
	if strings.Contains(lower, "half a") || strings.Contains(lower, "half an") {
		for _, m := range halfDayRe.FindAllStringIndex(lower, -1) {
			for i := m[0]; i < m[1]; i++ {
				taken[i] = true
			}
		}
	}
	if strings.Contains(lower, "so that") {
		mark(aimTargetRe)
	}
	if hasAnyFold(lower, "signatures", "votes", "nominations", "supporters") {
		mark(qualifyingThresholdRe)
	}
}
