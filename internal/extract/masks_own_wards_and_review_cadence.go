package extract

import (
	"strings"

	"github.com/cypx/cypx/internal/lazyre"
)

var (
	// ownWardsRe is the writer's own wards or inpatient units, with the
	// words of their kind between the count and the noun: "on our two
	// CAMHS inpatient wards", "across its three adolescent units". Where
	// a figure beside it was found, not a finding (only with another
	// figure in the sentence, as ownEstateRe). The schools a service
	// reaches ("cover 4,600 pupils across our seven primary schools") are
	// its reach, and stay counts. Group 1.
	ownWardsRe = lazyre.New(`\b(?:across|in|at|on|from|within)\s+(?:all\s+|each\s+of\s+|both\s+of\s+|one\s+of\s+)?(?:our|its|the\s+trust['’]s)\s+(` + s48Num + `)\s+(?:[\w&'’-]+\s+){0,3}?(?:wards|units)\b`)
	// planReviewCadenceRe is how often a plan's status or progress is
	// reviewed or reported: "Status is reviewed by the board every two
	// months", "Progress against these actions is reported to the
	// committee every six weeks". The plan's governance, as a body's
	// meeting cadence is, not a finding. Group 1 is the interval.
	planReviewCadenceRe = lazyre.New(`^(?:the\s+|its\s+|our\s+|this\s+)?(?:rag\s+)?(?:status|progress|delivery|plan|action\s+plan|risk\s+register|dashboard|actions?|each\s+action|priorities|performance\s+against\s+the\s+plan)\b[^.;:%£]{0,60}?\b(?:is|are|will\s+be|gets|get)\s+(?:formally\s+)?(?:reviewed|monitored|checked|updated|reported|scrutinised|scrutinized|refreshed|assessed|tracked)\b[^.;:%£]{0,80}?\b(?:every|each)\s+(` + s48Num + `\s+(?:weeks|months))\b[^%£]*$`)
	// contentsFromRe is what a document holds, told as the places its
	// examples come from: "The full briefing sets out case studies from
	// four systems", "The toolkit draws on examples from six councils".
	// A paper's contents, not a count of anything found. Group 1.
	contentsFromRe = lazyre.New(`^(?:the|this|our)\s+(?:full\s+|longer\s+|accompanying\s+)?(?:briefing|report|toolkit|guide|paper|document|publication|review|summary|pack|resource)\s+(?:also\s+)?(?:sets\s+out|includes|contains|features|draws\s+on|presents|gives|offers|describes|showcases|shares|has)\b[^.;%£]{0,40}?\b(?:case\s+studies|examples|stories|good\s+practice|learning)\s+(?:from|in|of|across)\s+(` + s48Num + `)\s+(?:[\w-]+\s+)?(?:systems|areas|places|councils|trusts|icbs|icss|regions|sites|services|organisations|local\s+authorities|authorities|schools|hospitals|practices)\b`)
	// askedStandardSpanRe is the limit of a standard or a target an ask
	// would set, written into its name: "should set a four-week waiting
	// time standard", "must introduce a 12-week target for assessments".
	// What is asked for, not a finding; "seen within the four-week
	// standard" in a finding stays a figure. Group 1 is the span.
	askedStandardSpanRe = lazyre.New(`\b(?:should|must|to|needs?\s+to|we\s+want\s+(?:the\s+)?[\w\s]{2,30}?\s+to)\s+(?:urgently\s+|now\s+|also\s+)?(?:set|introduce|adopt|agree|create|establish|bring\s+in|commit\s+to)\s+(?:a|an|new|one)\s+(?:national\s+|maximum\s+|new\s+|clear\s+|statutory\s+)?(` + s48Num + `[- ](?:hour|day|week|month))\s+(?:[\w'’-]+\s+){0,3}?(?:standard|target|limit|guarantee|maximum\s+wait)s?\b`)
	// askedFrequencyRe is how often an ask would have a body do a thing
	// of care: "The trust must make sure children waiting in the
	// emergency department have a risk assessment every four hours". The
	// duty asked for, not a frequency found. Group 1 is the interval.
	askedFrequencyRe = lazyre.New(`\b(?:must|should|needs?\s+to)\s+(?:make\s+sure|ensure)\b[^.;:%£]{0,160}?\bevery\s+(` + s48Num + `\s+(?:hours|days|weeks|months))\b[^%£]*$`)
)

// maskS63Counts marks the not-figures above, from set 63: the writer's
// own wards or units named with their kind beside another figure, how
// often a plan's status is reviewed, the places a document's examples
// come from, a standard's limit an ask would set and how often an ask
// would have a body act.
func maskS63Counts(lower string, taken []bool) {
	markGroups := func(re *lazyre.Regexp, other bool) {
		for _, m := range re.FindAllStringSubmatchIndex(lower, -1) {
			if other && !otherFigureOutside(lower, m[0], m[1]) {
				continue
			}
			for g := 2; g+1 < len(m); g += 2 {
				for i := m[g]; m[g] >= 0 && i < m[g+1]; i++ {
					taken[i] = true
				}
			}
		}
	}
	if strings.Contains(lower, "our ") || strings.Contains(lower, "its ") || strings.Contains(lower, "trust") {
		markGroups(ownWardsRe, true)
	}
	if strings.Contains(lower, "every") || strings.Contains(lower, "each") {
		markGroups(planReviewCadenceRe, false)
	}
	if strings.Contains(lower, "every") {
		markGroups(askedFrequencyRe, false)
	}
	if strings.Contains(lower, " from ") || strings.Contains(lower, " in ") || strings.Contains(lower, " of ") || strings.Contains(lower, " across ") {
		markGroups(contentsFromRe, false)
	}
	if strings.Contains(lower, "standard") || strings.Contains(lower, "target") || strings.Contains(lower, "limit") || strings.Contains(lower, "guarantee") || strings.Contains(lower, "maximum") {
		markGroups(askedStandardSpanRe, false)
	}
}
