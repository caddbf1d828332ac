package extract

import (
	"strings"

	"github.com/cypx/cypx/internal/lazyre"
)

var (
	// definitionThresholdRe is the threshold a definition draws a group
	// by: "Persistently absent means missing 10% or more of sessions",
	// "is defined as having 20 or more". Group 1 is the threshold; the
	// group's own share elsewhere in the sentence stays a figure.
	definitionThresholdRe = lazyre.New(`\b(?:means|(?:is|are|was|were)\s+defined\s+as|refers\s+to|(?:is|are|was|were)\s+counted\s+as)\s+(?:[a-z'’-]+\s+){0,4}?((?:\d{1,3}(?:\.\d+)?\s*(?:%|per\s*cent|percent)|\d{1,4})\s+or\s+(?:more|over|above|less|fewer|below|under))\b`)
	// methodMaterialsRe is what a workshop gave each person to vote or
	// where it seated them: "Each participant had three stickers",
	// "were given five dots each", "worked in six mixed tables". The
	// method, not a finding: the votes cast are one.
	methodMaterialsRe = lazyre.New(`\b(?:(?:each|every)\s+(?:participant|person|attendee|delegate|member|young\s+person|parent)\s+(?:had|was\s+given|got|received|used)\s+` + s48Num + `\s+(?:coloured\s+|colored\s+)?(?:stickers|dots|counters|tokens|votes)|(?:were|was)\s+given\s+` + s48Num + `\s+(?:stickers|dots|counters|tokens|votes)(?:\s+each)?|(?:sat|worked|were\s+seated|were\s+split)\s+(?:at|in|into|on)\s+` + s48Num + `\s+(?:mixed\s+|small\s+|themed\s+)?(?:tables|groups))\b`)
	// ownChangesRe is the writer counting what it recommends: "We
	// recommend four changes", "we propose three steps". The asks are
	// the items, their count none.
	ownChangesRe = lazyre.New(`\b(?:we|this\s+report|the\s+report|the\s+panel|the\s+review)\s+(?:recommends?|proposes?|suggests?|sets\s+out|makes?)\s+` + s48Num + `\s+(?:(?:key|main|practical|simple)\s+)?(?:changes|steps|actions|improvements|things)\b`)
	// offeredScheduleRe is the contacts a programme offers every family
	// or child: "every family should be offered five reviews". The
	// programme's schedule, no finding: how many were given is one. An
	// entitlement's count ("every child is entitled to four checks") is
	// not among them: the development set labels it a figure.
	offeredScheduleRe = lazyre.New(`\b(?:should|must|will|are|is)\s+(?:be\s+)?(?:offered|due)\s+` + s48Num + `\s+(?:(?:mandated|universal|health|development(?:al)?|face-to-face|home)\s+){0,2}(?:reviews|contacts|checks|visits|assessments)\b`)
)

// maskS75Counts marks the not-figures of set 75 (the regular expressions
// above): a definition's threshold, a workshop's voting materials and
// seating, the writer's count of its own changes and a programme's
// offered schedule. Read as figures they made statistics of method and
// terms.
func maskS75Counts(lower string, taken []bool) {
	markGroup := func(re *lazyre.Regexp, group bool) {
		for _, m := range re.FindAllStringSubmatchIndex(lower, -1) {
			a, b := m[0], m[1]
			if group {
				a, b = m[2], m[3]
			}
			for i := a; i < b; i++ {
				taken[i] = true
			}
		}
	}
	if strings.Contains(lower, " or ") && (strings.Contains(lower, "mean") || strings.Contains(lower, "defined") || strings.Contains(lower, "refers") || strings.Contains(lower, "counted")) {
		markGroup(definitionThresholdRe, true)
	}
	if strings.Contains(lower, "each") || strings.Contains(lower, "given") || strings.Contains(lower, "tables") || strings.Contains(lower, "groups") {
		markGroup(methodMaterialsRe, false)
	}
	if strings.Contains(lower, "recommend") || strings.Contains(lower, "propose") || strings.Contains(lower, "suggest") || strings.Contains(lower, "sets out") || strings.Contains(lower, "make") {
		markGroup(ownChangesRe, false)
	}
	if strings.Contains(lower, "offered") || strings.Contains(lower, " due ") {
		markGroup(offeredScheduleRe, false)
	}
}
