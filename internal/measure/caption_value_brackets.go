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

// bareShareBracketRe is a bracket's inside holding only a share, "89%":
// the value of the place named right before it (placeValueBracket).
var bareShareBracketRe = lazyre.New(`^\s*\d[\d,]*(?:\.\d+)?(?:\s*%|\s+per\s*cent)\s*$`)

// valueBracketSpans are title t's brackets holding only values set beside
// its own: those the comparator parser reads (Comparators) as other
// places', times', averages', groups' or aims' values, "(England:
// 84.5%)", "(England 2022/23: 89.3%)", "(East Sussex: 35.1%; England
// 36.6%)", "(England: 89% in 2022-23)", and a bare share, "(89%)". One
// grammar of such brackets serves the figure and the caption readers.
func valueBracketSpans(t string) []span {
	var out []span
	for k := strings.IndexByte(t, '('); k >= 0; {
		if cs := Comparators(t, k); cs != nil && valueParts(cs) {
			out = append(out, span{k, cs[0].Close + 1})
		} else if shut := bareShareBracket(t, k); shut > 0 {
			out = append(out, span{k, shut + 1})
		}
		n := strings.IndexByte(t[k+1:], '(')
		if n < 0 {
			break
		}
		k += n + 1
	}
	return out
}

// valueParts reports every part of a comparator bracket a value (no
// pointer and no interval).
func valueParts(cs []Comparator) bool {
	for _, c := range cs {
		if !c.Figured() && c.Kind != ComparatorTarget {
			return false
		}
	}
	return true
}

// bareShareBracket is where the bracket opening at t[open] shuts when it
// holds only a share, "(89%)", or -1.
func bareShareBracket(t string, open int) int {
	shut := strings.IndexByte(t[open:], ')')
	if shut < 0 || !bareShareBracketRe.MatchString(t[open+1:open+shut]) {
		return -1
	}
	return open + shut
}

// withoutValueBrackets is title t without its brackets of values
// (valueBracketSpans).
func withoutValueBrackets(t string) string {
	if strings.IndexByte(t, '(') < 0 {
		return t
	}
	sp := valueBracketSpans(t)
	for i := len(sp) - 1; i >= 0; i-- {
		t = t[:sp[i].start] + " " + t[sp[i].end:]
	}
	return t
}

// inValueBracket reports byte k of title t inside a bracket of values
// (valueBracketSpans): a place named there is set beside the table's.
func inValueBracket(t string, k int) bool {
	open := strings.LastIndexByte(t[:min(k, len(t))], '(')
	if open < 0 {
		return false
	}
	// Only the bracket opening last before k can hold it.
	if cs := Comparators(t, open); cs != nil && valueParts(cs) {
		return k <= cs[0].Close
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
	// England average", "versus England"; a bracket of values, "(England:
	// 89%)", does too (titleSubject).
	contextCompareTailRe = lazyre.New(`(?i)\s*,?\s*\b(?:compared\s+(?:with|to)|against|versus|vs\.?|benchmarked\s+(?:against|with)|alongside)\s`)
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
	if sp := valueBracketSpans(t); sp != nil {
		// Only a bracket of values ends the subject: "Uptake (%) in
		// Kent (England: 89%)" is of Kent, "Children looked after (CLA)
		// in Medway" of Medway.
		t = t[:sp[0].start]
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
	if bareShareBracket(t, open) < 0 {
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
