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

// askedBeDone reports an ask of askedBeDoneRe: it names no body, so its
// actors are none.
func askedBeDone(s string) ([]evidence.Actor, bool) {
	if !askedBeDoneRe.MatchString(s) {
		return nil, false
	}
	return []evidence.Actor{}, true
}
