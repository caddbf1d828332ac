package extract

import (
	"strings"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/lazyre"
)

// Asks a held-out check still missed (issue 13), each read here:
//
//   - the reader asked as "you" by a letter to someone who can act for
//     others: "They want you to write to the minister", "We'd ask you to
//     table a question", "Could you also raise with the ICB why ...?".
//     Only verbs of advocacy count (write, raise, table, press, lobby...):
//     "Could you let me know", "We'd ask you to bring your red book" and
//     "You should have received the agenda" ask no one to act for others.
//     The reader is a councillor's council where the letter addresses a
//     councillor, the Government where it addresses a minister, else
//     Other (an MP, as the set names Parliament's committees);
//   - "It should also ..." and "It must now ..." after a sentence that
//     opens with a body: the body asked ("The Government should bring the
//     bill back. It should also fund ..."); "It should be noted", "It
//     should come as no surprise" and an "it" for a thing named before
//     ("The ban is welcome. It should cut litter") ask no one;
//   - "X have a part to play: they should ...": the bodies the sentence
//     opens with;
//   - entitlements asked of no body: "Every child with asthma should have
//     a plan", "All young people leaving care should be offered ...", "No
//     child should have to wait ..." (no actor); "Every child had a plan"
//     is a fact, and "should have been seen" a judgement of the past.

// readerUnit marks an ask of the reader addressed as "you"; the extractor
// gives it the reader's role (see extractor.readerActors).
const readerUnit evidence.Actor = "(reader)"

// advocacyVerbs are what a reader who represents others is asked to do.
// "Could you call me back?", "We'd ask you to sign the consent form" and
// "Could you take a look?" are not among them.
// Nor is one a leaflet asks of a parent: "ask your GP to refer you",
// "write down your child's symptoms", "support your child to", "raise
// money for the appeal".
var advocacyVerbs = map[string]bool{"write": true, "raise": true, "table": true, "press": true, "lobby": true,
	"urge": true, "push": true, "challenge": true, "champion": true, "back": true,
	"ask": true, "question": true, "pursue": true}

// readerAskRe is an ask of the reader: "want you to", "We'd ask you to",
// "I would urge you to", "would like you to", "We're asking you to" (a
// campaign's e-mail to its supporters).
// "I'd be grateful if you could raise" asks the same, politely.
var readerAskRe = lazyre.New(`(?i)\b(?:(?:wants?|(?:would|’d|'d)\s+(?:also\s+|really\s+)?(?:like|love|ask|urge)|asks?|asking|urge|urging)\s+you\s+(?:(?:also|please|now|all)\s+)?to|(?:grateful|glad|pleased|delighted|thankful)\s+if\s+you\s+(?:could|would|can|were\s+able\s+to))\s+(?:(?:also|please|perhaps|kindly)\s+)?([a-z]+)`)

// readerHelpLeadRe ends a lead-in that asks the reader for the acts its
// list gives, after the writer's benefit or thanks (helpIfRe,
// gratefulIfRe): "It would really help if you could:", "I'd be grateful
// if you would:". Each item under it asks the reader. A mail to a
// panel's chair or a board's members names its addressee the same way:
// "It would really help if the panel could:", "if the partnership
// could:", "if the committee would:" (the body the reader speaks for).
var readerHelpLeadRe = lazyre.New(`^(?:(?i:you)|(?i:the)\s+(?:[a-z-]+\s+){0,3}(?i:panel|partnership|committee|sub-committee|board|group|forum|network))\s+(?i:could|would|can|might|were\s+able\s+to)(?:\s+(?i:also|please|kindly|perhaps))?\s*:\s*$`)

// readerHelpLead reports a lead-in asking the reader for the acts listed
// under it (readerHelpLeadRe). Before, "It would really help if you
// could:" over "1. send the consent reminder ...; 2. let the team use
// the hall ..." read its items as excerpts.
func readerHelpLead(t string) bool {
	last := strings.TrimSpace(lastSentence(strings.TrimSpace(t)))
	for {
		for _, re := range []*lazyre.Regexp{helpIfRe, gratefulIfRe} {
			if m := re.FindStringIndex(last); m != nil && readerHelpLeadRe.MatchString(last[m[1]:]) {
				return true
			}
		}
		// "we think three things would help most, and it would really
		// help if the partnership could:": the lead-in may be the
		// sentence's last clause, joined by a comma.
		k := strings.Index(last, ", ")
		if k < 0 {
			return false
		}
		last = last[k+2:]
	}
}

// readerQuestionRe is a question asking the reader to act: "Could you
// also raise with the ICB why ...?", "Would you be willing to write to
// the minister?", "Will you please press the council ...?".
var readerQuestionRe = lazyre.New(`^(?:(?i:and|so|also|finally)[,\s]+)?(?:Could|Would|Can|Will)\s+you\s+(?:(?:also|please|perhaps|kindly)\s+)*(?:be\s+(?:willing|able|prepared)\s+to\s+)?([a-z]+)`)

// readerAsk reports an ask of the reader in s (see above); lower is s in
// lower case.
func readerAsk(s, lower string) bool {
	if !strings.Contains(lower, "you ") {
		return false
	}
	re := readerAskRe.Get()
	if strings.HasSuffix(strings.TrimSpace(s), "?") {
		re = readerQuestionRe.Get()
	}
	m := re.FindStringSubmatchIndex(s)
	if m == nil || !advocacyVerbs[s[m[2]:m[3]]] {
		return false
	}
	rest := s[m[3]:]
	next, _ := wordAt(rest, skipSpace(rest, 0))
	switch {
	case next == "your" || next == "yourself" || next == "down" || next == "up":
		return false // "ask your GP", "write down", "write up"
	case s[m[2]:m[3]] == "raise" && (next == "money" || next == "funds"):
		return false
	}
	// "Could you ask the board to note the briefing?": a body asked only
	// to take note, or to tell, is asked to do nothing.
	if k := strings.Index(rest, " to "); k >= 0 {
		v, _ := wordAt(rest, k+len(" to "))
		if infoVerbs[v] && !(v == "let" && letActRe.MatchString(rest[k+len(" to let"):])) || v == "note" || v == "receive" || v == "know" {
			// "ask the trust to let parents stay" asks an act; "to let
			// us know" only a reply.
			return false
		}
	}
	return true
}

// itModalRe opens a sentence whose subject is "It", followed by a verb of
// obligation and the verb it asks: "It should also fund", "It must now
// set".
var itModalRe = lazyre.New(`^It\s+(?:(?:also|now|then|therefore|further|urgently|instead|first)\s+)?(?:should|must|needs\s+to|ought\s+to)\s+(?:(?:also|now|then|urgently|immediately|at\s+least)\s+)?([a-z]+)`)

// impersonalItVerbs follow an impersonal "it": "It should be noted", "It
// should come as no surprise", "It must seem".
var impersonalItVerbs = map[string]bool{"be": true, "come": true, "seem": true, "appear": true, "go": true,
	"have": true, "not": true, "never": true, "surely": true}

// itAsk reports "It should ..." whose "it" may point back to a body (see
// above): the caller checks that the sentence before opens with one.
func itAsk(s string) bool {
	s = withoutSequenceLead(s)
	if !strings.HasPrefix(s, "It ") {
		return false
	}
	m := itModalRe.FindStringSubmatch(s)
	return m != nil && !impersonalItVerbs[m[1]]
}

// colonTheyRe is "they should" after a colon: "Schools have a part to
// play: they should keep ...".
var colonTheyRe = lazyre.New(`:\s+they\s+(?:(?:also|all|each|both|now|too)\s+)?(?:should|must|need\s+to|ought\s+to)\s+([a-z]+)`)

// colonTheyAsk reads "X ...: they should ...", the bodies the sentence
// opens with.
func colonTheyAsk(s, lower string) []evidence.Actor {
	if !strings.Contains(lower, ": they ") {
		return nil
	}
	m := colonTheyRe.FindStringSubmatchIndex(s)
	if m == nil || s[m[2]:m[3]] == "have" && pastModal(lower, m[2]-1) {
		return nil
	}
	a, _ := leadingActorsEnd(s[:m[0]])
	if len(a) == 0 || a[0] == ownUnit || a[0] == noActor {
		return nil
	}
	return a
}

// entitledRe is an entitlement asked of no body: "Every child with asthma
// should have", "All young people leaving care should be offered", "Each
// young carer should be given". The people come first, marked as a group
// by a word before them (young carers, care leavers, disabled children) or
// a phrase after them that opens with a preposition, a relative or a
// participle ("with asthma", "who is excluded", "leaving care", "referred
// to CAMHS"); "Every child should be seen in time" names no group, and
// "Every family hub should" is a place, not people. What they should have
// is something given or held (a plan, an offer, a named worker): "should
// be seen in time to make a difference" states a principle.
var entitledRe = lazyre.New(`^(?:Every|Each|All|No)\s+(?:(?:disabled|looked-after|autistic|pregnant|young)\s+(?:child|children|young\s+(?:person|people)|pupils?|teenagers?|mothers?|parents?|people|person)|young\s+carers?|care\s+leavers?|(?:(?:child|children)\s+and\s+young\s+(?:person|people)|child|children|young\s+(?:person|people)|pupils?|bab(?:y|ies)|famil(?:y|ies)|parents?|students?|teenagers?|adolescents?|mothers?|girls?|boys?|patients?)\s+(?:with|in|who|whose|that|on|at|under|aged|from|of|born|[a-z]+ing|[a-z]+ed)\b(?:\s+[\w’'-]+){0,12}?)\s+should\s+(?:(?:also|always|routinely|automatically)\s+)?(have|be\s+(?:offered|given|entitled|able|told|invited|supported|allocated|provided|registered|assigned)|get|receive|know|leave|start)\b`)

var (
	// beliefRe opens the writer's belief: "We believe that", "The College
	// believes", "We also believe" (a further belief that asks as the
	// first does).
	beliefRe = lazyre.New(`^(?:We|The(?:\s+[A-Z][\w’'-]*){1,6}?)\s+(?:also\s+)?(?:firmly\s+|strongly\s+)?(?:also\s+)?(?:believes?|are\s+clear|is\s+clear)\s+(?:that\s+)?`)
	// believedGroupRe is a group believed entitled, with no qualifier:
	// "every pupil should be able to".
	believedGroupRe = lazyre.New(`^(?i:every|each|all)\s+(?:child|children|young\s+(?:person|people)|pupils?|bab(?:y|ies)|famil(?:y|ies)|students?|teenagers?|young\s+carers?|care\s+leavers?)\s+should\s+(?:(?:also|always|routinely)\s+)?(have|be\s+(?:offered|given|entitled|able|told|invited|supported|allocated|provided|registered|assigned)|get|receive|know)\b`)
)

// entitled reports an entitlement asked of no body (see above).
func entitled(s, lower string) bool {
	if q := quotedBeliefStart(s); q > 0 {
		// '“We believe every child ... should be able to get it within
		// four weeks,” said its chief executive': a body's belief quoted
		// whole, or after its speaker ("She said: “We believe ..."),
		// asks as it would unquoted; its time is the aim, no measure.
		s, lower = s[q:], lower[q:]
	}
	if !strings.HasPrefix(s, "We ") && !strings.HasPrefix(s, "The ") {
		// the cheap test for beliefRe
	} else if m := beliefRe.FindStringIndex(s); m != nil && m[1] < len(s) {
		// "We believe that every pupil should be able to see a school
		// nurse": the writer's belief is its ask, and the group it
		// believes in needs no qualifier.
		rest := s[m[1]:]
		if b := believedGroupRe.FindStringSubmatchIndex(rest); b != nil {
			return !(rest[b[2]:b[3]] == "have" && pastModal(lazyre.ASCIILower(rest), b[2]-1))
		}
		if believedEntitled(rest) {
			// "The Society believes that every child with diabetes
			// should be seen by a specialist nurse": any act the writer
			// believes the group is owed.
			return true
		}
		s, lower = strings.ToUpper(rest[:1])+rest[1:], lazyre.ASCIILower(rest)
	}
	if !strings.HasPrefix(s, "Every ") && !strings.HasPrefix(s, "Each ") && !strings.HasPrefix(s, "All ") && !strings.HasPrefix(s, "No ") || !strings.Contains(lower, "should") {
		return false
	}
	m := entitledRe.FindStringSubmatchIndex(s)
	if m == nil || strings.ContainsAny(s[:m[1]], ",;:") {
		return false
	}
	if v := s[m[2]:m[3]]; v == "have" && pastModal(lower, m[2]-1) {
		return false // "should have been seen": the past judged
	}
	return true
}

// quotedBeliefRe opens a belief set in quotation marks, at the
// sentence's start or after its speaker and a colon: '“We believe',
// 'Ms Lowe said: "We also believe'.
var quotedBeliefRe = lazyre.New(`^(?:[A-Z][\w’'.-]*(?:\s+[\w’'.-]+){0,7}?\s+(?:said|says|added|told\s+[\w’' ]{1,40}?)\s*:\s*)?(["“‘'])\s*(?:We|The(?:\s+[A-Z][\w’'-]*){1,6}?)\s+(?:also\s+)?(?:firmly\s+|strongly\s+)?(?:believes?|are\s+clear|is\s+clear)\b`)

// quotedBeliefStart is where the belief opens in a quoted belief (see
// quotedBeliefRe), after its quotation mark; 0 when s opens no quoted
// belief.
func quotedBeliefStart(s string) int {
	if !strings.Contains(s, "elie") && !strings.Contains(s, "clear") {
		return 0
	}
	m := quotedBeliefRe.FindStringSubmatchIndex(s)
	if m == nil {
		return 0
	}
	return m[3] + len(s[m[3]:]) - len(strings.TrimLeft(s[m[3]:], " "))
}
