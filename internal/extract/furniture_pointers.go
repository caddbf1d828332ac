package extract

import (
	"strings"

	"github.com/cypx/cypx/internal/lazyre"
)

// Furniture that stood as excerpts on documents nobody tuned for (round
// 20, second pass): lines that point the reader somewhere or arrange
// something rather than say anything about services.
//
//   - a table's or a chart's caption that only names what it holds:
//     "Table 3: Referrals by age group, 2023/24 (%)" (see captionOnly);
//   - a number the reader can ring to refer or get help: "GPs can refer on
//     0161 496 0000", "Our advice line is open on 0800 123 4567",
//     "Families can speak to their key worker or call the duty team on
//     0300 ...";
//   - a mail's arrangements: "Let me know if a call on Monday would be
//     easier", "Please book your place at the spring forum", a bulletin's
//     opening ("Here is our autumn update on ..."), a forwarded reply ("I'm
//     forwarding the trust's answer to our letter") and the writer
//     pointing at what follows ("I have set out below what the teams told
//     me");
//   - a dated listing of an event: "Carers' coffee morning: Friday 6 June,
//     10am, Library";
//   - a signature under a page's text with no commas: "Professor Ann Lee
//     Chair of the steering group".
//
// Each is told by how the line opens and what it is made of; a finding
// beside it (a share, a sum, "but 40% of calls ...") keeps the sentence.
var (
	// reachOnRe is a number to ring given to the reader: who can refer or
	// book on it, or the line that is open on it.
	reachOnRe = lazyre.New(`(?i)(?:\b(?:can|may)\s+(?:also\s+)?(?:make\s+(?:a\s+)?referrals?|refer(?:\s+(?:a\s+)?(?:child|young\s+person|pupil|patient|family))?|book(?:\s+an?\s+(?:appointment|place|session))?|get\s+(?:advice|help|support|in\s+touch)|speak\s+to\s+(?:a|an|the|our|their|your)\s+[\w-]+(?:\s+[\w-]+)?|call|ring|phone|reach\s+(?:us|the\s+team|the\s+service))(?:\s+or\s+(?:call|ring|phone|contact)(?:\s+[\w'’-]+){1,6}?)?|\b(?:line|helpline|advice\s+line|phone\s+line|duty\s+line|team|service|office|desk)\s+is\s+(?:open|available|staffed|free))\s+(?:\w+\s+){0,3}?on\s+(?:\+44\s?)?\(?0\d{2,4}\)?\s?\d{3,4}\s?\d{3,4}\b`)
	// callArrangeRe is the writer arranging to talk: "Let me know if a
	// call on Thursday would be easier", "Tell me if Monday suits you".
	callArrangeRe = lazyre.New(`(?i)^(?:(?:and|or|also)\s+)?(?:please\s+|do\s+)?(?:let\s+me\s+know|let\s+us\s+know|tell\s+me)\s+if\s+[^.!?]{0,60}?\b(?:call|chat|meeting|catch-?up|phone|teams|zoom|video|visit|(?:mon|tues|wednes|thurs|fri)day|morning|afternoon|week|time|date)s?\b[^.!?]{0,40}?\b(?:would\s+be\s+(?:easier|better|simpler|quicker|more\s+convenient|helpful)|(?:would\s+)?(?:suits?|works?)\b)`)
	// bulletinOpeningRe opens a bulletin or an update mail by naming it.
	bulletinOpeningRe = lazyre.New(`(?i)^(?:welcome\s+to\s+|here\s+is\s+|here['’]s\s+|this\s+is\s+)(?:our|the|your|my)\s+(?:(?:latest|new|first|last|regular|monthly|termly|quarterly|weekly|summer|spring|autumn|winter|annual|end[\s-]of[\s-](?:term|year)|[\w-]+['’]s)\s+){0,3}(?:update|newsletter|bulletin|round-?up|digest|briefing|e-?news)\b`)
	// forwardingLineRe is the writer passing on another's mail: "I'm
	// forwarding the council's answer to our letter about respite".
	forwardingLineRe = lazyre.New(`(?i)^(?:(?:hi|hello|dear)\s+[^,]{1,30},\s+)?(?:i|we)(?:['’]m|\s+am|['’]re|\s+are)\s+(?:just\s+)?(?:forwarding|passing\s+on|sending\s+on|copying\s+in)\s+(?:to\s+you\s+|you\s+)?(?:the|this|these|a|an|[\p{Lu}][\w-]*(?:\s+[\p{Lu}][\w-]*){0,3}['’]s)\s+(?:[\w’'-]+\s+){0,3}?(?:reply|replies|response|answer|letter|e-?mail|message|note|update|notes|minutes|paper)\b`)
	// bookPlaceRe asks the reader to book for an event.
	bookPlaceRe = lazyre.New(`(?i)^(?:please\s+|do\s+)?(?:remember\s+to\s+|don['’]t\s+forget\s+to\s+)?(?:book|reserve|secure|register\s+for)\s+(?:your|a|their)\s+(?:free\s+)?(?:place|places|seat|seats|ticket|tickets|spot)\b`)
	// setOutBelowRe is the writer pointing at what follows: "I have set
	// out below what the SENCos said", "We've listed underneath the
	// points parents raised".
	setOutBelowRe = lazyre.New(`(?i)^(?:(?:i|we)(?:['’]ve|\s+have))\s+(?:now\s+|just\s+|also\s+|quickly\s+)?(?:pulled|put|gathered|collected|set\s+out|summarised|summarized|listed|copied|pasted|noted|jotted\s+down|written\s+up|brought)\s+(?:together\s+)?(?:below|underneath)\b`)
	// answersBelowRe is a reply pointing at its answers, and at the
	// points it raises, set out below: "Answers to your questions below,
	// and a couple of points we would like the ICB to take into the
	// review". The points are asked where they are set out.
	answersBelowRe = lazyre.New(`(?i)^(?:(?:my|our|the|some)\s+)?(?:answers?|replies|responses?)\s+to\s+(?:your|the)\s+(?:questions?|queries|points|e-?mail|message|request|list)\s+(?:(?:are|is)\s+)?(?:set\s+out\s+)?(?:below|underneath|in\s?line|beneath)\b(?:,?\s+(?:and|plus|with|along\s+with)\s+(?:(?:a\s+(?:couple|number)\s+of|a\s+few|some|two|three|one\s+or\s+two)\s+)?(?:further\s+|other\s+|more\s+)?(?:points?|things|issues|comments|suggestions|requests|asks)\b[^.!?]{0,120})?[.!]?$`)
	// eventListingRe is a dated listing: an event's name, a colon, then
	// its weekday and date ("Parents' webinar on sleep: Tuesday 11 March,
	// 7pm").
	eventListingRe = lazyre.New(`^\p{Lu}[^:.!?]{2,70}?:\s*(?i:mon|tues|wednes|thurs|fri|satur|sun)days?\s+\d{1,2}(?:st|nd|rd|th)?\s+(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b(?:\s+\d{4})?(?:[,;–—-]\s*[^!?]{0,80})?$`)
	// nameAndPostRe is a signature run into one line without commas: a
	// title, a name and a post ("Dr Sam Okafor Clinical Director for
	// Children's Services").
	nameAndPostRe = lazyre.New(`^(?:Dr|Prof|Professor|Cllr|Councillor|Sir|Dame)\.?\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2}\s+(?:(?:Independent|Interim|Deputy|Acting|Joint|Vice|Executive|Medical|Clinical|Managing|Programme|Chief)\s+)?(?:Chair|Chairman|Chairwoman|Director|Executive|Officer|President|Lead|Head|Commissioner|Dean|Professor|Consultant|Member)\b[^.!?;,]{0,80}$`)
)

// pointerClasses are this file's furniture classes (see furnitureClasses).
var pointerClasses = []furnitureClass{
	// Classes with cues first: those picked by their lead may sit past
	// the cue table's 64 bits.
	{cues: []string{" on 0", " on (0", " on +44"}, re: reachOnRe, maxWords: 45, made: true, whole: true, and: func(t, lower string) bool {
		return noMoney(t, lower) && !quoted(t) && !containsAny(lower, []string{" but ", " although ", " though ", " however", " only ", " unanswered", " waited", " waiting"})
	}},
	{cues: []string{"forwarding", "passing on", "sending on", "copying in"}, re: forwardingLineRe, maxWords: 40, dates: true, and: func(t, _ string) bool { return !quoted(t) }},
	{cues: []string{"book", "reserve", "secure", "register"}, re: bookPlaceRe, maxWords: 30, dates: true, and: func(t, _ string) bool { return !quoted(t) }},
	{cues: []string{":"}, re: eventListingRe, maxWords: 30, made: true, whole: true, and: func(t, lower string) bool {
		return noMoney(t, lower) && !containsAny(lower, []string{" is ", " are ", " was ", " were ", " has ", " had ", " have ", " will "})
	}},
	{lead: []string{"let ", "tell me", "please let", "do let", "and let", "or let", "also let", "please tell"}, re: callArrangeRe, maxWords: 30, dates: true, and: func(t, _ string) bool { return !quoted(t) }},
	{lead: []string{"welcome to", "here is", "here's", "here’s", "this is"}, re: bulletinOpeningRe, maxWords: 40, made: true, whole: true, and: bulletinOnly},
	{lead: []string{"i've", "i’ve", "i have", "we've", "we’ve", "we have"}, re: setOutBelowRe, maxWords: 35, made: true, whole: true, and: noMoney},
	{lead: []string{"answer", "my answer", "our answer", "the answer", "some answer", "repl", "respons", "my repl", "our respons"}, re: answersBelowRe, maxWords: 45, made: true, whole: true, overAsk: true, and: noMoney},
	{lead: []string{"dr", "prof", "cllr", "councillor", "sir", "dame"}, re: nameAndPostRe, maxWords: 20, made: true, whole: true, and: func(t, lower string) bool {
		return noMoney(t, lower) && !containsAny(lower, []string{" is ", " are ", " was ", " were ", " has ", " had ", " have ", " said", " says", " will "})
	}},
}

// bulletinPartsRe counts a bulletin's own parts: "two requests", "three
// dates for your diary".
var bulletinPartsRe = lazyre.New(`(?i)\b(?:[\w-]+|a\s+few)\s+(?:requests|asks|items|things|updates|stories|articles|sections|dates|events|reminders)\b`)

// bulletinOnly: a bulletin's opening whose only numbers count its own
// parts ("with the latest figures and two requests"); "Here is our
// update: 1,200 children waited" gives a finding.
func bulletinOnly(t, lower string) bool {
	if quoted(t) || strings.ContainsAny(t, "%£:") {
		return false
	}
	return len(Figures(withoutDates(bulletinPartsRe.Get().ReplaceAllString(t, "")))) == 0
}

// captionOnly: the caption names what a table holds and says nothing of it
// ("Table 2: Referrals fell by 12%" is a finding set as a caption); its
// unit ("£ million", "(%)") names the cells.
func captionOnly(_, lower string) bool {
	return !containsAny(lower, []string{" is ", " are ", " was ", " were ", " has ", " have ", " had ", " rose ", " fell ", " increased ", " decreased ", " doubled", " halved", " grew ", " dropped ", " shows ", " show "})
}
