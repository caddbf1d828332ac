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
	return hasAnyFold(h, "want", "like", "ask") && wantListHeadingRe.MatchString(strings.TrimSpace(h))
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
	return hasAnyFold(t, " to have ") && bodyToHaveRe.MatchString(t) && len(openingSubject(t)) > 0
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
	m := biggestAskRe.FindStringIndex(s)
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

// addresseeRe is a paragraph saying to whom the recommendations under it
// are made: "We made the following recommendations to Brantmoor
// Community Health NHS Trust.", "Our recommendations to the ICB are set
// out below." Group 1 is the body.
var addresseeRe = lazyre.New(`(?i)^(?:we\s+(?:made|make|have\s+made|are\s+making)\s+(?:the\s+following\s+|these\s+|our\s+|(?:\w+\s+)?)|(?:our|the)\s+(?:following\s+)?)recommendations?\s+(?:to|for)\s+([^.;:]{2,100}?)(?:\s+(?:are|is)\s+(?:set\s+out\s+)?(?:below|as\s+follows))?\s*[.:]`)

// noteAddressee keeps the body a paragraph names as its recommendations'
// addressee (addresseeRe), until the next heading.
func (x *extractor) noteAddressee(text string) {
	if !hasAnyFold(text, "recommendation") {
		return
	}
	if m := addresseeRe.FindStringSubmatch(strings.TrimSpace(text)); m != nil {
		x.recTo = actorsIn(m[1])
	}
}

// addressed gives a recommendation in the imperative that names no body
// ("Fit blinds to all clinic rooms") the body its section's paragraph
// says the recommendations are made to.
func (x *extractor) addressed(it *evidence.Item) {
	if len(it.Actors) == 0 && len(x.recTo) > 0 && bareImperative(strings.TrimSpace(it.Text)) {
		it.Actors = slices.Clone(x.recTo)
	}
	if len(it.Actors) == 0 && x.guideline && guidelineNumberRe.MatchString(it.Number) && bareImperative(strings.TrimSpace(it.Text)) {
		// A clinical guideline's "1.1.2 Give every child ... a named
		// contact" asks the providers whose practitioners give care.
		it.Actors = []evidence.Actor{evidence.Trusts}
	}
}

// guidelineNumberRe is a guideline's recommendation number of three
// levels: "1.1.2", "1.3.10".
var guidelineNumberRe = lazyre.New(`^\d{1,2}\.\d{1,2}\.\d{1,2}$`)

// bareImperative reports an ask opening with its verb: one imperativeRe
// knows, or a capitalised first word that is no determiner or pronoun
// before a word in lower case that is no modal ("Fit blinds to ...";
// not "Families should be told ...").
func bareImperative(t string) bool {
	if imperativeRe.MatchString(t) {
		return true
	}
	f := strings.Fields(t)
	if len(f) < 3 || !isUpper(f[0][0]) || !isLower(f[1][0]) {
		return false
	}
	switch strings.ToLower(f[0]) {
	case "the", "a", "an", "this", "these", "that", "those", "it", "we", "our", "they", "there", "all", "every", "each", "no", "some", "i", "you", "he", "she":
		return false
	}
	switch f[1] {
	case "should", "must", "will", "would", "could", "can", "may", "might", "are", "is", "were", "was", "need", "needs", "have", "has", "and", "or", "of":
		return false
	}
	return true
}
