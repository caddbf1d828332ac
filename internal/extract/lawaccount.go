package extract

import (
	"strings"

	"github.com/cypx/cypx/internal/lazyre"
)

// dutyNamedRe is a sentence that names the one before it a duty of law:
// "That is a statutory duty.", "This is a legal requirement.", "This is
// set out in law.".
var dutyNamedRe = lazyre.New(`(?i)^(?:that|this|it)\s+is\s+(?:a\s+|an\s+|their\s+|its\s+)?(?:(?:statutory|legal)\s+(?:duty|requirement|obligation)|(?:duty|requirement|obligation)\s+(?:in|under|of)\s+(?:law|the\s+act|statute)|(?:set\s+out|required|written)\s+in\s+(?:law|statute|the\s+act|regulations))\b`)

// lawAccount reports a modal sentence of a paragraph that gives an
// account of the law, not an ask: the sentence after a duty the law
// states ("Under section 100 of the Children and Families Act 2014,
// schools must make arrangements ... . Governing bodies should ensure
// that each child has a plan."), or one the next sentence names a duty
// ("Schools must provide a free lunch ... . That is a statutory duty."),
// or the sentence after one that opens an account of the law ("These
// duties are not optional.", dutyOpened).
// A sentence that asks in words of its own ("We recommend that ...")
// still asks.
func lawAccount(text string, sents []span, i int, asks bool) bool {
	if asks {
		return false
	}
	if i > 0 {
		prev := text[sents[i-1].start:sents[i-1].end]
		if isDuty(prev, lazyre.ASCIILower(prev)) || dutyOpened(prev) {
			return true
		}
	}
	if i+1 < len(sents) {
		next := strings.TrimSpace(text[sents[i+1].start:sents[i+1].end])
		return dutyNamedRe.MatchString(next)
	}
	return false
}

// lawOpensRe opens a sentence that says it tells the law: "By law,",
// "Under the law,", "In law,", "Legally,".
var lawOpensRe = lazyre.New(`(?i)^(?:by\s+law|under\s+(?:the\s+)?law|in\s+law|legally|by\s+statute|under\s+statutory\s+guidance)\s*,`)

// lawOpens reports a sentence that opens by saying it tells the law ("By
// law, councils should not place families in bed and breakfasts for more
// than six weeks"): its modal states the duty, as isDuty's do, and asks
// nothing of the writer's own.
func lawOpens(s string) bool {
	return lawOpensRe.MatchString(strings.TrimSpace(s))
}
