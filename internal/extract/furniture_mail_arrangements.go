package extract

import (
	"strings"

	"github.com/cypx/cypx/internal/lazyre"
)

// A mail's arrangements that stood as excerpts on mails nobody tuned for
// (round 22), each told by how it opens:
//
//   - the writer saying when they are free: "I'm free most mornings if a
//     call is easier", "I am around all week if you want to talk";
//   - the writer's own errand to a meeting: "I'll bring the minutes", "I
//     can bring two carers to your surgery on the 12th" (the writer as
//     "I": "We can bring the clinic into schools" offers a service);
//   - a colleague asked to look something over, named first or not:
//     "Could you and the data team have a look at the two options before
//     Monday?", "Sam - can you take a look through the draft?";
//   - what the mail holds: "Below is a short note of what we agreed",
//     "The slides and the Q2 dashboard are attached";
//   - a bulletin's listings: an event named before its day ("Webinar:
//     Getting discharge right, Tuesday 4 March, 1pm to 2pm, on Teams", or
//     "Webinar: Getting discharge right – Tuesday 4 March"), a
//     post with its closing date ("Job: Band 7 Nurse Lead, 0.8 WTE, ...,
//     closing date 14 March").
var (
	freeWhenRe    = lazyre.New(`(?i)^(?:(?:and|also|otherwise)[,\s]+)?(?:i|we)(?:['’]m|\s+am|['’]re|\s+are)\s+(?:usually\s+|generally\s+|also\s+|mostly\s+)?(?:free|around|available|about|in\s+the\s+office|at\s+my\s+desk)\b[^.!?]{0,60}?(?:\bif\b[^.!?]{0,40}\b(?:easier|better|simpler|helpful|quicker|suits?|works?|want|prefer|need)\b|\bto\s+(?:talk|chat|speak|meet|catch\s+up)\b|\bfor\s+a\s+(?:call|chat|catch-?up)\b)`)
	ownErrandRe   = lazyre.New(`(?i)^(?:(?:and|also|otherwise)[,\s]+)?i(?:['’]ll|\s+will|\s+can|\s+could|['’]d\s+be\s+happy\s+to|\s+would\s+be\s+happy\s+to)\s+(?:also\s+|happily\s+)?(?:bring|print|come\s+along|pop\s+(?:in|over|along)|drop\s+(?:in|by)|dial\s+in|join\s+(?:you|the\s+call|the\s+meeting))\b`)
	lookOverRe    = lazyre.New(`(?i)^(?:\p{Lu}[\p{L}'’-]+\s*[,–—-]\s*)?(?:(?:and|also|so)[,\s]+)?(?:could|can|would)\s+you(?:\s+and\s+[^?.!]{1,40}?)?\s+(?:please\s+|possibly\s+|also\s+)?(?:have|take)\s+a\s+(?:quick\s+|proper\s+|closer\s+|first\s+)?look\s+(?:at|over|through)\b`)
	mailHoldsRe   = lazyre.New(`(?i)^(?:below|above|attached|enclosed|underneath)\s+(?:is|are|you['’]ll\s+find)\s+(?:a|an|the|my|our|some)\s+(?:short\s+|brief\s+|quick\s+|full\s+)?(?:note|summary|notes|record|list|copy|copies|outline|round-?up|recap|update)\b`)
	attachedRe    = lazyre.New(`(?i)^(?:the|our|my|a|both)\s+[^.!?]{1,60}?\s+(?:is|are)\s+(?:also\s+|now\s+)?(?:attached|enclosed)(?:\s+(?:here|below|for\s+(?:info|information|reference)))?\s*\.?$`)
	labelListedRe = lazyre.New(`^(?i:webinar|workshop|seminar|event|training|conference|drop-in|open\s+day|coffee\s+morning|meeting|forum|session)s?\s*:\s*[^.!?]{2,90}?(?:,|\s[–—-])\s*(?i:mon|tues|wednes|thurs|fri|satur|sun)days?\s+\d{1,2}(?:st|nd|rd|th)?\s+(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b[^!?]{0,90}$`)
	vacancyRe     = lazyre.New(`(?i)^(?:job|jobs|vacancy|vacancies|new\s+post|post|role|we['’]re\s+recruiting|now\s+recruiting|recruiting)\s*:\s*[^!?]{2,160}?\bclosing\s+(?:date|on)\b[^!?]{0,40}$`)
)

// mailArrangeClasses are this file's furniture classes (see
// furnitureClasses).
var mailArrangeClasses = []furnitureClass{
	{lead: []string{"i'm", "i’m", "i am", "we're", "we’re", "we are", "and i", "also i", "otherwise i", "and we", "also we", "otherwise we"}, re: freeWhenRe, maxWords: 30, dates: true, and: func(t, _ string) bool { return !quoted(t) }},
	{lead: []string{"i'll", "i’ll", "i will", "i can", "i could", "i'd", "i’d", "i would", "and i", "also i", "otherwise i"}, re: ownErrandRe, maxWords: 30, made: true, whole: true, and: func(t, lower string) bool { return !quoted(t) && noMoney(t, lower) }},
	// Any lead: the colleague may be named first ("Tom - could you ...").
	{lead: []string{""}, re: lookOverRe, maxWords: 35, dates: true, and: func(t, _ string) bool { return !quoted(t) },
		may: func(_, lower string) bool { return strings.Contains(lower, " look ") && strings.Contains(lower, "you") }},
	{lead: []string{"below", "above", "attached", "enclosed", "underneath"}, re: mailHoldsRe, maxWords: 30, made: true, whole: true, and: noMoney},
	// Past the cue table's 64 bits: classes picked by their lead, and a
	// cheap test.
	{lead: []string{"the ", "our ", "my ", "a ", "both "}, re: attachedRe, maxWords: 20, made: true, whole: true, and: noMoney,
		may: func(_, lower string) bool {
			return strings.Contains(lower, "attached") || strings.Contains(lower, "enclosed")
		}},
	{lead: []string{"webinar", "workshop", "seminar", "event", "training", "conference", "drop-in", "open day", "coffee morning", "meeting", "forum", "session"}, re: labelListedRe, maxWords: 35, made: true, whole: true, and: func(t, lower string) bool {
		return noMoney(t, lower) && !containsAny(lower, []string{" is ", " are ", " was ", " were ", " has ", " had ", " have ", " will "})
	}},
	{lead: []string{"job", "vacanc", "new post", "post", "role", "we're recruiting", "we’re recruiting", "now recruiting", "recruiting"}, re: vacancyRe, maxWords: 40, made: true, whole: true, and: noMoney},
}
