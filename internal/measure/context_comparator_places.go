package measure

import (
	"strings"

	"github.com/cypx/cypx/internal/lazyre"
)

// A caption or heading may name the place its table is of and another
// to compare it with: "Uptake in Medway compared with the England
// average", "Medway uptake against the England average", "Uptake in
// Medway (England average shown for comparison)", "Uptake in Medway, with
// England for comparison", "Uptake in Medway (England: 89%)". The place
// compared with is the comparator, never the table's place; the table's
// own may be one the place list does not know (Medway). Before (hostile
// check 67), England was the only place the list knew, so the caption
// placed every figure of Medway's table in England.

var (
	// contextAgainstRe ends the words before a place set against the
	// subject: "against the", "benchmarked against", "alongside".
	contextAgainstRe = lazyre.New(`(?i)(?:^|[\s,;(])(?:against|alongside|benchmarked\s+(?:against|with))\s+(?:the\s+)?$`)
	// contextForComparisonRe opens the words after a place given for
	// comparison: "England for comparison", "England average shown for
	// comparison", "England as a comparator", "England: 89%".
	contextForComparisonRe = lazyre.New(`(?i)^(?:['’]s)?(?:\s+(?:average|rate|figures?|values?|mean|data|benchmark))?\s*(?:(?:is|are)\s+)?(?:(?:shown|given|included|provided)\s+)?(?:for\s+comparison|as\s+(?:a\s+|the\s+)?(?:comparator|benchmark)|for\s+reference|:\s*\d|\s[-–]\s*\d)`)
)

// contextPlace is the place a heading or caption gives its figures: its
// one place, where it names no place only to compare with; "" where it
// names one so (comparedInContext), unless one other place the list
// knows is left as the subject.
func contextPlace(text string) string {
	ps := findPlaces(text)
	if len(ps) == 0 {
		return ""
	}
	var names []string
	compared := false
	for _, p := range ps {
		if comparedInContext(text, p) {
			compared = true
			continue
		}
		if listedWithName(text, p) {
			return "" // "Vaccine uptake, Kent and England": two places, neither alone
		}
		names = appendNew(names, p.name)
	}
	if !compared {
		return onlyPlace(text)
	}
	if len(names) == 1 {
		return names[0]
	}
	if len(names) == 0 {
		return comparedSubjectPlace(text) // "Uptake in Kent (England: 89%)" (hostile check 68)
	}
	return ""
}

// comparedInContext reports place p of heading or caption s named to be
// compared with: after "compared with", "against" or "versus", or before
// "for comparison" or a value of its own ("(England: 89%)").
func comparedInContext(s string, p placeSpan) bool {
	before := s[:p.start]
	if comparedPlace(s, p) || contextAgainstRe.MatchString(before) || inValueBracket(s, p.start) {
		return true
	}
	after := s[p.end:]
	if !strings.Contains(after, "compar") && !strings.Contains(after, "reference") && !strings.Contains(after, "benchmark") && !strings.ContainsAny(after, ":-–") {
		return false
	}
	return contextForComparisonRe.MatchString(after)
}

// A caption's place the list does not know stays in the measure its
// rows take from it: "Table 1: MMR1 uptake at 24 months in Medway." over
// rows "Medway", "Kent" and "England" measured Kent's and England's
// figures "MMR1 uptake at 24 months in Medway", keyed with Medway's name
// (hostile check 67).

// titlePlaceTailRe is a place-like name ending a title: "in Medway",
// "across Hastings and Rother".
var titlePlaceTailRe = lazyre.New(`\s+(?:in|for|across)\s+(\p{Lu}[\p{L}’'.-]*(?:\s+(?:and|of|upon|on)?\s*\p{Lu}[\p{L}’'.-]*){0,3})$`)

// withoutTitlePlace is measure m of a figure with a place of its own
// without the place-like name ending it, where m is the measure the
// table's caption or heading gives (titleMeasure): the figure's place
// says where, and the caption's name is another row's place or the
// table's. Any other measure is kept as it is ("Children in Need").
func (s *sentence) withoutTitlePlace(m string) string {
	if m == "" || !strings.Contains(m, " ") {
		return m
	}
	if m != s.d.context(s.in.Caption).titleMeasure() && m != s.d.context(s.in.Section).titleMeasure() {
		return m
	}
	sub := titlePlaceTailRe.FindStringSubmatchIndex(m)
	if sub == nil {
		return m
	}
	name := m[sub[2]:sub[3]]
	first, _, _ := strings.Cut(name, " ")
	if notPlaceLabels[first] || notAreaFirst[strings.ToLower(first)] && !wholePlace(name) {
		return m
	}
	return tidy(m[:sub[0]])
}
