package extract

import (
	"strings"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/lazyre"
)

// Asks of three forms set 24 showed, each naming the body it asks:
//
//   - a body's expectation of another, set as the sentence's verb: "The
//     department expects councils to report how they spent the grant",
//     "NHS England expects every ICB to name a lead" (what guidance or a
//     rule "expects" is a fact about the rule; "expects demand to rise"
//     names no body);
//   - a letter to a minister "calling for" or "asking for" something:
//     "The MP has written to the health secretary calling for a waiting
//     time standard" asks the minister's government;
//     a letter to bodies "asking them to" act asks them too: "NHS
//     England has written to integrated care boards asking them to
//     prioritise" (set 41);
//   - the writer asking a committee to recommend what bodies do: "It
//     would help if the committee could recommend that the council and
//     the ICB pool funding" asks the council and the ICB.
var (
	expectsBodyRe  = lazyre.New(`^(?:(?i:the|our|this)\s+)?([^,;:.!?]{2,60}?)\s+(?:expects|(?:is|are)\s+expecting|will\s+expect)\s+((?:[\w’'&-]+\s+){1,6}?)to\s+(?:(?:also|now|then|urgently|routinely)\s+)?([a-z]+)\b`)
	writtenToRe    = lazyre.New(`\b(?:has|have|had)?\s*(?:written|wrote)\s+to\s+((?:[\w’'&-]+\s+){1,6}?)(?:(?:calling|asking|pressing|pushing)\s+for\s+[a-z]|(?:asking|urging|pressing|calling\s+on)\s+(?:them|it|each\s+of\s+them)\s+to\s+[a-z])`)
	helpIfRecommRe = lazyre.New(`^(?i:it)\s+(?i:would|will|could)\s+(?:(?i:really|greatly|also)\s+)?(?i:help)(?:\s+(?i:us|enormously|a\s+lot))?\s+(?i:if)\s+[^,;:.!?]{2,60}?\s+(?i:could|would|were\s+to)\s+(?:(?i:formally|also)\s+)?(?i:recommend|ask|urge|press)\s+(?:(?i:that)\s+)?`)
)

// ruleSubjectRe is a subject whose expectation is a rule's, a forecast's
// or the writer's own: "The Health and Care Act already expects",
// "Statutory guidance expects", "The report expects", "We expect" (read
// with the writer's asks).
var ruleSubjectRe = lazyre.New(`(?i)\b(?:acts?|law|laws|guidance|code|codes|standards?|frameworks?|regulations?|legislation|nice|plans?|strateg(?:y|ies)|contracts?|specifications?|constitution|dut(?:y|ies)|polic(?:y|ies)|report|review|analysis|model|forecasts?|projections?|survey|we|i)\b|\balready$`)

// notExpected are the verbs after "expects X to" that tell what will
// happen rather than what a body is to do: "expects demand to rise".
var notExpected = map[string]bool{"be": true, "rise": true, "fall": true, "grow": true, "increase": true, "decrease": true,
	"continue": true, "remain": true, "reach": true, "exceed": true, "drop": true, "double": true, "take": true, "need": true, "have": true,
	"struggle": true, "face": true, "miss": true, "fail": true, "lose": true, "overspend": true, "close": true, "run": true, "end": true,
	"become": true, "stay": true, "want": true, "get": true, "see": true}

// relayedAsk is the bodies one of the forms above asks, or nil.
func relayedAsk(s, lower string) []evidence.Actor {
	if strings.Contains(lower, "expect") {
		if m := expectsBodyRe.FindStringSubmatch(s); m != nil && !notExpected[m[3]] {
			if !ruleSubjectRe.MatchString(m[1]) {
				if a := askedBody(m[2]); len(a) > 0 {
					return a
				}
			}
		}
	}
	if strings.Contains(lower, "to ") && (strings.Contains(lower, "written") || strings.Contains(lower, "wrote")) {
		if m := writtenToRe.FindStringSubmatch(s); m != nil {
			if a := askedBody(m[1]); len(a) > 0 {
				return a
			}
		}
	}
	for _, re := range []*lazyre.Regexp{helpIfRecommRe, likeToRecommRe} {
		if re == helpIfRecommRe && !(strings.HasPrefix(lower, "it ") && strings.Contains(lower, " help")) ||
			re == likeToRecommRe && !strings.Contains(lower, "recommend") {
			continue
		}
		if m := re.FindStringIndex(s); m != nil {
			rest := s[m[1]:]
			if a, end := leadingActorsEnd(rest); len(a) > 0 {
				if at := skipSpace(rest, end); at < len(rest) && isLower(rest[at]) {
					return askedBody(rest[:end])
				}
			}
		}
	}
	return nil
}

// likeToRecommRe is the writer's wish that a group recommend what bodies
// do: "I'd like the network to recommend that every trust names ...";
// the bodies after it are asked, not the group.
var likeToRecommRe = lazyre.New(`^(?:(?i:and|so|also|finally)[,\s]+)?(?i:i|we)(?:\s*['’](?i:d)|\s+(?i:would))\s+(?:(?i:also|really|now)\s+)?(?i:like|love|want)\s+[^,;:.!?]{2,60}?\s+(?i:to)\s+(?:(?i:formally|also|now)\s+)?(?i:recommend|urge)\s+(?:(?i:that)\s+)?`)

// askedBody is the actors of the body who names, by name or by its work,
// none when it is the writer's own, the reader or no body.
func askedBody(who string) []evidence.Actor {
	a := actorsIn(who)
	if len(a) == 0 {
		a = byWork(who)
	}
	for _, x := range a {
		if x == ownUnit || x == noActor || x == readerUnit {
			return nil
		}
	}
	return a
}
