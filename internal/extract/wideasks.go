package extract

import (
	"strings"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/lazyre"
)

// Asks and actors by class rather than by phrase (round 21): documents
// nobody tuned for keep showing forms the phrase rules had one example
// of, so each rule here reads a family of them.
//
//   - an inspector's or a reviewer's headings over what a body is to do:
//     "Action the provider MUST take to improve", "Actions the service
//     should take", "What does the school need to do to improve?",
//     "Areas the trust must improve": the items under them are asks of
//     the body named, its "must" a requirement rather than a duty;
//   - any entitlement the writer says it believes in, whatever the act:
//     "The Society believes that every child with diabetes should be seen
//     by a specialist nurse", as "should have a plan" was;
//   - a second body asked in the same sentence by a second verb: "The
//     board asks the council to ..., and asks providers to ...";
//   - a breakdown is no actor: "publish waits by integrated care board",
//     "uptake per local authority" name no body to act;
//   - the council's officers by their posts: "the Director of Public
//     Health", "Directors of Children's Services";
//   - a body that has asked others named by their work: "The ICB has
//     asked all practices to sign up", as "The trust is asking GPs to"
//     does;
//   - a bulletin's "Please ..." to a generic greeting ("Dear colleagues",
//     "Hi all") asks its readers to act, when it asks for care rather than
//     for a reply, a booking or a form: "Please use the new referral
//     form", "Please check your registers for children who are overdue".

// actionHeadingRe is a heading over what a named body must or should do:
// "Action the trust MUST take to improve:", "Actions the provider should
// take to comply", "What does the school need to do to improve
// further?", "What the trust needs to do to improve its clinics", "Areas
// where the service must improve", "What the local area partnership must
// do" (an area SEND inspection's heading, hostile check 68: its "The ICB
// must make sure that at least 90% …" was a statistic). Groups 1 to 3
// are the body.
var actionHeadingRe = lazyre.New(`(?i)^(?:\d{1,2}(?:\.\d{1,2})*\.?\s+)?(?:(?:actions?|steps|things|areas?(?:\s+where)?|improvements)\s+(?:that\s+|which\s+)?(?:we\s+(?:have\s+)?told\s+)?((?:the|this|our|each|every|all)\s+[\w’'-]+(?:\s+[\w’'-]+){0,4}?)\s+(?:must|should|needs?\s+to|has\s+to|have\s+to|is\s+required\s+to|are\s+required\s+to|to)\s+(?:take|do|make|improve)|what\s+(?:does|do|should|must)\s+((?:the|this|our|each|every)\s+[\w’'-]+(?:\s+[\w’'-]+){0,4}?)\s+(?:need\s+to\s+)?(?:do|change)\s+to\s+improve|what\s+((?:the|this|our|each|every)\s+[\w’'-]+(?:\s+[\w’'-]+){0,4}?)\s+(?:needs?\s+to|must|should|has\s+to|have\s+to)\s+(?:do|change)(?:\s+to\s+improve)?)\b[^.;]{0,60}?[:?]?$`)

// actionHeading reports a heading of actionHeadingRe whose subject names a
// body or a service (see above); "Actions the group took" reports.
func actionHeading(h string) bool {
	_, ok := actionHeadingOf(h)
	return ok
}

// actionHeadingOf is the actors of the body an action heading names (see
// actionHeadingRe), none for "the service" or "the provider" of no kind,
// and whether h is such a heading.
func actionHeadingOf(h string) ([]evidence.Actor, bool) {
	if !hasAnyFold(h, "take", "improve", "do", "make") {
		return nil, false
	}
	m := actionHeadingRe.FindStringSubmatch(strings.TrimSpace(h))
	if m == nil {
		return nil, false
	}
	who := m[1] + m[2] + m[3]
	if a := actorsIn(who); len(a) > 0 {
		return a, true
	}
	if a := byWork(who); len(a) > 0 {
		return a, true
	}
	return nil, hasAnyFold(who, "service", "provider", "setting", "practice")
}

// asksHeadingRe is a heading over the writer's asks in the words the
// recommendation headings' pattern lacks: "Key asks", "Our asks of
// government", "Policy asks", "What we'd like to see", "What must
// change", "What we would ask the committee to do", "What should happen
// next", "What should be done", "We are calling for", "Recommended
// actions", "Actions required", "Priorities for action". "Next steps"
// and "What happens next" may be the writer's own plans, and are not
// among them.
var asksHeadingRe = lazyre.New(`(?i)^(?:\d{1,2}(?:\.\d{1,2})*\.?\s+)?(?:(?:our|the|key|main|policy|top|five|four|three|two|\d+|summary\s+of(?:\s+our)?)\s+)*(?:asks(?:\s+(?:of|for|to)\s+[^.;?]{1,60})?|ask\s+(?:of|for|to)\s+[^.;?]{1,60}|what\s+we(?:['’]d|\s+would)\s+(?:like|love)\s+to\s+(?:see|happen)(?:\s+next)?|what\s+(?:we|i)(?:\s+are|\s+am|['’]re|['’]m|\s+would|['’]d)?\s+(?:(?:now|also)\s+)?(?:ask(?:ing)?|urg(?:e|ing)|call(?:ing)?\s+on|invit(?:e|ing)|want|would\s+like)\s+[^.;?]{1,60}?\s+to\s+do|what\s+(?:must|should|needs?\s+to|has\s+to|have\s+to)\s+(?:change|happen)(?:\s+next|\s+now)?|what\s+(?:should|must|needs\s+to)\s+be\s+done(?:\s+next|\s+now)?|we\s+(?:are\s+)?call(?:ing)?\s+(?:for|on)(?:\s+[^.;?]{1,60})?|(?:recommended|suggested|proposed|priority|urgent)\s+actions|actions?\s+(?:required|needed)|priorities\s+for\s+action)\s*:?$`)

// asksHeading reports a heading of the writer's asks (see asksHeadingRe).
func asksHeading(h string) bool {
	if !hasAnyFold(h, "ask", "what", "call", "action") {
		return false
	}
	return asksHeadingRe.MatchString(strings.TrimSpace(h))
}

// believedAnyRe is an entitlement after the writer's belief, with any
// verb: "every child with a suspected eating disorder should be assessed",
// "all children should wait no longer than". The group comes first.
var believedAnyRe = lazyre.New(`^(?i:every|each|all|no)\s+(?:(?:disabled|looked-after|autistic|pregnant|young)\s+)?(?:child|children|young\s+(?:person|people|carers?)|pupils?|bab(?:y|ies)|infants?|famil(?:y|ies)|parents?|students?|teenagers?|care\s+leavers?|patients?|girls?|boys?)\b(?:,?\s+[\w’'-]+){0,14}?\s+(?:should|must|ought\s+to)\s+(?:(?:also|always|routinely|automatically|ever)\s+)?([a-z]+)`)

// believedEntitled reports an entitlement of any verb after the writer's
// belief (see believedAnyRe); rest is what follows the belief.
func believedEntitled(rest string) bool {
	m := believedAnyRe.FindStringSubmatchIndex(rest)
	if m == nil || strings.ContainsAny(rest[:m[0]], ";:") {
		return false
	}
	return !(rest[m[2]:m[3]] == "have" && pastModal(lazyre.ASCIILower(rest), m[2]-1))
}

// andAsksRe is a second verb of asking joined to the first: "..., and
// asks providers to report", "and also urges schools to", "and calls on
// the ICB to". Group 1 is the addressee.
var andAsksRe = lazyre.New(`\b(?:and|but)\s+(?:also\s+|further\s+)?(?:asks|urges|calls\s+on|invites|encourages|presses|requests|asked|urged|called\s+on|invited|encouraged|pressed|requested)\s+((?:the|all|both|local|every|each|our|its|their)\s+[\w’'&-]+(?:\s+[\w’'&-]+){0,4}?|[\w’'&-]+(?:\s+[\w’'&-]+){0,3}?)\s+to\s+(?:also\s+)?[a-z]`)

// secondAsked is the actors a second verb of asking names after the
// first ask (see andAsksRe), a body by its work among them ("asks
// providers", "urges GP practices").
func secondAsked(rest string) []evidence.Actor {
	if !strings.Contains(rest, "and ") && !strings.Contains(rest, "but ") {
		return nil
	}
	var out []evidence.Actor
	for _, m := range andAsksRe.FindAllStringSubmatch(rest, -1) {
		a := actorsIn(m[1])
		if len(a) == 0 {
			a = leadingActors(m[1] + " ")
		}
		for _, x := range a {
			if x != ownUnit && x != noActor && x != readerUnit {
				out = union(out, []evidence.Actor{x})
			}
		}
	}
	return out
}

// breakdownRe is a body named only as the unit a figure is broken down
// by: "performance by integrated care board", "waits per local
// authority", "at trust level". The body's name stands bare (no article,
// singular) and nothing of it follows.
var breakdownRe = lazyre.New(`(?i)\b(?:(?:broken\s+down|split|reported|published|shown|listed|ranked)\s+by|by|per)\s+(?:integrated\s+care\s+board|ICB|sub-ICB(?:\s+location)?|local\s+authority|council|trust|provider|school|region|practice)(?:\s+(?:area|level|footprint|place))?(?:[.,;:)]|\s+(?:and|or|so|to|in|from|with|for|each|every|as)\b|\s*$)|\bat\s+(?:ICB|integrated\s+care\s+board|local\s+authority|trust|provider|practice|council)\s+level\b`)

// withoutBreakdowns is s with each breakdown (see breakdownRe) blanked,
// so that its body's name asks no one; the cheap test is " by ", " per "
// or " level".
func withoutBreakdowns(s string) string {
	if !strings.Contains(s, " by ") && !strings.Contains(s, " per ") && !strings.Contains(s, " level") {
		return s
	}
	return breakdownRe.Get().ReplaceAllStringFunc(s, func(m string) string { return strings.Repeat(" ", len(m)) })
}

// genericGreetingRe is a greeting to readers by no role: "Dear
// colleagues", "Hi all", "Hello everyone", "Dear team", "Dear partners"
// (a council's update to the community groups it works with).
var genericGreetingRe = lazyre.New(`(?i)^(?:all|everyone|everybody|colleagues|team|(?:all\s+)?(?:(?:our\s+)?(?:colleagues|members|partners|friends)(?:\s+and\s+(?:colleagues|partners|friends))?))\s*[,!]?\s*$`)

// careObjectRe is whom a bulletin's "Please check ..." or "Please book
// ..." is for, when it asks for care: children and families on lists,
// registers and clinics.
var careObjectRe = lazyre.New(`(?i)\b(?:child|children|young\s+(?:people|person)|bab(?:y|ies)|infants?|pupils|patients|famil(?:y|ies))\b`)

// careVerbs ask the reader to act for patients when what they are asked
// about is the patients themselves ("Please check your lists for children
// who are overdue, and book them into the clinics"), though alone they
// ask for a reply or a booking (see tellVerbs).
var careVerbs = map[string]bool{"check": true, "book": true, "review": true, "update": true, "give": true, "share": true}

// genericAsk reports "Please ..." in a message to readers greeted by no
// role (see genericGreetingRe), asking them to act (the caller has
// checked the verb); a question there ("Please can you confirm ...?")
// asks for a reply.
func (x *extractor) genericAsk(t string) bool {
	return x.genericGreeting() && !strings.HasSuffix(strings.TrimSpace(t), "?")
}

// genericGreeting reports a letter that opens by greeting its readers by
// no role (see genericGreetingRe).
func (x *extractor) genericGreeting() bool {
	head := x.doc.Body[:min(len(x.doc.Body), 4096)]
	for _, opener := range []string{"Dear ", "Hi ", "Hello "} {
		if line := greetingLine(head, opener); line != "" {
			return genericGreetingRe.MatchString(line)
		}
	}
	return false
}

// byWork is the actors of an addressee named by its work and nothing
// else ("all practices", "every nursery", "school nurses"), or none.
func byWork(addressee string) []evidence.Actor {
	a := leadingActors(strings.TrimSpace(addressee) + " ")
	for _, x := range a {
		if x == ownUnit || x == noActor || x == readerUnit {
			return nil
		}
	}
	return a
}

// royalCollegeRe names a royal college: a professional body, no school.
var royalCollegeRe = lazyre.New(`(?i)\broyal\s+colleges?\b`)

// royalColleges is s with the royal colleges it names blanked, so that
// "college" in them names no school, and whether it named any (Other).
func royalColleges(s string) (string, bool) {
	if !strings.Contains(s, "oyal college") && !strings.Contains(s, "OYAL COLLEGE") {
		return s, false
	}
	t := royalCollegeRe.Get().ReplaceAllStringFunc(s, func(m string) string { return strings.Repeat(" ", len(m)) })
	return t, t != s
}

// bodyAskedRe is a body asked in the passive, in the present: "Practices
// are asked to make sure", "Schools are encouraged to appoint", "GP
// practices are reminded to record", "Trusts are invited to bid". Group
// 1 is the body, group 2 the verb asked.
var bodyAskedRe = lazyre.New(`^((?:(?:All|Every|Each|The|Our|Local|NHS)\s+)?[A-Z]?[\w’'&-]+(?:\s+[\w’'&-]+){0,5}?)\s+(?:is|are)\s+(?:(?:also|now|therefore|strongly|again|kindly|all)\s+)?(?:asked|requested|encouraged|reminded|invited)\s+to\s+(?:(?:also|please|now)\s+)?([a-z]+)\b`)

// meetingBodyRe is a body a paper is put to, asked to note or respond:
// "The Board is asked to note", "Cabinet is asked to respond".
var meetingBodyRe = lazyre.New(`(?i)\b(?:board|committee|cabinet|panel|group|forum|members|meeting|council\s+is|executive)\s*$`)

// bodyAsked is the bodies a sentence asks in the passive (see
// bodyAskedRe), or none: the public asked ("Parents are asked to bring
// the red book"), a board asked to note a paper, and a body asked only
// to reply, send or fill in a form are no ask.
func bodyAsked(s string) []evidence.Actor {
	if !strings.Contains(s, " to ") || !strings.Contains(s, " is ") && !strings.Contains(s, " are ") {
		return nil
	}
	m := bodyAskedRe.FindStringSubmatch(s)
	if m == nil || meetingBodyRe.MatchString(m[1]) {
		return nil
	}
	if v := m[2]; infoVerbs[v] || tellVerbs[v] || v == "note" || v == "receive" || v == "consider" || v == "agree" || v == "approve" || v == "endorse" || v == "discuss" || v == "attend" {
		return nil
	}
	a := actorsIn(m[1])
	if w := byWork(m[1]); len(w) > len(a) {
		// "GP practices and schools are asked to use ...": the list
		// read as the list of bodies it is, practices (named by their
		// work) beside the schools.
		a = w
	}
	for _, x := range a {
		if x == ownUnit || x == noActor || x == readerUnit {
			return nil
		}
	}
	return a
}

// Asks put without a modal of the body's own, each naming the body it
// asks (see phrasedAsk): "It is time for the government to fund", "There
// is an urgent need for NHS England to set", "ICBs may wish to consider",
// "Commissioners could consider", "We strongly recommend the ICB reviews",
// "We are recommending that trusts appoint", "Our recommendation is that
// the ICB funds", "What is needed is for the council to publish", "Is the
// ICB able to fund ...?", "Our ask of the council is simple: restore
// ...", "Our hope is that the council will restore ...". Each
// group 1 is the body, which must be one: "It is time for children to be
// heard" and "There is a need for more nurses" ask no body.
var (
	timeForRe = lazyre.New(`\b(?:(?i:it\s+is|it['’]s|now\s+is)\s+(?:(?i:high|long\s+past|past|surely)\s+)?(?:(?i:the)\s+)?(?i:time)|(?i:the)\s+(?i:time)\s+(?i:has)\s+(?:(?i:now|surely|long\s+since)\s+)?(?i:come))\s+(?i:for)\s+((?:[\w’'&-]+\s+){1,8}?)(?i:to)\s+(?:(?i:finally|now|properly|urgently)\s+)?[a-z]`)
	// incumbentRe lays the ask on the body as the writer's claim:
	// "It is incumbent on integrated care boards to publish", "It falls
	// to ICBs to", "The onus is on NHS England to".
	incumbentRe = lazyre.New(`\b(?:(?i:it\s+is|it['’]s)\s+(?:(?i:now|therefore|surely|also)\s+)?(?i:incumbent)\s+(?i:on|upon)|(?i:it)\s+(?:(?i:now|therefore)\s+)?(?i:falls)\s+(?i:to)|(?i:the)\s+(?i:onus)\s+(?i:is|lies)\s+(?:(?i:now|firmly|squarely|therefore)\s+)?(?i:on|upon|with))\s+((?:[\w’'&-]+\s+){1,8}?)(?i:to)\s+[a-z]`)
	// highTimeRe wants a body to have acted already: "It is high time
	// NHS England published these figures"; the body follows.
	highTimeRe = lazyre.New(`\b(?i:it\s+is|it['’]s)\s+(?i:high|about|long\s+past)\s+(?i:time)\s+(?:(?i:that)\s+)?`)
	// wellAdvisedRe advises the body it opens with: "ICBs would be well
	// advised to publish", "NHS England would do well to publish".
	wellAdvisedRe = lazyre.New(`^((?:[\w’'&-]+\s+){1,8}?)(?:would|will)\s+(?:also\s+)?(?:be\s+(?:well|wise)\s+advised|do\s+well)\s+to\s+[a-z]`)
	// weAdviseRe is the writer advising or inviting a body to act: "We
	// would strongly advise the council to keep", "We invite NHS England
	// to set", "We look to the government to fund". Group 1 is the body,
	// group 2 the verb.
	weAdviseRe = lazyre.New(`^(?:(?i:and|so|also|finally)[,\s]+)?(?i:we|i)(?:\s+(?i:would|also|strongly|therefore|now)|\s*['’](?i:d))*\s+(?:(?i:also|strongly|really)\s+)?(?i:advise|invite|look\s+to)\s+((?:[\w’'&-]+\s+){1,6}?)(?i:to)\s+(?:(?i:also|now)\s+)?([a-z]+)`)
	// weSuggestThatRe is the writer's suggestion that a body act: "We
	// suggest that ICBs publish", "We would propose that the council".
	weSuggestThatRe = lazyre.New(`^(?:(?i:and|so|finally|therefore)[,\s]+)?(?i:we|i)\s+(?:(?i:would|also|strongly|therefore|now|['’]d)\s+)*(?i:suggest|propose)\s+(?i:that)\s+`)
	// adviceToIsRe is the writer's advice to a body set as a subject:
	// "Our recommendation to the council is that it keeps", "Our advice
	// to ICBs is to publish". Group 1 is the body; the match ends before
	// what follows "that", or after the "to" of the verb.
	adviceToIsRe  = lazyre.New(`^(?:(?i:our|my|the\s+\w+['’]s)\s+)(?:(?i:main|key|first|central|final|principal|single|one|clear|strong)\s+)?(?i:recommendation|advice|request|ask|plea|message)\s+(?i:to|for|of)\s+((?:[\w’'&-]+\s+){1,8}?)(?i:is|would\s+be)\s+(?:(?i:that)\s+|(?i:to)\s+[a-z])`)
	needForRe     = lazyre.New(`\b(?i:there\s+is)\s+(?:(?i:an?|a\s+very)\s+)?(?:(?i:urgent|clear|pressing|real|strong|growing|immediate|obvious)\s+)?(?i:need)\s+(?i:for)\s+((?:[\w’'&-]+\s+){1,8}?)(?i:to)\s+(?:(?i:urgently|now|also)\s+)?[a-z]`)
	mayConsiderRe = lazyre.New(`^((?:[\w’'&-]+\s+){1,8}?)(?:may|might|could)\s+(?:also\s+|usefully\s+|want\s+to\s+|wish\s+to\s+)*(?:consider|explore|look\s+at|review)\b`)
	weRecommendRe = lazyre.New(`^(?:(?i:and|so|finally|therefore)[,\s]+)?(?i:we|i)\s+(?:(?i:would|also|strongly|therefore|now|are|am|['’]d)\s+)*(?i:recommend|recommending)\s+(?:(?i:that)\s+)?`)
	ourRecIsRe    = lazyre.New(`^(?:(?i:our|my|the|its|this\s+report['’]s|the\s+\w+['’]s)\s+)(?:(?i:main|key|first|central|formal|final|principal|single|overarching|one)\s+)?(?i:recommendation)\s+(?i:is|was|would\s+be)\s+(?i:that|for)\s+`)
	neededIsForRe = lazyre.New(`^(?:(?i:and|but|so)\s+)?(?i:what)\s+(?i:is|was)\s+(?:(?i:now|urgently|really|most|therefore)\s+)?(?i:needed)\s+(?:(?i:now|first|above\s+all)\s+)?(?i:is)\s+(?i:for)\s+((?:[\w’'&-]+\s+){1,8}?)(?i:to)\s+[a-z]`)
	// ableToRe is a question of a body's willingness or ability to act:
	// "Is the ICB able to fund ...?", "Would the council be willing to
	// ...?". Group 1 is the body, group 2 the verb.
	ableToRe = lazyre.New(`^(?:(?i:and|so|also|finally)[,\s]+)?(?:Is|Are|Would|Will|Could)\s+((?:[\w’'&-]+\s+){1,8}?)(?:be\s+)?(?:(?:able|willing|prepared|minded|in\s+a\s+position)\s+to)\s+(?:(?:also|please|now)\s+)?([a-z]+)\b`)
	// askOfIsRe is the writer's ask of a body set before a colon: "Our
	// ask of the council is simple: restore ...", "My request to the ICB
	// is this:". Group 1 is the body.
	askOfIsRe = lazyre.New(`^(?:(?i:our|my|the\s+forum['’]s|the\s+network['’]s)\s+)(?:(?i:main|one|key|first|single|clear)\s+)?(?i:ask|request|call|plea)\s+(?i:of|to|for)\s+((?:[\w’'&-]+\s+){1,8}?)(?i:is|are)(?:\s+(?i:simple|this|clear|straightforward))?\s*:\s+[a-z]`)
	// hopeIsRe is the writer's hope set as a subject: "Our hope is that
	// the council will restore", "My wish is that the ICB funds".
	hopeIsRe          = lazyre.New(`^(?:(?i:our|my)\s+)(?:(?i:real|sincere|strong)\s+)?(?i:hope|wish|plea)\s+(?i:is)\s+(?:(?i:that)\s+)?`)
	encourageByWorkRe = lazyre.New(`^(?:(?i:and|so|also|finally)[,\s]+)?(?i:we|i)(?:\s+(?i:would|also|strongly|therefore)|\s*['’](?i:d))*\s+(?:(?i:also|strongly|really)\s+)?(?i:encourage)\s+((?:[\w’'&-]+\s+){1,6}?)(?i:to)\s+[a-z]`)
)

// unnamedBodiesRe names bodies by no name: "the two organisations",
// "both bodies", "all partners", "local services", "every agency".
var unnamedBodiesRe = lazyre.New(`(?i)^(?:the|all|both|every|each|local|our|these|those|the\s+two|the\s+three|all\s+the)?\s*(?:two\s+|three\s+|local\s+|statutory\s+|health\s+|public\s+)?(?:organisations?|bodies|body|partners?|agenc(?:y|ies)|services?|systems?)\s*$`)

// phrasedAsk is the bodies one of the forms above asks, none when it asks
// bodies it does not name (noActor alone), or nil.
func phrasedAsk(s, lower string) []evidence.Actor {
	body := askedBody
	// "Parents told us it is time for the council to act" is their
	// view, not the writer's ask.
	said := func(at int) bool { return viewSubjectRe.MatchString(s[:at]) || isView(s, at) }
	// "It is time for the two organisations to publish": bodies the
	// sentence names by no name are asked, and no actor given.
	bodyOrUnnamed := func(who string) []evidence.Actor {
		if a := body(who); len(a) > 0 {
			return a
		}
		if unnamedBodiesRe.MatchString(who) {
			return []evidence.Actor{noActor}
		}
		return nil
	}
	if strings.Contains(lower, "time for ") || strings.Contains(lower, "come for ") {
		if m := timeForRe.FindStringSubmatchIndex(s); m != nil && !said(m[0]) {
			return bodyOrUnnamed(s[m[2]:m[3]])
		}
	}
	if strings.Contains(lower, "incumbent ") || strings.Contains(lower, "falls to ") || strings.Contains(lower, "onus ") {
		if m := incumbentRe.FindStringSubmatchIndex(s); m != nil && !said(m[0]) {
			return bodyOrUnnamed(s[m[2]:m[3]])
		}
	}
	if strings.Contains(lower, " advised to ") || strings.Contains(lower, " do well to ") {
		if m := wellAdvisedRe.FindStringSubmatch(s); m != nil {
			if a, end := leadingActorsEnd(m[1]); len(a) > 0 && strings.TrimSpace(m[1][end:]) == "" {
				return body(m[1])
			}
		}
	}
	if strings.Contains(lower, " time ") {
		if m := highTimeRe.FindStringIndex(s); m != nil && !said(m[0]) {
			rest := s[m[1]:]
			if a, end := leadingActorsEnd(rest); len(a) > 0 {
				if at := skipSpace(rest, end); at < len(rest) && isLower(rest[at]) && !statementVerbs[firstWord(rest[at:])] {
					return body(rest[:end])
				}
			}
		}
	}
	if strings.Contains(lower, "advise ") || strings.Contains(lower, "invite ") || strings.Contains(lower, "look to ") {
		if m := weAdviseRe.FindStringSubmatch(s); m != nil && !infoVerbs[m[2]] && !meetingVerbs[m[2]] {
			if a := body(m[1]); len(a) > 0 {
				return a
			}
		}
	}
	if strings.Contains(lower, " that ") {
		for _, re := range []*lazyre.Regexp{weSuggestThatRe, adviceToIsRe} {
			if m := re.FindStringSubmatchIndex(s); m != nil {
				if !strings.HasSuffix(lazyre.ASCIILower(s[:m[1]]), "that ") {
					if a := body(s[m[2]:m[3]]); len(a) > 0 {
						return a // "… is to publish"
					}
					continue
				}
				if a := actingBody(s[m[1]:]); len(a) > 0 || re == adviceToIsRe && pronounActs(s[m[1]:]) {
					if len(a) > 0 {
						return a
					}
					return body(s[m[2]:m[3]])
				}
			}
		}
	} else if m := adviceToIsRe.FindStringSubmatchIndex(s); m != nil {
		if a := body(s[m[2]:m[3]]); len(a) > 0 {
			return a // "Our advice to ICBs is to publish"
		}
	}
	if strings.Contains(lower, "need for ") {
		if m := needForRe.FindStringSubmatchIndex(s); m != nil && !said(m[0]) {
			return bodyOrUnnamed(s[m[2]:m[3]])
		}
	}
	if strings.Contains(lower, "could ") || strings.Contains(lower, "may ") || strings.Contains(lower, "might ") {
		if m := mayConsiderRe.FindStringSubmatch(s); m != nil {
			if a, end := leadingActorsEnd(m[1]); len(a) > 0 && strings.TrimSpace(m[1][end:]) == "" {
				return body(m[1])
			}
		}
	}
	if strings.Contains(lower, "recommend") && !recommendThatRe.MatchString(s) {
		// "We recommend that X, with Y, do ..." is read elsewhere, with
		// every body its clause opens with.
		for _, re := range []*lazyre.Regexp{weRecommendRe, ourRecIsRe} {
			if m := re.FindStringIndex(s); m != nil {
				rest := s[m[1]:]
				if a, end := leadingActorsEnd(rest); len(a) > 0 {
					if at := skipSpace(rest, end); at < len(rest) && isLower(rest[at]) && !passiveAfter(rest[at:]) {
						return body(rest[:end])
					}
				}
			}
		}
	}
	if strings.Contains(lower, "needed ") && strings.Contains(lower, " is for ") {
		if m := neededIsForRe.FindStringSubmatch(s); m != nil {
			return body(m[1])
		}
	}
	if strings.HasSuffix(strings.TrimSpace(s), "?") && (strings.Contains(lower, " able to ") || strings.Contains(lower, " willing to ") || strings.Contains(lower, " prepared to ") || strings.Contains(lower, " minded to ") || strings.Contains(lower, " position to ")) {
		// "Is the ICB able to fund a transition nurse next year?"; "Would
		// the council be willing to let us know ...?" asks for a reply.
		if m := ableToRe.FindStringSubmatch(s); m != nil && !infoVerbs[m[2]] && !meetingVerbs[m[2]] {
			return body(m[1])
		}
	}
	if strings.Contains(s, ": ") {
		if m := askOfIsRe.FindStringSubmatch(s); m != nil {
			return body(m[1])
		}
	}
	if m := hopeIsRe.FindStringIndex(s); m != nil {
		// "Our hope is that the council will restore the budget": the
		// body the clause opens with, acting.
		rest := s[m[1]:]
		if a, end := leadingActorsEnd(rest); len(a) > 0 {
			if at := skipSpace(rest, end); at < len(rest) && isLower(rest[at]) {
				if w, _ := wordAt(rest, at); w != "was" && w != "had" && w != "has" && w != "is" {
					return body(rest[:end])
				}
			}
		}
	}
	if strings.Contains(lower, "encourage ") {
		if m := encourageByWorkRe.FindStringSubmatch(s); m != nil {
			return body(m[1])
		}
	}
	return biggestAsk(s, lower)
}

// statementVerbs say what is so, or what may be, rather than what a
// body is to do: "We suggest that ICBs are under more pressure".
var statementVerbs = map[string]bool{"is": true, "are": true, "was": true, "were": true, "has": true, "have": true,
	"had": true, "will": true, "would": true, "can": true, "could": true, "may": true, "might": true, "do": true,
	"does": true, "did": true, "seem": true, "seems": true, "appear": true, "appears": true, "face": true,
	"faces": true, "lack": true, "lacks": true}

// actingBody is the bodies a clause opens with when a verb of theirs
// that asks follows: "ICBs publish …", "the council keeps …"; none for
// "ICBs are under pressure".
func actingBody(rest string) []evidence.Actor {
	a, end := leadingActorsEnd(rest)
	if len(a) == 0 {
		return nil
	}
	at := skipSpace(rest, end)
	if at >= len(rest) || !isLower(rest[at]) {
		return nil
	}
	if w := firstWord(rest[at:]); statementVerbs[w] || passiveAfter(rest[at:]) {
		return nil
	}
	return askedBody(rest[:end])
}

// pronounActs reports a clause that opens with "it" or "they" and a verb
// that asks: "… is that it keeps the service open".
func pronounActs(rest string) bool {
	w, end := wordAt(rest, 0)
	if w != "it" && w != "they" {
		return false
	}
	at := skipSpace(rest, end)
	return at < len(rest) && isLower(rest[at]) && !statementVerbs[firstWord(rest[at:])] && !passiveAfter(rest[at:])
}

// meetingVerbs ask a body to come to a meeting, not to act for children:
// "Would the council be able to attend on the 9th?".
var meetingVerbs = map[string]bool{"attend": true, "join": true, "come": true, "meet": true, "book": true, "present": true}

// beWillingToRe follows a body's "be" in a question of willingness:
// " willing to confirm", " able to send". Group 1 is the verb.
var beWillingToRe = lazyre.New(`^\s+(?:willing|able|prepared|minded|happy|in\s+a\s+position)\s+to\s+(?:(?:also|please|now)\s+)?([a-z]+)`)
