package extract

import (
	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/lazyre"
)

// askedBeDoneRe is an ask reported in the passive subjunctive, for a group
// of people to be given a service: "The forum has asked that families be
// offered a key worker while they wait", "Parents requested that every
// child be seen by a dentist". askedThatRe reads only a body's verb
// ("asked that the council publish"), so a passive one, with no body
// named, was missed where a tense or a clause after it ("has asked",
// "while they wait") hid it from the softer readings. "Families asked
// that their names be kept out" asks nothing of a service.
var askedBeDoneRe = lazyre.New(`(?i)\b(?:asked|requested|urged|proposed|insisted|recommended)\s+that\s+(?:(?:all|every|each|the|more)\s+)?(?:famil(?:y|ies)|parents?|carers?|child(?:ren)?|young\s+(?:people|person)|pupils?|students?|patients?|teenagers?|babies|care\s+leavers)\b(?:\s+[\w’'-]+){0,6}?\s+be\s+(?:(?:routinely|automatically|always|also)\s+)?(?:offered|given|seen|supported|allocated|assigned|referred|consulted|contacted|involved|assessed|treated|included|told|informed|notified|updated|kept\s+informed|kept\s+up\s+to\s+date)\b`)

// writerBeDoneRe is the writer's own recommendation in the passive
// subjunctive, of a thing rather than people: "We recommend that the DCO
// post be made full time from April", "I propose that the clinic's budget
// be protected". Group 1 is the thing, which may name whose it is.
var writerBeDoneRe = lazyre.New(`(?i)^(?:(?:we|i)\s+(?:would\s+)?(?:(?:strongly|also|therefore|further)\s+)?(?:recommend|propose)|our\s+recommendation\s+is)\s+that\s+((?:the|a|an|all|every|each|our|this|these|its|their)\s+[^.;:!?]{1,60}?)\s+(?:should\s+)?be\s+(?:(?:made|given|extended|funded|increased|restored|protected|reviewed|kept|set|moved|brought|run|paid|ring-fenced)\b|[a-z]+ed\b)`)

// askedBeDone reports an ask of askedBeDoneRe, whose actors are none: it
// names no body; or the writer's of writerBeDoneRe, whose actors are
// those its thing names ("the council's budget" the council's), else none.
func askedBeDone(s string) ([]evidence.Actor, bool) {
	if askedBeDoneRe.MatchString(s) {
		return []evidence.Actor{}, true
	}
	if m := writerBeDoneRe.FindStringSubmatch(s); m != nil {
		if a := mentionedActors(m[1]); len(a) > 0 {
			return a, true
		}
		return []evidence.Actor{}, true
	}
	return nil, false
}
