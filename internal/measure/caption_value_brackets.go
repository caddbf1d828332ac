package measure

import (
	"strings"

	"github.com/cypx/cypx/internal/lazyre"
)

// A table's caption may set other places' or times' values beside its
// rows in a bracket: "Table 1: MMR2 uptake at 5 years by district
// (England: 84.5%)", "(England 2022/23: 89.3%)", "(East Sussex: 35.1%;
// England 36.6%)", "Kent compared with England (89%)". The bracket is no
// part of what the rows measure, and the places it names are no row's
// place. Before (hostile check 68), every row measured "MMR2 uptake at 5
// years by district (: 84.5%)", keyed "#84.5", so none matched another
// source's figure, and "England 36.6%" placed Hastings' rows in England.

const (
	// valueBracketLabel is a part's label: a name, with a year after it
	// ("England 2022/23"), or a year alone ("2022").
	valueBracketLabel = `(?:\p{L}[\p{L}’'. -]{0,40}?(?:\s+\d{4}(?:[/-]\d{2,4})?)?|\d{4}(?:[/-]\d{2,4})?)`
	valueBracketNum   = `(?:£\s?)?\d[\d,]*(?:\.\d+)?`
	valueBracketPct   = `(?:\s*%|\s+per\s*cent)`
	// valueBracketPart is "LABEL: VALUE" or "LABEL VALUE%" or "VALUE%",
	// with the value's own year after it ("89% in 2022/23"). A label and
	// a number with neither colon nor per cent ("aged 5") says of whom.
	valueBracketPart = `(?:` + valueBracketLabel + `\s*:\s*` + valueBracketNum + valueBracketPct + `?|(?:` + valueBracketLabel + `\s+)?` + valueBracketNum + valueBracketPct + `)(?:\s+in\s+\d{4}(?:/\d{2})?)?`
)

// valueBracketRe is a bracket holding only values set beside a title's:
// "(England: 84.5%)", "(East Sussex: 35.1%; England 36.6%)", "(89%)".
var valueBracketRe = lazyre.New(`\(\s*` + valueBracketPart + `(?:\s*[;,]\s*(?:and\s+)?` + valueBracketPart + `)*\s*\)`)

// withoutValueBrackets is title t without its brackets of values
// (valueBracketRe).
func withoutValueBrackets(t string) string {
	if strings.IndexByte(t, '(') < 0 {
		return t
	}
	return valueBracketRe.Get().ReplaceAllString(t, " ")
}

// inValueBracket reports byte k of title t inside a bracket of values
// (valueBracketRe): a place named there is set beside the table's.
func inValueBracket(t string, k int) bool {
	if strings.IndexByte(t, '(') < 0 {
		return false
	}
	for _, m := range valueBracketRe.Get().FindAllStringIndex(t, -1) {
		if m[0] <= k && k < m[1] {
			return true
		}
	}
	return false
}

// A caption (or heading) that sets its table's place against a place the
// list knows, "Table 3: Uptake in Kent, 2022/23 to 2023/24 (England:
// 89%)", "MMR1 uptake at 24 months, Kent compared with England (89%)",
// names its own place as its subject: the name written as a place's
// (columnPlaceName) ending what it measures, after "in", "for", "across"
// or a comma. Before (hostile check 68), the place list knew only
// England, so Kent's and Thurrock's tables were one unplaced measure.

var (
	// contextCompareTailRe opens the words of a title that set its
	// subject against another: "compared with England", "against the
	// England average", "versus England", "(England: 89%)".
	contextCompareTailRe = lazyre.New(`(?i)\s*,?\s*(?:\(|\b(?:compared\s+(?:with|to)|against|versus|vs\.?|benchmarked\s+(?:against|with)|alongside)\s)`)
	// titleSubjectTailRe is a name ending a title's subject: "in Kent",
	// "for Brighton and Hove", ", Medway".
	titleSubjectTailRe = lazyre.New(`(?:\s+(?:in|for|across)\s+|,\s*)(\p{Lu}[\p{L}’'.-]*(?:\s+(?:(?:and|of|upon|on)\s+)?\p{Lu}[\p{L}’'.-]*){0,3})$`)
)

// titleSubject is what title t measures before the words that set it
// against another place, and the name written as a place's that ends
// it ("" where none does): "MMR1 uptake at 24 months" and "Kent" of
// "Table 6: MMR1 uptake at 24 months, Kent compared with England (89%)".
func titleSubject(t string) (before, name string) {
	t = titleNumberRe.Get().ReplaceAllString(strings.TrimSpace(t), "")
	if loc := contextCompareTailRe.FindStringIndex(t); loc != nil {
		t = t[:loc[0]]
	}
	// "Uptake in Kent, 2022/23 to 2023/24": the years the table spans
	// follow its place.
	for {
		t = strings.TrimRight(t, " ,.;:–-")
		if w := strings.LastIndexByte(t, ' '); w >= 0 && (t[w+1:] == "to" || t[w+1:] == "and") {
			t = t[:w]
			continue
		}
		ps := findPeriods(t)
		if len(ps) == 0 || strings.TrimSpace(t[ps[len(ps)-1].end:]) != "" {
			break
		}
		t = t[:ps[len(ps)-1].start]
	}
	sub := titleSubjectTailRe.FindStringSubmatchIndex(t)
	if sub == nil {
		return t, ""
	}
	n, _ := columnPlaceName(t[sub[2]:sub[3]])
	if loose, _ := looseColumnPlace(t[sub[2]:sub[3]]); n == "" && loose == "" {
		return t, ""
	}
	// A looser name ("Hastings") leaves what is measured, but places
	// nothing.
	return strings.TrimSpace(t[:sub[0]]), n
}

// placeValueBracket is the place the list knows that a caption's bare
// bracketed value follows, "England (89%)" of "Kent compared with
// England (89%)", where the figure at byte k is that bracket's one
// value; "" otherwise. Its bracket opens at open.
func placeValueBracket(t string, k int) (place string, open int) {
	open = strings.LastIndexByte(t[:k], '(')
	if open < 0 {
		return "", -1
	}
	m := valueBracketRe.Get().FindStringIndex(t[open:])
	if m == nil || m[0] != 0 || strings.ContainsAny(t[open:open+m[1]], ":;,") {
		return "", -1
	}
	before := strings.TrimRight(t[:open], " ")
	ps := findPlaces(before)
	if len(ps) == 0 || ps[len(ps)-1].end != len(before) || !comparedInContext(t, ps[len(ps)-1]) {
		return "", -1
	}
	return ps[len(ps)-1].name, open
}

// comparedSubjectPlace is the place a heading or caption sets against a
// place the list knows (one comparedInContext finds), where it names no
// other place the list knows: its subject's name (titleSubject). "" for
// any other.
func comparedSubjectPlace(text string) string {
	_, name := titleSubject(text)
	if name == "" || len(findPlaces(name)) > 0 {
		return ""
	}
	return name
}

// bracketAreaLabel is the place a label in a caption's bracket of values
// names where another of the bracket's labels is a place the list knows,
// "Medway" of "(England: 71%, Medway: 64%)", "East Sussex" of "(East
// Sussex: 35.1%; England 36.6%)": a name written as a place's, or in
// looser form (a compass point before a name, a name ending in "s")
// beside a known place's value. "" otherwise.
func bracketAreaLabel(label string) string {
	if n, _ := columnPlaceName(label); n != "" {
		return n
	}
	n, _ := looseColumnPlace(label)
	return n
}
