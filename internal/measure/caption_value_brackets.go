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
