package extract

import (
	"math"
	"strings"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/lazyre"
	"github.com/cypx/cypx/internal/measure"
)

// Figures that the sentence around a number decides: a number with no
// noun of its own that is a count because the sentence has already said
// what it counts ("Of the 34 hospices, 11 received..."), and two figures
// that are one ("ranged from 11 days in one area to 82 days in another",
// "£4 in every £5", "a quarter of a million children, 270,300,").

var (
	// clauseLeadRe ends with the words that open a clause whose subject is
	// a bare number: ", 11 received", "and only 6 had", "while 22 were",
	// "a further 15 before".
	clauseLeadRe = newEndRe(lazyre.New(`(?:[,;:(–—]|\b(?:and|while|but|whereas|a\s+further|another|an\s+additional|the\s+remaining|the\s+other))\s*$`))
	// groupRestRe ends with the words that make a bare number the rest
	// of a group already counted: "The remaining five waited", "the other
	// three had".
	groupRestRe = lazyre.New(`(?:^|[.;:,]\s*|\b(?:and|but|while)\s+)(?:the\s+(?:remaining|other|last)|a\s+further|another)\s+$`)
	// ofGroupRe ends with "of the" after a count: "11 of the", "three
	// out of the".
	ofGroupRe = lazyre.New(`\s(?:out\s+)?of\s+(?:(?:the|these|those|all|its|their|our)\s+)?$`)
	// shareAfterRe follows a count restated as a share: "41 (72%)", "56,
	// or 72%".
	shareAfterRe = lazyre.New(`^(?:\s?\(\s?(?:or\s+)?|,\s+or\s+)(?:` + numberRe + `)\s?(?:%|per ?cent\b)`)
	// timeAfterRe opens the period of a comparison: "up from 69 in
	// 2022/23", "compared with 21 the year before", "up from 455 in the
	// same term last year", "up from 280 in Q4 2022".
	timeAfterRe = lazyre.New(`^(?:(?:in|at|by)\s+(?:(?:19|20)\d{2}\b|the\s+(?:previous|same|last|prior|preceding|first|second|third|fourth)\s+(?:year|period|quarter|half|month|point|time|stage|date|term|week|school\s+year|financial\s+year)\b|(?:january|february|march|april|may|june|july|august|september|october|november|december|q[1-4]|quarter\s+[1-4](?:\s+of)?)\s+(?:19|20)\d{2}\b|that\s+(?:year|point|time)\b)|(?:this|that)\s+time\s+last\s+year\b|the\s+(?:year|month|quarter|week)\s+before\b|a\s+year\s+(?:earlier|before|ago)\b|(?:last|the\s+previous|the\s+prior)\s+year\b|(?:a|one|two|three|four|five|six|ten|\d{1,2})\s+years?\s+(?:earlier|before|ago)\b)`)
)

// bareCount reports a number at s[a:b] with no noun after it that is a
// count all the same, the word after it starting at next: the subject of
// its clause in a sentence that has already counted something ("Of the 34
// hospices, 11 received", "and only 6 had"); the group a count is drawn
// from ("11 of the 23 had"); or a comparison with another period ("up
// from 69 in 2022/23").
func (r *reader) bareCount(a, b, next int) bool {
	s := r.s
	if !r.countable(a, b) {
		return false
	}
	if r.partOfWhole(a, b, next) {
		return true
	}
	if strings.Contains(s[a:b], ".") {
		return false
	}
	if r.countEndsBefore(a) {
		return true
	}
	start, _ := qualifierBefore(s, a)
	if r.subjectLevel(start, b) {
		return true
	}
	// "fell by 200 to 1,100": a count's change, before the level it
	// reached. Before, the 200 was no figure, and the level measured
	// "fell by 200".
	if before := tail(r.lower, start); changeBefore(before) && strings.HasSuffix(strings.TrimRight(before, " "), " by") &&
		changeLevelAfterRe.MatchString(r.lower[next:]) {
		return true
	}
	if r.inRespectivelyList(a, b) {
		return true
	}
	if r.groupSubjectUncounted(start, next) || r.openingGroup(start, next) {
		return true
	}
	if r.recruitedBesidePlan(start, next) {
		return true
	}
	if r.heldCeiling(start, next) {
		return true // "well above the 250 that the Institute recommends"
	}
	if r.outOfBase(start) {
		return true // "5 vacant therapist posts out of 38"
	}
	if r.clauseSubjectCount(start, next) {
		return true // "Two thirds (66%) use a monitor, and 118 use a pump"
	}
	if perPeriodEndsRe.MatchString(r.lower[next:]) && levelCueEndsRe.MatchString(tail(r.lower, start)) {
		// "admissions stayed broadly flat at around 40 a year.": the
		// level of a count in each period. Before, only a count read
		// earlier in the sentence made it one.
		return true
	}
	if !r.countedBefore(start) {
		return false
	}
	if bareCuesRe.MatchString(tail(r.lower, start)) && timeAfterRe.MatchString(r.lower[next:]) {
		return true
	}
	if r.earlierInItsTime(start, next) {
		return true
	}
	return r.groupSubject(start, next)
}

var (
	// upDownFromRe ends with the "up from" or "down from" before an
	// earlier value.
	upDownFromRe = newEndRe(lazyre.New(`,\s+(?:up|down)\s+from\s+$`))
	// earlierTimeAfterRe opens a time an earlier value is set in that
	// timeAfterRe leaves out: "in the spring term of 2024", "in the year
	// before the hub opened", "at the start of the pilot", "in the same
	// months of 2024", "in February", "in the six months after it opened".
	earlierTimeAfterRe = lazyre.New(`^(?:in|at|during)\s+(?:(?:the\s+)?(?:(?:same|first|last|previous|prior|preceding|spring|summer|autumn|winter|two|three|four|six|nine|twelve|\d{1,2})\s+)*(?:start|beginning|end|year|years|months|weeks|term|terms|quarter|quarters|half)\b|(?:january|february|march|april|may|june|july|august|september|october|november|december)\b)`)
)

// earlierInItsTime reports a bare number after ", up from" or ", down
// from" (its qualifier from start, the word after it at next) that a time
// of its own follows ("up from 88 in the spring term of 2024", "down from
// 52 in the year before the hub opened", "up from 6 at the start of the
// pilot"): the earlier value of the count the clause before reported,
// the last figure before it. Before, only the times timeAfterRe knows
// made it one.
func (r *reader) earlierInItsTime(start, next int) bool {
	if !upDownFromRe.MatchString(tail(r.lower, start)) || !earlierTimeAfterRe.MatchString(r.lower[next:]) {
		return false
	}
	last := -1
	for i, f := range r.figs {
		if f.Offset < start && (last < 0 || f.Offset > r.figs[last].Offset) {
			last = i
		}
	}
	return last >= 0 && r.figs[last].Unit == evidence.UnitCount
}

// subjectLevel reports the number ending at b, its qualifier from
// start, a level of the sentence's opening subject in a time it names,
// alone or listed: "Referrals were 300 in 2023", "Referrals totalled
// 300 in 2023", "The number of referrals was 300 in 2023", each of
// "Referrals were 300, 320 and 340 in Q1, Q2 and Q3 2023" and of
// "Referrals were 300 in Q1, 320 in Q2 and 340 in Q3 2023". Before
// (hostile check 60), a value under 1,000 so set was no figure, and a
// sentence of values by quarter no statistic. The time is required: a
// plural subject and a bare number alone ("Pupils were 5") may be an
// age, a list number or a score.
func (r *reader) subjectLevel(start, b int) bool {
	before := r.s[:start]
	if m := listedLevelsRe.FindStringIndex(before); m != nil {
		before = before[:m[0]]
	}
	// "In Q1 2023 referrals were 300;": the time opens the sentence, so
	// the level ends its clause (hostile check 62: no figure was read).
	opening := openingTimeRe.FindString(before)
	subject, verb := measure.LevelSubject(before[len(opening):])
	if subject == "" || !levelVerbs[verb] && !strings.HasSuffix(verb, " to") && !strings.HasSuffix(verb, " at") {
		return false
	}
	if opening != "" {
		return levelEndsClauseRe.MatchString(r.lower[b:])
	}
	m := levelListAfterRe.FindStringIndex(r.lower[b:])
	if m == nil {
		return false
	}
	rest := r.lower[b+m[1]:]
	// A quarter is a time only with its year after it: "in Q1, Q2 and
	// Q3 2023", never "300 in Q1, 320 in Q2." with no year at all.
	return timeAfterRe.MatchString(rest) || quarterAfterRe.MatchString(rest) && yearAheadRe.MatchString(rest)
}

// respectivelyListRe is a list of bare numbers that "respectively"
// ends, after a verb that gives each a level, "were 300, 320 and 340
// respectively", or after a verb of change's "by", "fell by 300 and 200
// respectively". Group 1 is the verb, group 2 the list.
// Counts compared with the level before them, "compared with 980 and
// 1,100 in Medway and Surrey respectively", are such a list too, with
// the places before "respectively" (hostile check 68: the 980 was lost,
// the 1,100 measured "980").
var respectivelyListRe = lazyre.New(`\b(by|were|was|totall?ed|reached|numbered|stood\s+at|(?:rose|fell|increased|decreased|grew|dropped)\s+to)\s+((?:\d[\d,]*(?:\s*,\s*|,?\s+and\s+))+\d[\d,]*)\s*,?\s+respectively\b|\b(compared\s+(?:with|to))\s+((?:\d[\d,]*(?:\s*,\s*|,?\s+and\s+))+\d[\d,]*)\s+in\s+[^;:.()%£\d]{1,80}?\s+respectively\b`)

// inRespectivelyList reports the number a..b one of a list of values a
// verb gives once and "respectively" pairs with places or periods: "In
// Q1, Q2 and Q3 2023, referrals were 300, 320 and 340 respectively",
// "Referrals in Kent and Medway were 300 and 200 respectively in 2023",
// counts of each; "In Kent and Medway, referrals fell by 300 and 200
// respectively in 2023" counts their changes. Before (hostile check
// 62), none was a figure.
func (r *reader) inRespectivelyList(a, b int) bool {
	if !strings.Contains(r.lower, "respectively") {
		return false
	}
	for _, m := range respectivelyListRe.FindAllStringSubmatchIndex(r.lower, -1) {
		if m[2] < 0 {
			m = append(m[:2], m[6:]...) // "compared with 980 and 1,100 in …"
		}
		if a >= m[4] && b <= m[5] && (r.lower[m[2]:m[3]] != "by" || changeBefore(r.lower[:m[2]+len("by ")])) {
			return true
		}
	}
	return false
}

// openingTimeRe is a time opening a sentence before the subject of its
// level: "In Q1 2023 ", "In March 2023, ", "During 2022/23 ".
var openingTimeRe = lazyre.New(`^(?i:in|during)\s+` + periodOfYear + `,?\s+`)

// periodOfYear is a year, with a quarter or a month before it: "2023",
// "Q1 2023", "quarter 1 of 2023", "March 2023", "2022/23".
const periodOfYear = `(?i:(?:q[1-4]|quarter\s+[1-4](?:\s+of)?|` + monthWord + `)\s+)?(?:19|20)\d{2}(?:[/–-]\d{2,4})?`

// monthWord is a month's full name (lower case; the patterns using it
// ignore case).
const monthWord = `(?:january|february|march|april|may|june|july|august|september|october|november|december)`

// levelEndsClauseRe opens what follows a level that ends its clause:
// "300;", "300.", "300, and".
var levelEndsClauseRe = lazyre.New(`^(?:\s*[.;]|\s*$|,\s)`)

// laterPeriodLeadRe ends with a later clause's time before its bare
// level, parallel to a level the sentence gave: "; in Q2, ", "; in 2023,
// ", ", and in Q3 2023, ".
// A month alone too, "; in March, ", as the sentence's year dates it
// (hostile check 63: the 410 of "In January 2024, 380 children were
// referred; in March, 410." was lost).
var laterPeriodLeadRe = lazyre.New(`(?i)(?:;|,\s*and|,)\s+(?:in|during)\s+(?:(?:q[1-4]|quarter\s+[1-4])(?:\s+(?:of\s+)?(?:19|20)\d{2})?|` + periodOfYear + `|` + monthWord + `)\s*,\s*$`)

// laterPeriodLevel reports a bare number ending its clause after a later
// clause's time or place, parallel to the count ending the clause before
// it: the 320 of "In Q1 2023 referrals were 300; in Q2, 320." (hostile
// check 62: only the 300 was read, or none), the 410 of "In 2023,
// referrals were 380; in Medway, 410." (the measure package gives it
// Medway and 2023, clauseListed). The clause before must end on a count
// read: after "; in Medway, 410", which was not, "; in Q2, 300" was read
// alone and measured "in Q2" (hostile check 63).
func (r *reader) laterPeriodLevel(start int) bool {
	prev := -1
	for i, f := range r.figs {
		if f.Offset+len(f.Text) <= start {
			prev = i
		}
	}
	if prev < 0 || r.figs[prev].Unit != evidence.UnitCount {
		return false
	}
	gap := r.s[r.figs[prev].Offset+len(r.figs[prev].Text) : start]
	if strings.HasPrefix(gap, " (") {
		// "; in Medway, 1,200 (2022: 1,050); in Surrey, 900": the
		// count's own earlier value in brackets ends the clause before,
		// whose count is the level (hostile check 67: the 900 was lost).
		if k := strings.IndexByte(gap, ')'); k > 0 && strings.IndexByte(gap[2:k], '(') < 0 {
			gap = gap[k+1:]
		}
	}
	if !gapNoValueRe.MatchString(gap) {
		return false
	}
	lead := before(r.s, start, 40)
	if bareQuarterLeadRe.MatchString(lead) && !openingQuarterRe.MatchString(r.s) {
		// "In 2023, referrals were 380; in Q2, 300": a quarter the
		// scanner can give no year (a calendar's or a financial one's),
		// so no figure, never one measured "in Q2" (hostile check 63).
		return false
	}
	return laterPeriodLeadRe.MatchString(lead) || measure.ClauseOpensOnAPlace(gap)
}

// bareQuarterLeadRe ends with a later clause's quarter with no year:
// "; in Q2, ". openingQuarterRe opens a sentence on a quarter of a year,
// which dates the later ones: "In Q1 2023 ".
var (
	bareQuarterLeadRe = lazyre.New(`(?i)\b(?:in|during)\s+(?:q[1-4]|quarter\s+[1-4])\s*,\s*$`)
	openingQuarterRe  = lazyre.New(`^(?i:in|during)\s+(?i:q[1-4]|quarter\s+[1-4](?:\s+of)?)\s+(?:19|20)\d{2}\b`)
)

// gapNoValueRe is text with no number but a year or a quarter's.
var gapNoValueRe = lazyre.New(`^(?:[^0-9]|\b(?:19|20)\d{2}(?:[/–-]\d{2,4})?\b|\b[Qq][1-4]\b)*$`)

// yearAheadRe finds a year: "2023", "2023/24".
var yearAheadRe = lazyre.New(`\b(?:19|20)\d{2}\b`)

// levelVerbs give their subject the level after them, with no "to":
// "Referrals were 300", "totalled 300".
var levelVerbs = map[string]bool{"were": true, "was": true, "reached": true, "totalled": true, "totaled": true}

// listedLevelsRe ends with the values listed before another of the same
// subject: "300, 320 and ", "300 in Q1, 320 in Q2 and ".
var listedLevelsRe = lazyre.New(`(?i)(?:\d+(?:,\d{3})*(?:\s+in\s+q[1-4])?(?:\s*,\s*(?:and\s+)?|\s+and\s+))+$`)

// levelListAfterRe opens what follows a listed level up to its time:
// ", 320, 340 and 360 ", " ".
var levelListAfterRe = lazyre.New(`^(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+)\d+(?:,\d{3})*)*\s+`)

// quarterAfterRe opens a quarter's name: "in q1".
var quarterAfterRe = lazyre.New(`^in\s+q[1-4]\b`)

// changeLevelAfterRe opens the level a count's change reached: "to
// 1,100", "to around 14,500".
var changeLevelAfterRe = lazyre.New(`^to\s+(?:around\s+|about\s+|nearly\s+|almost\s+|just\s+over\s+|just\s+under\s+|more\s+than\s+)?\d`)

// groupSubjectUncounted reports a number opening a clause whose group the
// sentence has named without counting it: after an opening "Of the
// children in bed and breakfast, 96 had", or with the verb of an earlier
// figure's clause ("A third (33.9%) had waited over six weeks, and 96 had
// waited over 18"), the parallel saying it counts the same people.
func (r *reader) groupSubjectUncounted(start, next int) bool {
	if next >= len(r.s) || !isLower(r.s[next]) || !clauseLeadRe.MatchString(tail(r.lower, start)) {
		return false
	}
	if start <= 120 && groupOpeningRe.MatchString(r.lower[:start]) {
		return true
	}
	verb := twoWords(r.lower, next)
	if verb == "" {
		return false
	}
	for _, f := range r.figs {
		end := f.Offset + len(f.Text)
		if end >= start {
			continue
		}
		for end < len(r.lower) && (r.lower[end] == ')' || r.lower[end] == ' ') {
			end++
		}
		if twoWords(r.lower, end) == verb {
			return true
		}
	}
	return false
}

// openingGroup reports a number that opens a sentence as the group the
// rest is drawn from, described by a clause after it: "Of the 248 who
// replied, 81% said", "Among the 60 we surveyed, ...".
func (r *reader) openingGroup(start, next int) bool {
	if start >= 40 || !ofTheStartRe.MatchString(r.lower[:start]) {
		return false
	}
	w, _ := wordAt(r.lower, next)
	return relativeWords[w]
}

// relativeWords open the clause that describes a group: "the 248 who
// replied", "the 60 we surveyed".
var relativeWords = map[string]bool{"who": true, "whom": true, "that": true, "which": true, "we": true, "they": true, "you": true}

// groupOpeningRe is a sentence (after a paragraph number) opening with the
// group a count is drawn from, up to the comma before the count: "Of the
// children placed out of area, ", "3.4 Among those referred, ".
var groupOpeningRe = lazyre.New(`^(?:\d{1,2}(?:\.\d{1,2})*\s+)?(?:of|among|amongst)\s+(?:the|those|these|all|our|its|their)\s[^,;:.()\d]{1,80},\s*$`)

// twoWords is the two words of letters at i of lower, joined by a space,
// or "" when there are not two: "had waited".
func twoWords(lower string, i int) string {
	w1, e1 := wordAt(lower, i)
	if w1 == "" || e1 >= len(lower) || lower[e1] != ' ' {
		return ""
	}
	w2, _ := wordAt(lower, e1+1)
	if w2 == "" {
		return ""
	}
	return w1 + " " + w2
}

// partOfWhole reports a number after "of which" or "of whom" opening a
// clause ("23.4 posts, of which 5.6 are vacant", "of whom 12 had"): a part
// of the count before it, in its unit, so a decimal part of a decimal
// whole (whole-time equivalents) is a count too.
func (r *reader) partOfWhole(a, b, next int) bool {
	t := tail(r.lower, a)
	if !strings.HasSuffix(t, "of which ") && !strings.HasSuffix(t, "of whom ") || next >= len(r.s) || !isLower(r.s[next]) {
		return false
	}
	for _, f := range r.figs {
		if f.Unit == evidence.UnitCount && f.Offset < a && (!strings.Contains(r.s[a:b], ".") || strings.Contains(f.Text, ".")) {
			return true
		}
	}
	return false
}

// groupSubject reports a number at start (after its hedge) opening a
// clause, with a word in lower case after it at next, in a sentence that
// has already counted something.
func (r *reader) groupSubject(start, next int) bool {
	return next < len(r.s) && isLower(r.s[next]) && clauseLeadRe.MatchString(tail(r.lower, start)) && r.countedBefore(start)
}

// countedBefore reports a count figure before i.
func (r *reader) countedBefore(i int) bool {
	for _, f := range r.figs {
		if f.Unit == evidence.UnitCount && f.Offset < i {
			return true
		}
	}
	return false
}

// countEndsBefore reports a count figure followed only by "of the" before
// i: the number at i is the group it is drawn from ("11 of the 23",
// "three of the four").
func (r *reader) countEndsBefore(i int) bool {
	t := tail(r.lower, i)
	m := ofGroupRe.FindStringIndex(t)
	if m == nil {
		return false
	}
	p := i - len(t) + m[0]
	for _, f := range r.figs {
		if f.Unit == evidence.UnitCount && f.Offset+len(f.Text) == p {
			return true
		}
	}
	// "Only seven of the 29 could say": a count in words, read after the
	// digits are (readGroupWords), is drawn from the 29 as "7 of the 29"
	// is. Before, the 29 was lost.
	if w := lastWord(r.lower[:p]); i < len(r.s) && isDigit(r.s[i]) && wordNumbers[w] >= 2 && w != "twice" {
		if k := strings.LastIndex(r.lower[:p], w); k == 0 || k > 0 && countWordOpensRe.MatchString(r.lower[:k]) {
			return strings.Contains(r.lower[:i], " of the ") || strings.Contains(r.lower[:i], " out of the ")
		}
	}
	return false
}

// countWordOpensRe ends with what may come before a count in words that
// opens its clause: the sentence's start, a clause's punctuation, "only",
// "just", "and".
var countWordOpensRe = newEndRe(lazyre.New(`(?i)(?:^|[.;:,]\s*|\b(?:only|just|and|but|while)\s+)$`))

// readGroupWords reads the counts in words that only the sentence around
// them makes counts, once the counts in digits are known: "Of the 28
// deaths, eight were...", "Three of them had been known..., and two had
// waited", "Four of the six sudden deaths".
func (r *reader) readGroupWords() {
	s := r.s
	for i := 0; i < len(s); i++ {
		if !isLetter(s[i]) || (i > 0 && isLetter(s[i-1])) {
			continue
		}
		v, end, _, ok := wordNumberAt(s, i)
		if !ok {
			continue
		}
		if r.cuedWordLevel(i, end, v) {
			r.add(i, end, v, evidence.UnitCount)
			i = end
			continue
		}
		if v < 2 || v != math.Trunc(v) || !r.free(i, end) || end >= len(s) || s[end] != ' ' || !r.countable(i, end) {
			i = end
			continue
		}
		next := skipSpace(s, end)
		w, wEnd := wordAt(s, next)
		lead := strings.TrimRight(tail(r.lower, i), " ")
		switch {
		case w == "of" && membersAhead(s, wEnd) && !endsWithAny(lead, "the", "these", "those", "both", "all", "its", "their", "our"):
			// "Four of the six", "three of these deaths", "Three of them".
			r.add(i, end, v, evidence.UnitCount)
		case r.countEndsBefore(i):
			// "of the six units": the group.
			e := smallCountEnd(s, next)
			if e == next {
				e = end
			}
			r.add(i, e, v, evidence.UnitCount)
		case !isFunctionWord(w) || w == "were" || w == "had" || w == "have" || w == "was" || w == "are" || w == "in" || w == "of":
			start, _ := qualifierBefore(s, i)
			rest := groupRestRe.MatchString(tail(r.lower, start)) ||
				openingSubjectLeadRe.MatchString(r.lower[:start]) && subjectVerbAfterRe.MatchString(r.lower[next:]) // "Eleven said …"
			if (rest || r.groupSubject(start, next)) && !isCountedNoun(w) && durationUnit(w) == "" && isLower(s[next]) {
				// "..., eight were of young people"; "The remaining five
				// waited": the rest of a group the reader knows.
				r.add(i, end, v, evidence.UnitCount)
			}
		}
		i = end
	}
}

// membersAhead reports what follows "of" at i naming a group that a
// count is drawn from: "them", "these deaths", "the six units", "the 23";
// not "the main reasons".
func membersAhead(s string, i int) bool {
	j := skipSpace(s, i)
	w, wEnd := wordAt(s, j)
	switch w {
	case "them", "whom":
		return true
	case "these", "those", "the", "its", "their", "our", "all":
	default:
		return false
	}
	k := skipSpace(s, wEnd)
	if w == "the" {
		k = skipPossessive(s, k)
	}
	if k < len(s) && isDigit(s[k]) {
		return true
	}
	if _, _, _, ok := wordNumberAt(s, k); ok {
		return true
	}
	if w == "these" || w == "those" {
		// "three of these deaths", "two of those" (with no noun).
		if k >= len(s) || !isLetter(s[k]) {
			return true
		}
	}
	return countedAhead(s, wEnd)
}

var (
	// rangeVerbRe ends with a verb that opens a range stated across a
	// clause: "ranged from 11 days in the fastest ICB to 82 days in the
	// slowest", "costs vary from under £300 to more than £9,000".
	// A clause saying a spread before ", from" opens one too: "the
	// spread was wide, from 21% in one area to 94% in another", "varied
	// more than threefold between boards, from £48 in the lowest to
	// £163 in the highest".
	rangeVerbRe = lazyre.New(`\b(?:(?:rang(?:e|es|ed|ing)|var(?:y|ies|ied|ying))\s+(?:widely\s+)?from|(?:var(?:y|ies|ied|ying)|spread)\b[^.;:()]{0,60}?,\s+from)\s+$`)
	// rangeGapRe is what lies between the two ends of such a range.
	rangeGapRe = lazyre.New(`^[^.;:()]{0,80}?\bto\s+$`)
	// everyGapRe joins the two sums of a share of money: "£4 in every £5".
	everyGapRe = lazyre.New(`^\s+(?:in|out\s+of)\s+(?:every|each)\s+$`)
	// apposGapRe joins a round number in words to the exact one that
	// restates it: "More than a quarter of a million children, 270,300,",
	// and where the noun runs on, "Almost a million children and young
	// people (949,200)".
	apposGapRe = lazyre.New(`^\s*(?:(?:and|or)\s+[a-z'’-]+(?:\s+[a-z'’-]+)?\s*)?(?:,|\(|–|—)\s*$`)
)

// join makes one figure of two where the sentence states one: the ends
// of a range stated across a clause, a share of money ("£4 in every £5"
// is 80%), and a round number restated exactly in apposition, where the
// exact one is the figure.
func (r *reader) join() {
	// Sized once: appended to, it kept up to twice the room a statistic
	// of many figures needed for as long as its item lived.
	out := make([]evidence.Figure, 0, len(r.figs))
	for i := 0; i < len(r.figs); i++ {
		a := r.figs[i]
		if i+1 == len(r.figs) {
			out = append(out, a)
			break
		}
		b := r.figs[i+1]
		aEnd := a.Offset + len(a.Text)
		if aEnd > b.Offset {
			out = append(out, a)
			continue
		}
		gap := r.lower[aEnd:b.Offset]
		switch {
		case a.Unit == b.Unit && !a.IsRange() && !b.IsRange() && a.Value < b.Value && a.Value >= 0 &&
			rangeGapRe.MatchString(gap) && rangeVerbRe.MatchString(before(r.lower, a.Offset, 100)):
			out = append(out, evidence.Figure{Text: r.s[a.Offset : b.Offset+len(b.Text)], Offset: a.Offset,
				Value: a.Value, Low: a.Value, High: b.Value, Unit: a.Unit})
			i++
		case a.Unit == evidence.UnitGBP && b.Unit == evidence.UnitGBP && b.Value > a.Value && a.Value > 0 && everyGapRe.MatchString(gap):
			out = append(out, evidence.Figure{Text: r.s[a.Offset : b.Offset+len(b.Text)], Offset: a.Offset,
				Value: round1(a.Value / b.Value * 100), Unit: evidence.UnitPercent, Qualifier: a.Qualifier})
			i++
		case a.Unit == evidence.UnitCount && b.Unit == evidence.UnitCount && !strings.ContainsAny(a.Text, "0123456789") &&
			b.Value > 0 && math.Abs(a.Value-b.Value) <= 0.35*b.Value && apposGapRe.MatchString(gap):
			// The words are dropped; the exact count stands.
		default:
			out = append(out, a)
		}
	}
	r.figs = out
}

// recruitedRe ends with a hire made, before its bare number: "having
// already recruited", "have recruited", "hired".
var recruitedRe = newEndRe(lazyre.New(`\b(?:recruited|hired|employed|appointed)(?:\s+(?:so\s+far|to\s+date))?\s*$`))

// recruitedBesidePlan reports the bare number at start the people a body
// has recruited, beside a plan in the sentence naming whom it will
// recruit (plannedHireRe): "planning to recruit 20 health visitors,
// having already recruited 15 this year" counts the 15 recruited, the
// plan's 20 no figure. Before (hostile check 63), with the plan masked
// the 15 counted nothing said before it and was lost.
//
// A bare number opening a clause as the subject of a hire made, "; 15
// were recruited last year", is the same: what was done, counted, the
// plan's number no figure (hostile check 64: the 15 was lost).
func (r *reader) recruitedBesidePlan(start, next int) bool {
	if !plannedHireRe.MatchString(r.lower) {
		return false
	}
	before := tail(r.lower, start)
	return recruitedRe.MatchString(before) ||
		clauseLeadRe.MatchString(before) && hiredAfterRe.MatchString(r.lower[next:])
}

// hiredAfterRe follows a bare number that is the people hired: "15 were
// recruited", "6 have been appointed".
var hiredAfterRe = lazyre.New(`^(?:were|was|have\s+been|had\s+been|has\s+been)\s+(?:already\s+)?(?:recruited|hired|employed|appointed)\b`)

// cuedWordLevel reports a count in words at s[a:b] (value v) that a
// verb of level or a comparison before it makes a count, as it makes one
// of the digits ("has stayed at 11."): ending its clause after the verb,
// "while the number of paediatricians has stayed at nine.", or compared
// with a count before it in a time of its own, "Eight were admitted in
// 2025, compared with three in 2024". Before, a count in words was read
// only with a noun after it or drawn from a group, and both were lost.
func (r *reader) cuedWordLevel(a, b int, v float64) bool {
	s := r.s
	if v < 2 || v != math.Trunc(v) || b < len(s) && s[b] != ' ' && s[b] != '.' && s[b] != ';' || !levelCueWords[lastWord(r.lower[max(0, a-24):a])] {
		return false // the cheap tests first: most numbers in words are none of these
	}
	if !r.free(a, b) || !r.countable(a, b) {
		return false
	}
	start, _ := qualifierBefore(s, a)
	lead := tail(r.lower, start)
	if !strings.HasSuffix(lead, " ") || !bareCuesRe.MatchString(lead) {
		return false
	}
	if b == len(s) || strings.IndexByte(".;", s[b]) >= 0 && (b+1 == len(s) || s[b+1] == ' ') {
		return levelCueEndsRe.MatchString(lead)
	}
	return s[b] == ' ' && r.countedBefore(start) && timeAfterRe.MatchString(r.lower[skipSpace(s, b):])
}

// levelCueWords are the words that may stand right before a count in
// words that cuedWordLevel reads: the end of a verb of level or of a
// comparison, or a hedge.
var levelCueWords = map[string]bool{"at": true, "to": true, "reached": true, "numbered": true, "totalled": true, "totaled": true,
	"with": true, "around": true, "about": true, "roughly": true, "approximately": true, "some": true, "just": true,
	"nearly": true, "almost": true, "only": true, "from": true, "against": true, "received": true, "estimated": true}

// perPeriodEndsRe is a period a level is counted in, ending its clause:
// "a year.", "a month, while".
var perPeriodEndsRe = lazyre.New(`^an?\s+(?:year|month|week|day)(?:\s*(?:[.;,]|$)|\s+(?:and|but|while|whereas)\s)`)

// levelCueEndsRe ends with a verb that gives a level to the number that
// ends its clause after it: "stood at ", "has stayed at ", "remained
// broadly flat at ", "totalled ", "reached ".
var levelCueEndsRe = lazyre.New(`\b(?:numbered|totall?ed|reached|stood\s+at|(?:stayed|stays|remained|remains)(?:\s+(?:broadly\s+|roughly\s+|largely\s+)?(?:flat|steady|stable|level|unchanged))?\s+at|(?:rose|risen|fell|fallen|increased|decreased|dropped|grew|grown|climbed)\s+to)\s+(?:(?:around|about|roughly|approximately|some|just|nearly|almost|only)\s+)?$`)

// gappedListRe is the gap between a count and a bare number after it
// that lists the next count with the first's verb left out: ", epilepsy
// for ", ", and children's social care ", " and other conditions for ".
// Group 1 is the words naming what the next count is of.
var gappedListRe = lazyre.New(`^(?:\s+[a-z]+){0,2}(?:,\s+(?:and\s+)?|\s+and\s+)((?:[\p{L}’'-]+\s+){1,5})$`)

// gappedStops are words that leave the number after them no count of a
// gapped list: a verb, a time, an age, a place in a document.
var gappedStops = map[string]bool{"is": true, "was": true, "were": true, "are": true, "has": true, "had": true, "have": true,
	"be": true, "been": true, "aged": true, "age": true, "ages": true, "year": true, "years": true, "in": true, "at": true,
	"to": true, "from": true, "of": true, "on": true, "by": true, "than": true, "under": true, "over": true, "about": true,
	"around": true, "page": true, "pages": true, "table": true, "figure": true, "section": true, "chapter": true, "wave": true,
	"phase": true, "stage": true, "step": true, "level": true, "grade": true, "band": true, "week": true, "weeks": true,
	"month": true, "months": true, "day": true, "days": true, "number": true, "no": true, "only": true, "just": true,
	"with": true, "per": true, "every": true, "each": true, "up": true, "down": true, "rose": true, "fell": true}

// gappedListCount reports a bare number from start, ending its clause,
// that lists the next count after a count with the count's verb left
// out: "Schools referred 52 young carers, GPs and school nurses 19, and
// children's social care 34.", "Diabetes accounted for 31 of the 84,
// epilepsy for 22 and other conditions for 14." Before, only a number
// that "and" followed was read so, and the others of the list were lost.
func (r *reader) gappedListCount(start int) bool {
	prev := -1
	for i, f := range r.figs {
		if f.Offset < start && (prev < 0 || f.Offset > r.figs[prev].Offset) {
			prev = i
		}
	}
	if prev < 0 || r.figs[prev].Unit != evidence.UnitCount {
		return false
	}
	end := r.figs[prev].Offset + len(r.figs[prev].Text)
	if end > start {
		return false
	}
	m := gappedListRe.FindStringSubmatch(r.s[end:start])
	if m == nil {
		return false
	}
	words := strings.Fields(strings.ToLower(m[1]))
	for i, w := range words {
		if w == "for" && i == len(words)-1 && i > 0 {
			continue
		}
		if gappedStops[w] || wordNumbers[w] > 0 || w == "for" {
			return false
		}
	}
	return true
}
