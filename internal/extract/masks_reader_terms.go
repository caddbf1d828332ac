package extract

import (
	"strings"

	"github.com/cypx/cypx/internal/lazyre"
)

// readerNum is a small number in digits or words, as advice pages write
// their terms.
const readerNum = `(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|twelve)`

var (
	// incomeLimitRe is an income or savings limit of a claim: "£408 a
	// month or less", "savings of £6,000 or under". A limit of who may
	// claim is a condition, no finding; a group so bounded in a finding
	// ("families on £16,000 a year or less were twice as likely") keeps
	// the finding's own figure. A price's floor ("can cost £1,500 or
	// more") is a figure.
	incomeLimitRe = lazyre.New(`£\s?\d[\d,]*(?:\.\d+)?(?:\s+(?:a|per|each)\s+(?:week|fortnight|month|year|annum))?\s+or\s+(?:less|under|below|lower)\b`)
	// readerTimeRe is the time the reader's own application or claim
	// takes or must be made in: "within 2 weeks of your application",
	// "up to 8 weeks for your form to be processed". Group 1 is the time.
	readerTimeRe = lazyre.New(`\b(?:within|up\s+to|in|after)\s+(` + readerNum + `\s+(?:working\s+)?(?:days?|weeks?|months?))\s+(?:of|for|after|from)\s+your\b`)
	// instructionTimeRe is a time limit in an instruction to the reader:
	// "Keep your tickets ... and claim ... within 3 months of the
	// appointment". Group 1 is the time.
	instructionTimeRe = lazyre.New(`^(?:keep|send|claim|apply|return|post|submit|complete|ask|contact|tell)\b[^.]*?\bwithin\s+(` + readerNum + `\s+(?:working\s+)?(?:days?|weeks?|months?))`)
	// readerConditionRe is an "If your child has waited more than 18
	// weeks ..., you can ask ..." clause: the condition of the reader's
	// own request, restating a right. Group 1 is the clause.
	readerConditionRe = lazyre.New(`^if\s+(?:you|your)\b([^,]{0,200}),\s*(?:you|they)\s+(?:can|may|could|should)\b`)
	// readerDurationRe is a time in such a clause.
	readerDurationRe = lazyre.New(`\b` + readerNum + `\s+(?:days?|weeks?|months?|years?)\b`)
	// checkIntervalRe is how often a patient's checks are due: "should
	// be checked at least every 6 months". Group 1 is the interval.
	checkIntervalRe = lazyre.New(`\b(?:checked|reviewed|monitored|measured|tested)\s+(?:at\s+least\s+)?(?:once\s+)?every\s+(` + readerNum + `\s+(?:weeks?|months?|years?))\b`)
	// groupedIntoRe is the kinds a condition is grouped into: "grouped
	// into 2 types". Group 1 is the count.
	groupedIntoRe = lazyre.New(`\b(?:grouped|divided|split|sorted|classed|classified)\s+into\s+(` + readerNum + `\s+(?:main\s+)?(?:types|groups|kinds|categories|parts|stages))\b`)
)

// maskReaderTerms marks the numbers of an advice or condition page's
// terms for its reader (the regular expressions above): the conditions
// and timescales of a claim and a check-up's interval are no
// evidence about services, and read as figures they were statistics an
// advice page never states.
func maskReaderTerms(lower string, taken []bool) {
	mark := func(a, b int) {
		for i := a; i < b; i++ {
			taken[i] = true
		}
	}
	if strings.Contains(lower, " or ") && strings.Contains(lower, "£") {
		for _, m := range incomeLimitRe.FindAllStringIndex(lower, -1) {
			mark(m[0], m[1])
		}
	}
	groups := func(re *lazyre.Regexp, test bool) {
		if !test {
			return
		}
		for _, m := range re.FindAllStringSubmatchIndex(lower, -1) {
			mark(m[2], m[3])
		}
	}
	groups(readerTimeRe, strings.Contains(lower, "your"))
	groups(instructionTimeRe, strings.Contains(lower, "within"))
	groups(checkIntervalRe, strings.Contains(lower, "every"))
	groups(groupedIntoRe, strings.Contains(lower, "into"))
	if strings.HasPrefix(lower, "if you") {
		if m := readerConditionRe.FindStringSubmatchIndex(lower); m != nil {
			for _, d := range readerDurationRe.FindAllStringIndex(lower[m[2]:m[3]], -1) {
				mark(m[2]+d[0], m[2]+d[1])
			}
		}
	}
}
