package extract

import (
	"strings"

	"github.com/cypx/cypx/internal/lazyre"
)

var (
	// eventAttendedRe is how many came to an event the text reports on:
	// "142 people joined on the day", "over 90 of you attended the
	// webinar". The event's own headcount after it, as eventHeadcountRe's
	// is before it: housekeeping, no finding about services.
	eventAttendedRe = lazyre.New(`\b(?:(?:about|around|over|nearly|almost|more\s+than)\s+)?(\d[\d,]*|` + s48Num + `)\s+(?:people|of\s+you|participants|delegates|colleagues|attendees|guests)\s+(?:joined|attended|came|took\s+part|tuned\s+in|dialled\s+in|signed\s+in)\s+(?:on\s+the\s+day|live|online|in\s+person|us|the\s+(?:webinar|call|session|event|meeting|workshop|conference|launch))\b`)
	// namedDeadlineRe is a time limit named as a thing, not measured: "within
	// the six-week deadline", "the statutory 20-week time limit". A rule's
	// term, as "a legal limit of six weeks" asked for is (limitOfRe); only
	// where no other figure is in the sentence, for a share counted against
	// the limit ("38% were issued within the 20-week time limit") has it as
	// its threshold.
	namedDeadlineRe = lazyre.New(`\b(?:the|a|its|their|this)\s+(?:statutory\s+|legal\s+|national\s+|usual\s+)?((?:\d{1,3}|` + s48Num + `)[- ](?:working[- ])?(?:day|week|month|year))\s+(?:statutory\s+)?(?:deadline|time\s*limit|timescale|timeframe|time\s*frame)\b`)
	// limitOfRe is a limit set or asked for by its length: "a legal limit
	// of six weeks on the time families spend in hostels". Only where no
	// other figure is in the sentence: "Only 2 of the 9 plans were issued
	// within the legal limit of 20 weeks" counts against it, its threshold.
	limitOfRe = lazyre.New(`\b(?:legal|statutory|maximum|strict|time|upper)\s+limit\s+of\s+((?:\d{1,3}|` + s48Num + `)\s+(?:working\s+)?(?:days?|weeks?|months?|years?))\b`)
	// remedyLeadInRe is the timetable of a lead-in over what bodies will
	// do: "Within one month of the final decision, the council and the
	// ICB will:". When they will act is the remedy's term, no finding.
	remedyLeadInRe = lazyre.New(`^(?:within|in\s+the\s+next|by\s+the\s+end\s+of)\s+((?:\d{1,3}|` + s48Num + `)\s+(?:working\s+)?(?:days?|weeks?|months?))\b[^:;.]{0,120}\s(?:will|should|must|have\s+agreed\s+to|agreed\s+to)\s*:\s*$`)
)

// maskS51Counts marks an event's headcount after it, a time limit named or
// set by its length, and a lead-in's timetable (the regular expressions
// above): read as figures they made statistics of a rule's terms and an
// event's housekeeping.
func maskS51Counts(lower string, taken []bool) {
	mark := func(re *lazyre.Regexp, alone bool) {
		for _, m := range re.FindAllStringSubmatchIndex(lower, -1) {
			if alone && otherFigureOutside(lower, m[2], m[3]) {
				continue
			}
			for i := m[2]; i < m[3]; i++ {
				taken[i] = true
			}
		}
	}
	if strings.Contains(lower, "joined") || strings.Contains(lower, "attended") || strings.Contains(lower, " in ") || strings.Contains(lower, "came") || strings.Contains(lower, "part") {
		mark(eventAttendedRe, false)
	}
	if strings.Contains(lower, "deadline") || strings.Contains(lower, "limit") || strings.Contains(lower, "time") {
		mark(namedDeadlineRe, true)
		mark(limitOfRe, true)
	}
	if strings.HasSuffix(strings.TrimSpace(lower), ":") {
		mark(remedyLeadInRe, false)
	}
}
