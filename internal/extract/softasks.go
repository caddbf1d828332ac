package extract

import (
	"slices"
	"strings"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/lazyre"
)

// Soft asks are the ways people ask for things in letters and e-mails
// without a verb of asking: a question of possibility ("Is there any way
// the council could fund ...?"), a benefit ("It would help enormously if
// health visitors could ..."), a welcome ("We'd really welcome the council
// joining ...") and a condition ("If the ICB commissioned ..., it would
// ..."). Each asks the body it names at once, and only a named body: "It
// would help if we could meet" and "Is there any way to ...?" ask no one.

var (
	// anyWayRe opens a question of possibility: "Is there any way the
	// council could", "Is there any chance that the trust might".
	anyWayRe = lazyre.New(`^(?i:(?:and|so|but|also|finally)[,\s]+)?(?i:is|was)\s+there\s+(?i:any|some)\s+(?i:way|chance|possibility|prospect)\s+(?i:that\s+)?`)
	// helpIfRe opens a benefit the writer names: "It would help
	// enormously if", "It would be really helpful if", "It would make a
	// huge difference if".
	helpIfRe = lazyre.New(`^(?i:(?:and|so|but|also|finally|secondly|lastly)[,\s]+)?(?i:it|this)\s+(?i:would|could)\s+(?i:(?:really|also|genuinely|certainly)\s+)?(?i:help|make\s+(?:a\s+)?(?:(?:real|big|huge|massive|great|significant|world\s+of)\s+)?difference|be\s+(?:(?:really|very|so|enormously|hugely|extremely|incredibly|particularly|most)\s+)?(?:helpful|useful|valuable|welcome|good|great|brilliant|fantastic|amazing|wonderful|lovely|ideal|excellent|marvellous))(?:\s+(?i:enormously|hugely|greatly|immensely|massively|a\s+lot|a\s+great\s+deal|so\s+much|no\s+end|to\s+(?:families|parents|children|us|schools)))?\s+(?i:if)\s+`)
	// conditionalRe opens a condition whose body acts: "If the ICB
	// commissioned", "If the council were to fund".
	conditionalRe = lazyre.New(`^(?i:(?:and|so|but|also)[,\s]+)?(?i:if)\s+`)
	// conditionalBenefitRe is the clause after the condition: ", it would
	// take pressure off", ", this would reach". A clause of the writer's
	// own ("the forum would be glad to") is an offer, and "would have" a
	// judgement of the past.
	conditionalBenefitRe = lazyre.New(`,\s+(?i:it|this|that)\s+(?i:would|could)\s+(?:(?i:not\s+only|also|surely|certainly|really)\s+)?([a-z]+)`)
	// welcomeRe is a welcome the writer would give: "We'd really welcome
	// the council joining", "I would welcome the ICB looking at".
	welcomeRe = lazyre.New(`\b(?i:we|i)(?:\s+(?i:would)|\s*[’'](?i:d))\s+(?:(?i:really|also|very\s+much|particularly|greatly|certainly|warmly|strongly)\s+)*(?i:welcome)\s+`)
)

// gratefulIfRe opens the writer's thanks for an act: "I'd be grateful
// if", "We would be very glad if".
var gratefulIfRe = lazyre.New(`^(?i:(?:and|so|but|also|finally)[,\s]+)?(?i:i|we)(?:\s+(?i:would)|\s*[’'](?i:d))\s+(?i:be\s+)?(?:(?i:very|really|most|extremely|so|especially)\s+)?(?i:grateful|glad|pleased|delighted|thankful)\s+(?i:if)\s+`)

// hopeRe opens what the writer hopes a body will do: "We hope the council
// will", "I very much hope that the ICB can".
var hopeRe = lazyre.New(`^(?i:(?:and|so|but|also|finally)[,\s]+)?(?i:i|we)\s+(?:(?i:very\s+much|really|sincerely|do|would|still)\s+)?(?i:hope)\s+(?:(?i:that)\s+)?`)

// actingVerb accepts a modal after the body and a verb of action after
// it ("could publish", "would fund"), not one asking for information
// ("would confirm", "could let us know").
func actingVerb(w, after string) bool {
	if w != "could" && w != "would" && w != "might" && w != "can" {
		return false
	}
	v, _ := wordAt(after, skipSpace(after, 0))
	for v == "also" || v == "please" || v == "perhaps" || v == "really" {
		after = after[skipSpace(after, 0)+len(v):]
		v, _ = wordAt(after, skipSpace(after, 0))
	}
	return v != "" && isLower(v[0]) && !infoVerbs[v] && v != "be" && v != "have"
}

// hopedVerb accepts "will", "would", "can" or "could" after the body and a
// verb of action, not one of the reader's response ("will find this
// useful", "will understand").
func hopedVerb(w, after string) bool {
	if w != "will" && w != "would" && w != "can" && w != "could" {
		return false
	}
	v, _ := wordAt(after, skipSpace(after, 0))
	return v != "" && isLower(v[0]) && !infoVerbs[v] && !responseVerbs[v]
}

// responseVerbs are what a reader does with a text, not an act asked of a
// body.
var responseVerbs = map[string]bool{"find": true, "enjoy": true, "appreciate": true, "understand": true, "read": true,
	"be": true, "feel": true, "see": true, "note": true, "have": true, "know": true}

// carryAskRe is the reader asked to carry an ask to a body: "you could
// raise the waits with the ICB", "you could take this to the council".
var carryAskRe = lazyre.New(`^(?i:you)\s+(?i:could|can|would|were\s+able\s+to)\s+(?:(?i:also|perhaps|please)\s+)?(?i:raise|take|put|bring|flag|escalate|present)\b[^.!?]{0,80}?\s(?i:with|to)\s+(?:(?i:the|our|your)\s+)?(?:ICB|ICBs|NHS\b|[Ii]ntegrated\s+care\s+board|[Cc]ouncil|[Tt]rust|[Bb]oard|[Hh]ealth\s+and\s+[Ww]ellbeing\s+[Bb]oard|[Cc]ommissioners|[Pp]artnership)`)

// softAsk reads a soft ask in s (see above): the bodies asked, whether it
// is one, and whether it is a question.
func softAsk(s, lower string) (actors []evidence.Actor, asks, question bool) {
	if !strings.Contains(lower, "way") && !strings.Contains(lower, " if ") && !strings.HasPrefix(lower, "if ") &&
		!strings.Contains(lower, "welcome") && !strings.Contains(lower, "chance") && !strings.Contains(lower, "possib") && !strings.Contains(lower, "hope") {
		return nil, false, false
	}
	if m := gratefulIfRe.FindStringIndex(s); m != nil {
		// "I'd be grateful if the ICB could publish its waits": a
		// request; "if you could send me the figures" asks no body, and
		// "if NHS England would confirm" asks for information.
		if a, ok := bodyThenVerb(s[m[1]:], actingVerb); ok {
			return a, true, false
		}
		return nil, false, false
	}
	if m := hopeRe.FindStringIndex(s); m != nil && !viewSubjectRe.MatchString(s[:m[0]]) {
		// "We hope the council will restore the grant": what the writer
		// hopes a body will do; "will find this useful" asks nothing.
		if a, ok := bodyThenVerb(s[m[1]:], hopedVerb); ok {
			return a, true, false
		}
	}
	if m := anyWayRe.FindStringIndex(s); m != nil {
		// "Is there any way the council could fund ...?"
		if a, ok := bodyThenVerb(s[m[1]:], modalAfterBody); ok {
			return a, true, true
		}
		return nil, false, false
	}
	if m := helpIfRe.FindStringIndex(s); m != nil {
		// "It would help enormously if health visitors could pass on".
		if a, ok := bodyThenVerb(s[m[1]:], conditionalVerb); ok {
			return a, true, false
		}
		if carryAskRe.MatchString(s[m[1]:]) {
			// "It would be brilliant if you could take the dental waits
			// to the ICB": the reader is asked to carry an ask to a body;
			// whose the reader is, the text does not say.
			return nil, true, false
		}
		return nil, false, false
	}
	if m := conditionalRe.FindStringIndex(s); m != nil {
		// "If the ICB commissioned a nurse ..., it would take pressure
		// off A&E": the condition is what the writer asks for.
		rest := s[m[1]:]
		if a, ok := bodyThenVerb(rest, conditionalVerb); ok {
			if c := conditionalBenefitRe.FindStringSubmatch(rest); c != nil && c[1] != "have" && c[1] != "be" {
				return a, true, false
			}
		}
		return nil, false, false
	}
	for _, m := range welcomeRe.FindAllStringIndex(s, -1) {
		// "We'd really welcome the council joining the review", "we would
		// welcome the ICB to": the body welcomed acting; "we would
		// welcome your views" asks no body.
		if viewSubjectRe.MatchString(s[:m[0]]) || embeddedAsk(s, m[0]) {
			continue
		}
		if a, ok := bodyThenVerb(s[m[1]:], welcomedVerb); ok {
			return a, true, false
		}
		if a := welcomedFrom(s[:m[0]], s[m[1]:]); len(a) > 0 {
			return a, true, false
		}
	}
	return nil, false, false
}

var (
	// fromLeadRe sets the body before a welcome: "From the children's
	// mental health service, we would welcome a named contact".
	fromLeadRe = lazyre.New(`^(?:(?i:and|but|also|finally|in\s+particular),?\s+)?(?i:from)\s+([^,;:.]{2,80}),\s*$`)
	// welcomedFromRe is a thing welcomed from a body after the welcome:
	// "a commitment from the Department of Health and Social Care to a
	// national standard", "clear guidance from NHS England".
	welcomedFromRe = lazyre.New(`^(?:(?i:a|an|the|any|some|more|further)\s+)?((?:[\w’'-]+\s+){0,4}?)(?i:from)\s+([^,;:.!?]{2,80}?)(?:\s+(?i:to|that|on|for|so|by|about|before|this|next|in)\b|[,;:.!?]|$)`)
)

// infoNouns are what a reader sends back, not an act of a body: "we would
// welcome views from the ICB" asks for no service.
var infoNouns = map[string]bool{"views": true, "feedback": true, "comments": true, "thoughts": true, "update": true,
	"updates": true, "response": true, "reply": true, "information": true, "questions": true, "input": true, "ideas": true,
	"suggestions": true, "contributions": true, "news": true, "data": true, "figures": true, "evidence": true, "hearing": true, "applications": true}

// serviceEndRe ends a phrase naming a service: "the children's mental
// health service".
var serviceEndRe = lazyre.New(`(?i)\bservices?\s*$`)

// welcomedFrom reads the body of a welcome that names it with "from":
// before the welcome ("From the children's mental health service, we
// would welcome a named contact ...") or after the thing welcomed ("We
// would welcome a commitment from the Department of Health and Social
// Care to ..."). A welcome of views or feedback asks for no act.
func welcomedFrom(lead, rest string) []evidence.Actor {
	var body, thing string
	if m := fromLeadRe.FindStringSubmatch(lead); m != nil {
		body, thing = m[1], rest
	} else if m := welcomedFromRe.FindStringSubmatch(rest); m != nil {
		body, thing = m[2], m[1]
	} else {
		return nil
	}
	for _, w := range strings.Fields(lazyre.ASCIILower(firstWords(thing, 6))) {
		if infoNouns[strings.Trim(w, ",.;:")] {
			return nil
		}
	}
	if len(strings.Fields(body)) > 8 {
		return nil
	}
	// Bodies by name, or a service ("the children's mental health
	// service"); people by their work ("paediatric nurses") are not asked.
	a := actorsIn(body)
	if len(a) == 0 && serviceEndRe.MatchString(body) {
		a = mentionedActors(body)
	}
	if slices.Contains(a, ownUnit) {
		return nil
	}
	return a
}

// bodyThenVerb reads the bodies a clause opens with ("the council", "the
// ICB and the council", "health visitors", "the trust's wheelchair
// service") and reports them when the next word is a verb that verb
// accepts.
func bodyThenVerb(rest string, verb func(w, after string) bool) ([]evidence.Actor, bool) {
	var found []evidence.Actor
	eachLeadingList(rest, func(a []evidence.Actor, end int) bool {
		if verbAt(rest, end, verb) {
			found = a
			return false
		}
		return true
	})
	if found == nil {
		if a, end := possessiveBody(rest); len(a) > 0 && verbAt(rest, end, verb) {
			found = a
		}
	}
	if len(found) == 0 || slices.Contains(found, ownUnit) {
		return nil, false
	}
	return found, true
}

// verbAt reports the verb that verb accepts at end of rest, after
// adverbs ("could also", "would really").
func verbAt(rest string, end int, verb func(w, after string) bool) bool {
	w, next := wordAt(rest, skipSpace(rest, end))
	for w == "also" || w == "really" || w == "perhaps" || w == "please" || w == "just" || w == "then" || w == "both" || w == "jointly" {
		w, next = wordAt(rest, skipSpace(rest, next))
	}
	return w != "" && verb(w, rest[next:])
}

// possessiveBody reads a body's service named with a possessive: "the
// trust's wheelchair service", "the council’s family hubs".
func possessiveBody(rest string) ([]evidence.Actor, int) {
	for _, apos := range []string{"'s ", "’s "} {
		k := strings.Index(rest, apos)
		if k <= 0 || k > 40 {
			continue
		}
		a, _ := leadingActorsEnd(rest[:k] + " ")
		if len(a) == 0 {
			continue
		}
		// The service named after it: up to three words.
		end := k + len(apos)
		for i := 0; i < 3; i++ {
			w, next := wordAt(rest, skipSpace(rest, end))
			if w == "" || modalWords[w] {
				break
			}
			end = next
		}
		return a, end
	}
	return nil, -1
}

// modalWords are the verbs a soft ask puts after its body.
var modalWords = map[string]bool{"could": true, "can": true, "would": true, "might": true, "will": true, "were": true}

// modalAfterBody accepts "could", "can", "might", "would" after the body
// of "Is there any way ...".
func modalAfterBody(w, _ string) bool {
	return w == "could" || w == "can" || w == "might" || w == "would"
}

// conditionalVerb accepts what follows the body of a condition: a modal
// ("could", "would", "were to"), or a verb in the past tense ("If the ICB
// commissioned"), never "had" (a past that did not happen).
func conditionalVerb(w, after string) bool {
	switch {
	case w == "could" || w == "would" || w == "might":
		return true
	case w == "were":
		return strings.HasPrefix(strings.TrimLeft(after, " "), "to ")
	case w == "had" || w == "was" || w == "did" || w == "needed" || w == "wanted":
		return false
	}
	return len(w) > 4 && strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "eed") || pastTense[w]
}

// pastTense are irregular verbs a condition puts its body's act in: "If
// the council put", "If the trust took on".
var pastTense = map[string]bool{"put": true, "set": true, "took": true, "gave": true, "made": true, "brought": true,
	"paid": true, "ran": true, "built": true, "kept": true, "found": true, "spent": true, "sent": true, "chose": true}

// welcomedVerb accepts the verb of a body welcomed acting: "joining",
// "looking at", or "to" before one.
func welcomedVerb(w, after string) bool {
	if w == "to" {
		n, _ := wordAt(after, skipSpace(after, 0))
		return n != "" && isLower(n[0]) && n != "the" && n != "a"
	}
	return len(w) > 4 && strings.HasSuffix(w, "ing") && w != "during" && w != "including" && w != "regarding" && w != "following"
}

// Asks reports whether text (a paragraph or a few) holds a sentence that
// asks a body to act, as the extractor reads recommendations: the
// importer keeps a forwarder's covering note that does ("What I'd love is
// for the ICB to ...") and drops one that does not ("FYI, see below").
// Questions count only when they ask a body to act.
func Asks(text string) bool {
	for _, p := range strings.Split(text, "\n\n") {
		p = strings.Join(strings.Fields(p), " ")
		for _, sp := range Sentences(p) {
			s := p[sp.start:sp.end]
			f := analyse(s)
			if strings.HasSuffix(s, "?") {
				if f.question {
					return true
				}
				continue
			}
			if f.isRec() && !f.pronoun {
				return true
			}
		}
	}
	return false
}
