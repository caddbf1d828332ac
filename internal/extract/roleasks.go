package extract

import (
	"slices"
	"strings"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/lazyre"
)

// Asks a held-out check missed on documents nobody tuned for (round r14):
//
//   - imperative asks of the reader under a lead-in naming whom they ask:
//     "What we are asking MPs to do:", "What we're asking councillors to
//     do:", "We are asking you to:" over "- Write to the Secretary of
//     State ...", "- Raise the issue at ...": the addressee is the actor
//     (MPs are Other, as the set names Parliament; councillors the
//     council; "you" the reader's role);
//   - "Please ..." and "Could you ...?" asks in a letter whose greeting
//     names a role ("Dear Councillor", "Dear colleagues in the ICB"): the
//     role is the actor, also of "Please ask the ICB to ...", which the
//     reader is to do. A greeting that names a person only ("Hi Jo",
//     "Dear Ms Carter") makes no "Please book the hall" an ask, and a
//     request to tell or send ("Could you let us know ...?", "Please send
//     me the figures") is never one;
//   - a resolution asking a body in the passive: "RESOLVED: that the
//     Cabinet Member for Children be asked to restore ...", the body asked.

// askedToDoRe is a lead-in naming whom the list under it asks: "What we
// are asking MPs to do:". Group 1 is the addressee.
var askedToDoRe = lazyre.New(`(?i)^(?:(?:here\s+is|this\s+is|so)\s*,?\s+)?what\s+(?:we|i)(?:\s+are|\s+am|['’]re|['’]m)?\s+(?:(?:now|also)\s+)?(?:asking|urging|calling\s+on|inviting|want|would\s+like)\s+(.{1,60}?)\s+to\s+do\s*:\s*$`)

// askedToDo is the addressee of an askedToDoRe lead-in, or "".
func askedToDo(t string) string {
	if !strings.HasPrefix(t, "W") && !strings.HasPrefix(t, "w") && !strings.HasPrefix(t, "H") && !strings.HasPrefix(t, "T") && !strings.HasPrefix(t, "S") {
		return ""
	}
	if !strings.Contains(t, " to do") {
		return ""
	}
	m := askedToDoRe.FindStringSubmatch(strings.TrimSpace(t))
	if m == nil {
		return ""
	}
	return m[1]
}

// addresseeActors are the actors of whom a lead-in asks: a body it names,
// or the reader asked as "you".
func addresseeActors(who string) []evidence.Actor {
	if a := actorsIn(who); len(a) > 0 {
		return a
	}
	if youRe.MatchString(strings.ToLower(who)) {
		return []evidence.Actor{readerUnit}
	}
	return nil
}

// resolvedAskRe is a resolution asking a body in the passive: "RESOLVED:
// that the Cabinet Member for Children and Families be asked to restore",
// "Resolved that NHS England be requested to". Group 1 is the body.
var resolvedAskRe = lazyre.New(`^(?:RESOLVED|Resolved|AGREED|Agreed)\s*[:,.–—-]?\s*(?:\(\w\)\s*|\w\)\s*)?(?:that\s+)?(.{2,120}?)\s+be\s+(?:(?:formally|also|again)\s+)?(?:asked|requested|invited|urged|recommended|instructed|directed)\s+to\s+[a-z]`)

// resolvedAsk is the bodies a resolution asks (see resolvedAskRe).
func resolvedAsk(s string) []evidence.Actor {
	if len(s) < 12 || s[0] != 'R' && s[0] != 'A' || !strings.Contains(s, " be ") {
		return nil
	}
	m := resolvedAskRe.FindStringSubmatch(s)
	if m == nil {
		return nil
	}
	return actorsIn(m[1])
}

// thatResolution is the bodies a recommendation in the form of a
// committee's resolution asks, its "It is recommended" left unsaid:
// "That the Wexcombe ICB commission enough therapy ...", "That the
// Cabinet Member for Children sets out a plan". The subject runs to the
// first lower-case word that is not a word of a name ("for", "and",
// "of"), which must be its verb: "That the ICB has met the target is
// clear" and "That is why ..." state, and ask nothing.
func thatResolution(s string) []evidence.Actor {
	if !strings.HasPrefix(s, "That ") {
		return nil
	}
	rest := s[len("That "):]
	for at, n := 0, 0; at < len(rest) && n < 14; n++ {
		w, end := wordAt(rest, at)
		if w == "" {
			return nil
		}
		if isLower(rest[at]) && !nameJoiners[w] && !nameHeads[w] {
			if a := actorsIn(rest[:at]); len(a) > 0 {
				if factVerbs[w] || participle(w) || strings.HasSuffix(w, "ed") && w != "need" || slices.Contains(a, noActor) {
					return nil
				}
				return a
			}
			if at == 0 || factVerbs[w] {
				return nil
			}
		}
		for _, poss := range []string{"’s", "'s", "’", "'"} {
			if strings.HasPrefix(rest[end:], poss) {
				end += len(poss)
				break
			}
		}
		at = skipSpace(rest, end)
		if at < len(rest) && !isLetter(rest[at]) {
			return nil // a comma or bracket: not a plain subject
		}
	}
	return nil
}

// nameJoiners are the lower-case words inside a body's name or title:
// "the Cabinet Member for Children and Families", "the Director of
// Public Health".
var nameJoiners = map[string]bool{"the": true, "for": true, "and": true, "of": true, "in": true, "on": true, "with": true, "&": true}

// nameHeads end a body's name after a body's own ("the council's SEND
// team", "the ICB's children's board"): still the subject.
var nameHeads = map[string]bool{"team": true, "teams": true, "board": true, "boards": true, "service": true, "services": true,
	"partnership": true, "committee": true, "department": true, "directorate": true, "officers": true, "staff": true}

// factVerbs open a clause that states rather than asks: "That the ICB has
// ...", "That the council was ...".
var factVerbs = map[string]bool{"is": true, "was": true, "are": true, "were": true, "has": true, "had": true, "have": true,
	"does": true, "did": true, "will": true, "would": true, "could": true, "can": true, "may": true, "might": true}

// greetingActors are the actors of the role a letter's greeting names
// ("Dear Councillor": the council; "Dear colleagues in the ICB": the
// ICB; "Dear Minister": the Government), or none for a greeting of a
// person or of no one.
func (x *extractor) greetingActors() []evidence.Actor {
	if x.greetDone {
		return x.greet
	}
	x.greetDone = true
	head := x.doc.Body[:min(len(x.doc.Body), 4096)]
	x.greet = greetedRole(greetingLine(head, "Dear "))
	if len(x.greet) == 0 {
		// "To all primary schools in Wexbridge": an address line over a
		// circular names whom it greets.
		x.greet = greetedRole(greetingLine(head, "To all "))
	}
	if len(x.greet) == 0 {
		// "Hi Cllr Ahmed," over a forwarder's note, the letter it
		// forwards opening "Dear Ms Patel": the note greets the reader.
		for _, opener := range []string{"Hi ", "Hello "} {
			if line := greetingLine(head, opener); line != "" && (strings.HasPrefix(line, "Councillor") || strings.HasPrefix(line, "Cllr")) {
				x.greet = greetedRole(line)
				break
			}
		}
	}
	return x.greet
}

// greetingLine is what follows the first opener ("Dear ") that starts a
// line of head, up to its comma or the line's end; "" when there is none
// or it runs too long to be a greeting.
func greetingLine(head, opener string) string {
	k := strings.Index(head, opener)
	if k < 0 || k > 0 && head[k-1] != '\n' {
		return ""
	}
	line := head[k+len(opener):]
	if e := strings.IndexAny(line, ",\n"); e >= 0 {
		line = line[:e]
	}
	if len(line) > 80 {
		return ""
	}
	return line
}

// greetedRole is the actors of the role a greeting names: "Councillor"
// the council, "Minister" the Government, "Headteacher" the school,
// "colleagues in general practice" GP practices (Other, as the set names
// them), else the bodies the greeting names.
func greetedRole(line string) []evidence.Actor {
	lower := strings.ToLower(line)
	switch {
	case line == "":
		return nil
	case strings.HasPrefix(line, "Councillor") || strings.HasPrefix(line, "Cllr"):
		return []evidence.Actor{evidence.LocalAuthorities}
	case strings.HasPrefix(line, "Minister"):
		return []evidence.Actor{evidence.Government}
	case headteacherRe.MatchString(lower):
		return []evidence.Actor{evidence.Schools}
	case strings.Contains(lower, "general practice") || strings.HasPrefix(lower, "gp ") || strings.Contains(lower, " gp ") || strings.HasSuffix(lower, " gps"):
		return []evidence.Actor{evidence.OtherActor}
	}
	return actorsIn(line)
}

// headteacherRe is a greeting of a school's head or staff:
// "Headteacher", "Dear head teachers", "Principal", "school leaders",
// "Dear school colleagues", "SENCOs".
var headteacherRe = lazyre.New(`^(?:(?:all|colleagues|fellow)\s+)?(?:head\s*teachers?|heads\s+of\s+school|principals?|school\s+leaders|headteachers\s+and\s+\w+|(?:primary\s+|secondary\s+|special\s+)?school\s+(?:colleagues|staff|business\s+managers)|sencos?)\b`)

// pleaseAskRe opens an ask of the reader: "Please fund ...", "Please
// could you also ask ...", "Could you commission ...?". Group 1 is the
// verb.
var pleaseAskRe = lazyre.New(`^(?:(?:And|So|Also|Finally)[,\s]+)?(?:Please\s+(?:(?:could|can|would|will)\s+you\s+)?|(?:Could|Would|Can|Will)\s+you\s+(?:please\s+)?)(?:(?:also|please|kindly|urgently|now|then)\s+)*([a-z]+)\b`)

// tellVerbs ask the reader to tell, send or arrange, not to act for
// services: "Please let us know", "Could you send me the figures?",
// "Please find attached", "Please book the hall", "Please print the
// poster" (a notice passed on, as one shared or circulated is).
var tellVerbs = map[string]bool{"let": true, "send": true, "tell": true, "confirm": true, "advise": true, "check": true,
	"reply": true, "respond": true, "forward": true, "find": true, "see": true, "note": true, "contact": true, "call": true,
	"ring": true, "email": true, "e": true, "get": true, "keep": true, "feel": true, "bear": true, "accept": true, "excuse": true,
	"do": true, "don": true, "book": true, "come": true, "join": true, "attend": true, "look": true, "read": true, "remember": true,
	"give": true, "pass": true, "share": true, "circulate": true, "sign": true, "fill": true, "complete": true, "return": true,
	"update": true, "help": true, "bring": true, "print": true, "display": true, "ask": false}

// recordsToServiceRe is children's records passed to a service: "share
// your class lists with the school nursing team", "send your Year 8
// class lists to the immunisation team", "pupil lists with the school
// nursing service". What the reader shares is the children, for a
// service to reach them, as "Please check your lists for children ..."
// is (careObjectRe), and so are "share your class lists with us" in a
// service's own letter; "share this email with your staff" and "send me
// the names" pass on a message or answer the writer.
var recordsToServiceRe = lazyre.New(`(?i)\b(?:class|pupil|school|cohort|year(?:[- ]group|\s+\d+)?|patient|caseload|contact|attendance)\s+(?:lists?|records|data|details|registers?|rolls?)\s+(?:with|to)\s+(?:us\b|(?:the|our)\s+(?:[\w’'-]+\s+){0,3}?(?:team|service|nurses?|practitioners?|clinic|health\s+visitors?)\b)`)

// roleAsk reports "Please ..." or "Could you ...?" asking the reader to
// act, in a letter whose greeting names a role (see above).
func (x *extractor) roleAsk(s string) bool {
	t := strings.TrimSpace(s)
	if len(t) < 12 || !strings.HasPrefix(t, "Please ") && !strings.Contains(t[:12], " you ") {
		return false
	}
	m := pleaseAskRe.FindStringSubmatch(t)
	if m == nil || len(strings.Fields(t)) < 5 || tellVerbs[m[1]] && !(careVerbs[m[1]] && careObjectRe.MatchString(t) ||
		(careVerbs[m[1]] || m[1] == "send") && recordsToServiceRe.MatchString(t)) {
		return false
	}
	return len(x.greetingActors()) > 0 || x.genericAsk(t)
}

// recommendToRe is a committee's recommendation made to the body that
// decides: "The Committee is asked to recommend to Cabinet that the
// funding is made permanent", "agreed to recommend to the Executive
// that". Group 1 is that body.
var recommendToRe = lazyre.New(`\brecommend(?:s|ed|ing)?\s+to\s+((?:the\s+)?(?:Cabinet|Executive|(?:[Ff]ull\s+)?Council|[A-Z][\w’'-]*(?:\s+(?:[A-Z][\w’'-]*|of|for|and))*?))\s+that\s+\S`)

// recommendTo is the bodies a recommendation made to a decider asks
// (see recommendToRe): a council's Cabinet or Executive is the council.
func recommendTo(s string) []evidence.Actor {
	if !strings.Contains(s, "ecommend") {
		return nil
	}
	m := recommendToRe.FindStringSubmatch(s)
	if m == nil {
		return nil
	}
	switch strings.TrimPrefix(strings.TrimPrefix(m[1], "the "), "full ") {
	case "Cabinet", "Executive", "Council", "Full Council":
		return []evidence.Actor{evidence.LocalAuthorities}
	}
	return actorsIn(m[1])
}

// savingsNeedRe is a body's need to save money, stated as its position:
// "the council needs to find £310,000 of savings from the contract", "the
// trust has to make £2m of cuts". It says what the body faces, not what
// anyone is asked to do.
var savingsNeedRe = lazyre.New(`(?i)\b(?:needs?|has|have|had|must|will\s+(?:need|have)|is\s+(?:expected|required)|are\s+(?:expected|required))\s+to\s+(?:find|make|save|deliver|identify|achieve)\s+(?:a\s+further\s+|another\s+|an\s+extra\s+|further\s+)?£[\d.,]+\s*(?:m|bn|k|million|billion)?\s+(?:of|in)\s+(?:savings|cuts|efficiencies|efficiency\s+savings|reductions)\b`)
