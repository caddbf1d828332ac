package library

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/cypx/cypx/internal/lazyre"
)

// openEndRe is a line that stops on a word a sentence goes on from ("and",
// "the", "to", "of"): a plain-text mail wrapped it there.
var openEndRe = lazyre.New(`(?i)\b(?:and|or|but|nor|the|a|an|to|of|in|on|at|for|from|by|with|within|into|than|that|which|who|whose|its|their|our|your|his|her)\s*$`)

// wrappedLine reports a line that a plain-text mail or file wrapped
// mid-sentence, so the next line goes on with its sentence: the line stops
// on a word a sentence goes on from, or the next line opens in lower case
// ("1. Children's Services to send the request and" over "consent within
// two working days ..."). Such a line is no heading, numbered or not.
//
// A rule under the line ends it: no sentence runs on into a rule, so a
// newsletter's "2. WHAT FAMILIES HEARD FROM US" between rules is whole.
func wrappedLine(line, next string) bool {
	if txtRuleRe.MatchString(strings.TrimSpace(next)) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(next)
	return openEndRe.MatchString(line) || unicode.IsLower(r)
}
