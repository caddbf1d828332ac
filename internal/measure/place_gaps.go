package measure

import (
	"strings"

	"github.com/cypx/cypx/internal/lazyre"
)

// placeGapThanRe opens what a difference written after a figure is set
// against: " higher than in ", " lower than ", " more than the ", "
// fewer than those in ". Group 1 is what follows.
var placeGapThanRe = lazyre.New(`(?i)^\s*(?:higher|lower|more|fewer|less|greater|smaller|larger)\s+than\s+(?:(?:that|those)\s+(?:of|in|for|across|among)\s+|(?:in|for|across|among|at)\s+)?(?:the\s+)?(\S)`)

// gapOtherRe opens, in lower case, the average, the other places or the
// group a difference is set against: "national average", "nationally",
// "the rest of", "similar areas", "statistical neighbours", "boys".
var gapOtherRe = lazyre.New(`^(?:national(?:ly)?|regional(?:ly)?|elsewhere|rest\s+of|average|mean|comparator|statistical\s+neighbours?|(?:other|similar|neighbouring|comparable)\s+(?:areas?|councils?|authorities|local\s+authorities|counties|regions?|places|trusts?|services?)|boys|girls|their\s+peers|peers|other\s+(?:children|pupils|young\s+people))\b`)

// gapTimeWordRe is a capitalised word after "than" that names a time, no
// place or group: a month, a quarter, a financial year, a season.
var gapTimeWordRe = lazyre.New(`^(?i:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|q[1-4]|quarter|fy\d*|spring|summer|autumn|winter|christmas|easter)\b`)

// PlaceGapAfter reports the text right after a difference, "7 points",
// "20%", as setting it against another place, an average or a group, no
// earlier time: " higher than in Medway (57%)", " lower than in England",
// " more than the national average", " fewer than similar areas". What
// "than" sets the figure against names no time: a capitalised name that
// is no month or quarter, or an average, "nationally", "the rest of",
// "similar areas", a group. " more than in 2022", " more than last
// year", " higher than the 57% recorded in 2022" and " more than in
// March" set it against a time: a change. Before (hostile check 67) each
// was read as a change of the level beside it: "In 2023, 64% of children
// in Kent were seen within 18 weeks, 7 points higher than in Medway
// (57%)" gave Kent's 64% the change "up 7 points", a rise Kent never had.
func PlaceGapAfter(after string) bool {
	if !strings.Contains(after[:min(len(after), 24)], "than") {
		return false
	}
	m := placeGapThanRe.FindStringSubmatchIndex(after[:min(len(after), 80)])
	if m == nil {
		return false
	}
	other := after[m[2]:]
	if c := other[0]; c >= 'A' && c <= 'Z' {
		return !gapTimeWordRe.MatchString(other)
	}
	return gapOtherRe.MatchString(strings.ToLower(other[:min(len(other), 40)]))
}

// placeGapTailRe is a difference after a figure's clause, its comparative
// in group 1: ", 7 points higher than", ", 20% more than", ", one
// percentage point lower than".
var placeGapTailRe = lazyre.New(`^,\s+(?:[^\s,;]+\s+){0,3}?(higher|lower|more|fewer|less|greater|smaller|larger)\s+than\s$`)

// placeGapTail is where, in the text after a figure's clause, a
// difference with another place (PlaceGapAfter) opens, or -1: it is no
// part of what the figure measures, and the difference itself is no
// figure of the sentence (the figure reader leaves it out), so its words
// are cut here: "In 2023, 410 children in Thurrock were waiting, 15%
// fewer than in Essex" measures "were waiting", keyed without Essex.
func placeGapTail(text string) int {
	// Only the few bytes from the comma before each " than " are read:
	// the rule runs for every figure's clause.
	for from := 0; ; {
		k := strings.Index(text[from:], " than ")
		if k < 0 {
			return -1
		}
		k += from
		from = k + len(" than ")
		c := strings.LastIndexByte(text[:k], ',')
		if c < 0 || k-c > 48 {
			continue
		}
		m := placeGapTailRe.FindStringSubmatchIndex(text[c:from])
		if m == nil || !strings.ContainsAny(text[c:c+m[2]], "0123456789") && !hasNumberWord(text[c:c+m[2]]) {
			continue
		}
		if PlaceGapAfter(text[c+m[2]:]) {
			return c
		}
	}
}

// hasNumberWord reports a number written as a word (smallNumbers) among
// the words of s: "one percentage point".
func hasNumberWord(s string) bool {
	for _, w := range strings.Fields(strings.ToLower(s)) {
		if smallNumbers[strings.Trim(w, ",")] != "" {
			return true
		}
	}
	return false
}
