package extract

import "github.com/cypx/cypx/internal/lazyre"

// Spans and attendance that count no finding:
//
//   - the span a superlative is measured over: "the largest intake for
//     five years", "the highest number for the first time in a decade",
//     "its best figure for three years" (a record of its own): a
//     comparison's reach, not a length of anything found ("the longest
//     wait was for two years" names a wait and is not matched);
//   - a meeting's attendance in a recap or minutes: "Two members of the
//     youth panel joined for the first item": who was in the room;
//   - the span a family was told a wait could be: "We were told it could
//     be two years": a possibility put to them, not a wait found (as
//     spanCanMeanRe); "we were told it would be 18 months" is the wait
//     they were given and "we waited two years" a wait: both stay figures.
var (
	superlativeSpanRe = lazyre.New(`(?i)\b(?:the|its|their|our|his|her)\s+(?:[\p{L}-]+\s+)?(?:largest|biggest|highest|lowest|smallest|greatest|fewest|best|worst|strongest|weakest|most|least)\s+(?:[\p{L}'’-]+\s+){0,3}?(?:for|in|since)\s+(?:(?:over|more\s+than|almost|nearly|at\s+least|around|about)\s+)?((?:` + serviceNumber + `|\d{2}|a)\s+(?:years?|decades?|months))(?:[.,;:)]|\s+(?:and|but)\b|$)`)
	firstTimeSpanRe   = lazyre.New(`(?i)\bfor\s+the\s+first\s+time\s+in\s+(?:(?:over|more\s+than|almost|nearly|at\s+least|around|about)\s+)?((?:` + serviceNumber + `|\d{2}|a)\s+(?:years?|decades?|months))\b`)
	// superlativeVerbRe is a verb between a superlative and its span:
	// "the most common wait was for two years" states a wait.
	superlativeVerbRe = lazyre.New(`(?i)\b(?:is|was|were|are|been|being|waited|waits?|waiting|lasted|took|takes)\b`)
	attendedRe        = lazyre.New(`(?i)^(` + serviceNumber + `)\s+(?:members?|representatives?|colleagues|parents|carers|young\s+people|officers|governors|councillors|trustees)\s+(?:of|from)\s+(?:the\s+|our\s+)?[^.;:]{1,60}?\s+(?:joined|attended|dialled\s+in|came)\s+(?:for|to|at|in)?\s*(?:the\s+)?(?:(?:first|second|third|last|next|opening|start\s+of\s+the)\s+)?(?:item|items|agenda\s+item|meeting|call|session|discussion|part|workshop)\b`)
	toldSpanRe        = lazyre.New(`(?i)\b(?:told|warned|advised|informed)\s+(?:that\s+)?(?:it|the\s+wait|the\s+waiting\s+time|the\s+assessment|we|he|she|they|i)\s+(?:could|might|may)\s+(?:be|take|last|have\s+to\s+wait)\s+(?:(?:up\s+to|as\s+long\s+as|about|around|over|more\s+than)\s+)?((?:` + serviceNumber + `|a)\s+(?:years?|months?|weeks?))\b`)
)

// maskSpansAndAttendance marks the numbers this file describes.
func maskSpansAndAttendance(s, lower string, mark func(a, b int)) {
	if containsAny(lower, []string{" for ", " in ", " since "}) && containsAny(lower, []string{"est ", "most ", "least ", "best ", "worst "}) {
		for _, m := range superlativeSpanRe.FindAllStringSubmatchIndex(s, -1) {
			if !superlativeVerbRe.MatchString(s[m[0]:m[2]]) {
				mark(m[2], m[3])
			}
		}
	}
	if containsAny(lower, []string{"first time in"}) {
		for _, m := range firstTimeSpanRe.FindAllStringSubmatchIndex(s, -1) {
			mark(m[2], m[3])
		}
	}
	if containsAny(lower, []string{"joined", "attended", "dialled", " came"}) {
		if m := attendedRe.FindStringSubmatchIndex(s); m != nil {
			mark(m[2], m[3])
		}
	}
	if containsAny(lower, []string{"told", "warned", "advised", "informed"}) {
		for _, m := range toldSpanRe.FindAllStringSubmatchIndex(s, -1) {
			mark(m[2], m[3])
		}
	}
}
