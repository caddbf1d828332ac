package extract

import "github.com/cypx/cypx/internal/lazyre"

// meetsRe names a body's meetings, whose frequency is a timetable: "the
// board will meet every six weeks", "will review progress at formal
// meetings every three months". How often care is given ("reviews follow
// every six months") names no meeting and stays a figure.
var meetsRe = lazyre.New(`(?i)\b(?:meet|meets|met|meeting|meetings|convene[sd]?|sits|sit)\b`)

// processPeriodRe ends with the period a process is open for, in a
// sentence about a consultation or a notice: "the period of six weeks was
// adequate", "a notice period of", "the consultation period of". The
// length of a procedure, not a finding; "a waiting period of 18 weeks"
// names no consultation and stays a figure.
var processPeriodRe = lazyre.New(`\b(?:consultation|notice|engagement|objection|appeal|comment|comments|response|listening)?\s*period\s+of\s+$`)

// processPeriodWordRe is a word of a consultation or notice in the
// sentence.
var processPeriodWordRe = lazyre.New(`\b(?:consult(?:ation|ed|ing)?|notice|engagement|objections?|appeals?)\b`)

// processPeriod reports a duration at r.lower[a:b] that is how long a
// consultation or notice ran (processPeriodRe), in a sentence about one.
func (r *reader) processPeriod(a int) bool {
	return processPeriodRe.MatchString(tail(r.lower, a)) && processPeriodWordRe.MatchString(r.lower)
}

// readersAfterRe follows a number of the newsletter's own readers: "welcome
// to the 1,140 of you who joined", "hello to the 300 of you who have
// signed up". Who reads the letter is no evidence; "412 of you answered"
// (a poll of readers) and "1,140 of the children" count what was found.
var readersAfterRe = lazyre.New(`^\s+of\s+you\s+(?:who\s+)?(?:have\s+)?(?:just\s+|recently\s+)?(?:joined|subscribed|signed\s+up|are\s+new|arrived)\b`)

// countsReaders reports a number at r.s[a:b] counting the reader's fellow
// readers (readersAfterRe).
func (r *reader) countsReaders(b int) bool {
	return readersAfterRe.MatchString(r.lower[b:min(len(r.lower), b+48)])
}

// withinOfEventRe follows a deadline counted from an inspection or a
// visit: "within around 18 months of the inspection", "within a year of
// the visit". When a regulator comes back is its timetable, not a finding.
var withinOfEventRe = lazyre.New(`^\s*of\s+(?:the\s+|this\s+|our\s+|its\s+|their\s+)?(?:last\s+|previous\s+|full\s+)?(?:inspection|inspection\s+visit|visit|judgment|hearing|order)\b`)

// withinHedgeRe ends with "within" and perhaps a hedge the figure does
// not hold: "within around".
var withinHedgeRe = lazyre.New(`\bwithin\s+(?:(?:around|about|approximately|roughly)\s+)?$`)

// regulatorReturn reports a duration after "within" that a later
// inspection is due in (withinOfEventRe).
func (r *reader) regulatorReturn(a, b int) bool {
	return withinHedgeRe.MatchString(tail(r.lower, a)) && withinOfEventRe.MatchString(r.lower[b:min(len(r.lower), b+40)])
}

// leaveAfterRe follows a post's days of leave: "27 days' annual leave",
// "30 days holiday". A term of employment, not a finding.
var leaveAfterRe = lazyre.New(`^(?:['’]|s['’])?\s+(?:paid\s+)?(?:annual\s+leave|holidays?|leave\s+a\s+year)\b`)

// leaveTerm reports days at r.lower[a:b] that are a post's leave.
func (r *reader) leaveTerm(b int) bool {
	return leaveAfterRe.MatchString(r.lower[b:min(len(r.lower), b+32)])
}
