package extract

import (
	"strings"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/lazyre"
)

// judgedCountRe is a count a review's verdict is given of, its noun left
// to the sentence before it: "An audit of 60 plans rated 41 as good",
// "the panel judged 12 to be inadequate". Group 1.
var judgedCountRe = lazyre.New(`\b(?:rated|judged|graded|assessed|classed|classified|deemed|found)\s+(\d{1,3}(?:,\d{3})*)\s+(?:of\s+them\s+)?(?:as|to\s+be)\s`)

// readJudgedCounts reads the counts judgedCountRe finds, which no noun
// after them made counts: "41" of "rated 41 as good or better" was lost.
func (r *reader) readJudgedCounts() {
	if !r.f.digit {
		return
	}
	for _, m := range judgedCountRe.FindAllStringSubmatchIndex(r.lower, -1) {
		a, b := m[2], m[3]
		if r.free(a, b) && !isYearNumber(r.s[a:b]) {
			r.add(a, b, parseNumber(r.s[a:b]), evidence.UnitCount)
		}
	}
}

// wordRangeLow reads the low end of a range in words before the number in
// words at start: "between two and four percentage points", "three to
// five per cent". It gives where the range starts ("between" included)
// and its low end.
func wordRangeLow(s string, start int) (int, float64, bool) {
	lead := strings.TrimRight(s[:start], " ")
	lower := strings.ToLower(lead)
	var conn string
	for _, c := range []string{" and", " to", " or"} {
		if strings.HasSuffix(lower, c) {
			conn = c
			break
		}
	}
	if conn == "" {
		return 0, 0, false
	}
	lead = strings.TrimRight(lead[:len(lead)-len(conn)], " ")
	from, lo, ok := wordNumberBefore(s, len(lead))
	if !ok {
		return 0, 0, false
	}
	before := strings.TrimRight(strings.ToLower(s[:from]), " ")
	switch {
	case strings.HasSuffix(before, "between"):
		return len(before) - len("between"), lo, true
	case conn == " and":
		return 0, 0, false // "two and four" without "between" is no range
	}
	return from, lo, true
}

// changedToRe ends with the "to" a change reaches its level by: "fallen
// from 38 weeks to", "has risen to", "dropped to".
var changedToRe = lazyre.New(`(?:\bfrom\s+[^.;:]{1,40}?|\b` + reachedVerbs + `)\s+to\s+$`)

// reachedVerbs are the verbs a change reaches its level by, before "to":
// "has fallen to", "rose to", "climbed to".
const reachedVerbs = `(?:fallen|fell|falls|risen|rose|rises|dropped|drops|increased|decreased|reduced|cut|grown|grew|come\s+down|gone\s+up|climbed|jumped|improved|worsened|lengthened|shortened)`

// levelSince reports a duration a change reached, dated by "since" after
// it: "has fallen from 38 weeks to 24 weeks since April 2024" measures
// the wait now, where "two years since" alone would date what follows.
// t is the text before the duration, after the text after it.
func levelSince(t, after string) bool {
	return strings.HasPrefix(strings.TrimSpace(after), "since") && changedToRe.MatchString(t[max(0, len(t)-80):])
}
