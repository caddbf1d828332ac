package extract

import (
	"slices"
	"strings"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/lazyre"
)

// wantListHeadingRe is a heading that leads in the writer's asks as a
// list, with its colon: "We want:", "We would like:", "What we want
// is:". Without the colon the words may head a paragraph of findings
// ("We want to be listened to").
var wantListHeadingRe = lazyre.New(`(?i)^(?:and\s+)?(?:we|young\s+people|children|parents|families)\s+(?:also\s+)?(?:want|would\s+like|['’]d\s+like|are\s+asking\s+for|ask\s+for)(?:\s+(?:the\s+following|these\s+things|this))?\s*:$`)

// wantListHeading reports a heading of the writer's wants over a list
// (see wantListHeadingRe).
func wantListHeading(h string) bool {
	return hasAnyFold(h, "want", "like", "ask") && wantListHeadingRe.Get().MatchString(strings.TrimSpace(h))
}

// bodyToHaveRe is a list item asking that a body have something, in the
// infinitive: "schools to have a quiet room", "every GP practice to have
// a named lead". "Schools to have been told" is a passive and no such
// item.
var bodyToHaveRe = lazyre.New(`^[^,;:]{2,80}?\s+to\s+have\s+(?:a|an|the|more|enough|their|its|access|somewhere|someone)\b`)

// bodyToHave reports a list item asking that the body it opens with have
// something (bodyToHaveRe), which ownedAction, reading "to have" as a
// passive's auxiliary, passes over.
func bodyToHave(t string) bool {
	return hasAnyFold(t, " to have ") && bodyToHaveRe.Get().MatchString(t) && len(openingSubject(t)) > 0
}

// biggestAskRe names the writer's chief ask as a subject, before the
// clause saying who is to act: "the biggest ask is that the ICB and
// council fund two more nurses", "My main request would be that schools
// ...". What follows "that" must open with bodies acting (actingBody).
var biggestAskRe = lazyre.New(`(?i)\b(?:the|my|our)\s+(?:biggest|main|key|one|single|first|real|big|only|top)\s+(?:ask|request|plea)\s+(?:is|would\s+be)\s+that\s+`)

// biggestAsk is the bodies the writer's chief ask names (biggestAskRe),
// or nil. A view reported of others ("Parents said the biggest ask is
// that ...") is theirs, not the writer's, and asks nothing.
func biggestAsk(s, lower string) []evidence.Actor {
	if !strings.Contains(lower, " is that ") && !strings.Contains(lower, " be that ") {
		return nil
	}
	m := biggestAskRe.Get().FindStringIndex(s)
	if m == nil || viewSubjectRe.MatchString(s[:m[0]]) || isView(s, m[0]) {
		return nil
	}
	return actingBody(s[m[1]:])
}

// widerLead is the bodies a "recommends that" clause opens with when
// they hold every body actorsIn found in its first words (found) and
// more: "recommends that the council, the ICB and Westvale Police agree"
// asks the police too, whom only the list at the clause's head names as
// a body (Other).
func widerLead(found []evidence.Actor, rest string) []evidence.Actor {
	l := leadingActors(strings.TrimLeft(rest, " "))
	if len(l) <= len(found) || slices.Contains(l, ownUnit) {
		return found
	}
	for _, a := range found {
		if !slices.Contains(l, a) {
			return found
		}
	}
	return l
}
