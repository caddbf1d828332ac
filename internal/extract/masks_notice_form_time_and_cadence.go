package extract

import (
	"strings"

	"github.com/cypx/cypx/internal/lazyre"
)

var (
	// noticeAheadRe is how long before a meeting the public must send a
	// question or register: "welcome to send questions to the trust
	// secretary at least 48 hours beforehand", "register no later than
	// five working days before the meeting". The meeting's rule, not a
	// finding. Group 1 is the time.
	noticeAheadRe = lazyre.New(`\b(?:send|submit|e-?mail|post|register|book|give\s+notice|tell\s+us|let\s+us\s+know)\b[^.;:%£]{0,80}?\b(?:at\s+least|no\s+later\s+than|no\s+less\s+than|a\s+minimum\s+of)\s+(` + s48Num + `\s+(?:clear\s+|working\s+)?(?:hours|days|weeks))\s+(?:beforehand|in\s+advance|before|ahead|prior)\b`)
	// formTimeRe is how long a form or a survey takes the reader to fill
	// in: "It should take about 10 minutes", "The survey takes around 15
	// minutes to complete". What the reader gives, not a finding; "the
	// questionnaires took a median of 6 minutes" is one. Group 1 is the
	// time.
	formTimeRe = lazyre.New(`\b(?:it|this|the\s+(?:survey|questionnaire|form|consultation|quiz|poll))\s+(?:should\s+|will\s+|may\s+|might\s+|would\s+|only\s+|usually\s+|normally\s+)*(?:takes?|last)\s+(?:you\s+)?(?:only\s+)?(?:about|around|approximately|roughly|up\s+to|less\s+than|no\s+more\s+than|under|just|fewer\s+than)\s+(` + s48Num + `\s+(?:minutes?|mins?))\b`)
	// repeatedEveryRe is how often a body runs its survey or census:
	// "Every two years we ask the clinical lead of every service", "We
	// repeat the survey every three years". A cadence, not a finding.
	// Group 1 is the interval.
	repeatedEveryRe = lazyre.New(`(?:^|\b(?:survey|census|audit|count|review|poll|questionnaire|repeat|run|carry\s+out|conduct)\w*\s+(?:[^.;:%£]{0,40}?\s+)?)every\s+(` + s48Num + `\s+(?:years|months))\b(?:\s+we\b|[^.;:%£]{0,40}$)`)
	// actionInAreasRe counts the parts of what a writer calls for before
	// listing them: "the college is calling for action in four areas",
	// "we recommend change in three key areas". The list follows; the
	// count is no finding. Group 1 is the count.
	actionInAreasRe = lazyre.New(`\b(?:action|change|changes|improvements?|progress|investment|reform)\s+in\s+(` + s48Num + `)\s+(?:key\s+|main\s+|priority\s+|broad\s+)?(?:areas|ways|respects|themes)\b`)
	// quarterNameRe is a quarter named by its number in words: "the
	// quarter two figures", "in quarter one". A period, not a count.
	// Group 1 is the number.
	quarterNameRe = lazyre.New(`\bquarter\s+(one|two|three|four)\b`)
	// reportBackInRe is when a body is asked to report back: "to report back
	// to the Scrutiny Committee within six months". The ask's timing, not
	// a finding. Group 1 is the time.
	reportBackInRe = lazyre.New(`\breport\s+back\b[^.;:%£]{0,80}?\b(?:within|in|after)\s+(` + s48Num + `\s+(?:weeks|months|years))\b`)
)

// maskS69Counts marks the not-figures above, from sets 69 and 70: the
// notice a meeting asks for, the time a form takes, a survey's cadence,
// the count of areas a list of calls holds, a quarter named in words and
// the time to report back in.
func maskS69Counts(lower string, taken []bool) {
	var res []*lazyre.Regexp
	if strings.Contains(lower, "before") || strings.Contains(lower, "advance") || strings.Contains(lower, "ahead") || strings.Contains(lower, "prior") {
		res = append(res, noticeAheadRe)
	}
	if strings.Contains(lower, "min") {
		res = append(res, formTimeRe)
	}
	if strings.Contains(lower, "every") {
		res = append(res, repeatedEveryRe)
	}
	if strings.Contains(lower, " in ") {
		res = append(res, actionInAreasRe)
	}
	if strings.Contains(lower, "quarter ") {
		res = append(res, quarterNameRe)
	}
	if strings.Contains(lower, "report back") {
		res = append(res, reportBackInRe)
	}
	for _, re := range res {
		for _, m := range re.FindAllStringSubmatchIndex(lower, -1) {
			for i := m[2]; m[2] >= 0 && i < m[3]; i++ {
				taken[i] = true
			}
		}
	}
}
