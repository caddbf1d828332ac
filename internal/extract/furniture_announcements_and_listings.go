package extract

import (
	"strings"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/lazyre"
)

// Furniture that stood as excerpts on documents nobody tuned for (round
// 21): lines about the document or the mail itself rather than services.
//
//   - a mail's line announcing what follows, with no verb: "Some points
//     from the children's side before Friday's meeting", "A few quick
//     thoughts from our reps below";
//   - a report introducing itself: "This is my second annual report as
//     Director of Public Health";
//   - a pointer to an appendix or annex and nothing else: "Progress on
//     last year's recommendations is set out in Appendix A";
//   - a request that the mail's readers send the writer material: "Could
//     everyone send me examples of families who ... by Wednesday?" (a
//     body asked to send its data is asked: "Could the ICB send us ...");
//   - a place to find a service at a web address: "Parents can find their
//     nearest hub at example.gov.uk/hubs or by calling ...".
//
// Each opens its sentence with its words or is made of nothing else; a
// finding in it (a share, a sum, "but families said ...") keeps it.
var (
	// pointsAheadRe is a verbless line over the points a mail goes on to
	// make.
	pointsAheadRe = lazyre.New(`(?i)^(?:just\s+)?(?:some|a\s+few|a\s+couple\s+of|my|our|two|three|four)\s+(?:(?:quick|brief|short|initial|early|further|final|key)\s+)?(?:points|thoughts|comments|notes|reflections|observations|responses|answers|updates)(?:\s+(?:from|on|for|about)\s+[^.!?:;]{1,60}?)?(?:\s+(?:below|underneath|(?:ahead\s+of|before|for)\s+[^.!?:;]{1,40}))?\s*[.!:]?$`)
	// selfIntroRe is a report saying which of its series it is, with no
	// more: "This is our first annual report", "This is my third annual
	// report as Director of Public Health".
	selfIntroRe = lazyre.New(`(?i)^this\s+is\s+(?:my|our|the)\s+(?:(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th)|last|final|latest|new|inaugural)\s+)?(?:independent\s+)?(?:annual\s+|yearly\s+)?(?:report|review|profile)(?:\s+as\s+[^.!?,;]{1,80})?\s*[.!]?$`)
	// appendixPointerRe sends the reader to an appendix or an annex and
	// says nothing else.
	appendixPointerRe = lazyre.New(`(?i)^(?:(?:please\s+)?see\s+(?:the\s+)?(?:appendix|appendices|annex|annexe)\b[^.!?]{0,80}|[^.!?]{3,100}?\s+(?:is|are)\s+(?:(?:also|further|briefly)\s+)?(?:set\s+out|given|shown|listed|summari[sz]ed|described|detailed|included|provided|reported|presented|reproduced)\s+(?:in\s+full\s+)?in\s+(?:the\s+)?(?:appendix|appendices|annex|annexe|annexes)(?:\s+(?:[A-Z]|\d{1,2}))?(?:\s+(?:to|of)\s+this\s+(?:report|document|paper))?)\s*[.!]?$`)
	// sendMeRe asks the mail's readers to send the writer something.
	sendMeRe = lazyre.New(`(?i)^(?:(?:could|can|would)\s+(?:you(?:\s+all)?|everyone|everybody|all\s+of\s+you|each\s+of\s+you|colleagues|members)\s+(?:please\s+|kindly\s+|also\s+)?|please\s+(?:could\s+(?:you|everyone)\s+)?)(?:send|e-?mail|forward|pass)\s+(?:(?:me|us|to\s+me|to\s+us|back|through|over|on)\s+)?(?:any|your|some|a\s+few|one\s+or\s+two|examples|comments|thoughts|feedback|views|case\s+studies|stories|questions|suggestions|ideas|availability|apologies|anything|nominations)\b`)
	// findAtRe gives the reader a web address to find or book a service
	// at, and maybe a number to ring instead.
	findAtRe = lazyre.New(`(?i)^(?:[\w'’-]+\s+){1,4}(?:can|may)\s+(?:also\s+)?(?:find|search\s+for|look\s+up|book|apply|register|sign\s+up|order)\b[^.!?]{0,80}?\s(?:at|on|via|through)\s+(?:https?://)?(?:www\.)?[\w-]+(?:\.[\w-]+)+(?:/[\w./-]*)?(?:,?\s+or\s+(?:by\s+)?(?:calling|ringing|phoning|e-?mailing|texting|visiting)\s+[^.!?]{1,50})?\s*[.!]?$`)
)

// finiteVerbs are the verbs a verbless line lacks: "Some points from the
// survey stand out" says something.
var finiteVerbs = []string{" is ", " are ", " was ", " were ", " has ", " have ", " had ", " will ", " would ", " can ", " could ",
	" should ", " must ", " stand ", " stood ", " show ", " showed ", " suggest ", " came ", " come ", " remain ", " need ", " needs "}

// r21Classes are this file's furniture classes (see furnitureClasses).
// All are picked by their lead (an empty lead tries every sentence, which
// a cheap test first narrows), for the cue table is full.
var r21Classes = []furnitureClass{
	{lead: []string{"some ", "a few ", "a couple ", "just ", "my ", "our ", "two ", "three ", "four "}, re: pointsAheadRe, maxWords: 20, dates: true, and: func(t, lower string) bool {
		return !quoted(t) && !containsAny(lower+" ", finiteVerbs)
	}},
	{lead: []string{"this is "}, re: selfIntroRe, maxWords: 25, made: true, whole: true, and: noMoney},
	{lead: []string{""}, re: appendixPointerRe, maxWords: 30, made: true, whole: true, and: noMoney,
		may: func(_, lower string) bool {
			return strings.Contains(lower, "appendi") || strings.Contains(lower, "annex")
		}},
	{lead: []string{"could ", "can ", "would ", "please "}, re: sendMeRe, maxWords: 35, dates: true, and: func(t, _ string) bool {
		// "Please send your class lists to the immunisation team": the
		// children's records go to a service, not to the writer.
		return !quoted(t) && !recordsToServiceRe.MatchString(t)
	}},
	{lead: []string{""}, re: findAtRe, maxWords: 35, made: true, whole: true, and: func(t, lower string) bool {
		return noMoney(t, lower) && !quoted(t) && !strings.Contains(lower, " but ")
	},
		may: func(_, lower string) bool {
			return strings.Contains(lower, ".uk") || strings.Contains(lower, ".org") || strings.Contains(lower, ".com") || strings.Contains(lower, "www.")
		}},
}

// listingDateRe is a line that is only an event's day, date and time:
// "Thursday 16 October 2025, 12.30-1.30pm", "Tues 3 June, 7pm, online".
var listingDateRe = lazyre.New(`(?i)^(?:(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?:\s+\d{4})?|\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?:\s+\d{4})?,?\s+(?:from\s+)?\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm|noon)?)(?:,?\s+(?:from\s+)?\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm|noon)?(?:\s*(?:-|–|—|to|until)\s*\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm|noon)?)?)?(?:\s*[,;|–—-]\s*[^,;|.!?]{1,40}){0,2}\s*$`)

// datedListing reports a paragraph that is an event's listing set out on
// lines of its own: a title, a line that is only its day and time, and
// maybe where to book ("Webinar: Planning for 18 – what good looks like /
// Thursday 16 October 2025, 12.30–1.30pm / Book your free place"). A line
// with a finding in it ("Our survey of 300 families showed ...") keeps
// the paragraph; the title's own numbers ("Planning for 18") do not.
func datedListing(text string) bool {
	lines := strings.Split(strings.TrimSpace(text), "\n")
	if len(lines) < 2 || len(lines) > 5 || strings.ContainsAny(text, "%£") {
		return false
	}
	dated := false
	for _, l := range lines {
		l = strings.TrimSpace(l)
		if l == "" || !isUpper(l[0]) && !isDigit(l[0]) {
			return false // a sentence wrapped over lines: "The group met on / Tuesday 4 November"
		}
		if listingDateRe.MatchString(l) {
			dated = true
			continue
		}
		lower := " " + strings.ToLower(l) + " "
		if countFields(l) > 12 || containsAny(lower, finiteVerbs) || containsAny(lower, []string{" said ", " says ", " found ", " showed ", " shows ", " rose ", " fell "}) {
			return false
		}
	}
	return dated
}

var (
	// editorNotesRe is a heading over a press release's notes for
	// journalists.
	editorNotesRe = lazyre.New(`(?i)^(?:\d{1,2}[.)]?\s+)?(?:notes?\s+(?:to|for)\s+(?:news\s+)?editors?|editors?['’]?\s+notes?|background\s+notes?\s+for\s+editors?)\s*:?$`)
	// bodyBoilerplateRe is a note saying what a body does or who it
	// serves ("Ravelford Community Healthcare NHS Trust provides community
	// health services to around 410,000 people"), or what a profession
	// is ("Health visitors are specialist community public health nurses
	// who lead ...").
	bodyBoilerplateRe = lazyre.New(`^(?:It|(?:The\s+)?\p{Lu}[\p{L}'’&.-]*(?:\s+(?:of|and|for|the|in|&|\p{Lu}[\p{L}'’&.-]*)){0,10})\s+(?:provides|runs|delivers|serves|employs|commissions|represents|covers|cares\s+for|looks\s+after|works\s+(?:with|across|in|for))\b|^\p{Lu}[\p{Ll}'’-]+(?:\s+[\p{Ll}'’-]+){0,3}\s+are\s+(?:(?:specialist|qualified|registered|trained|senior|experienced)\s+)?(?:[\p{L}'’-]+\s+){0,4}(?:nurses|doctors|professionals|practitioners|clinicians|therapists|midwives|workers|staff|officers)\s+(?:who|that|with|trained)\b`)
)

// editorsBoilerplate reports a sentence under a press release's notes to
// editors that says what a body does or what a profession is: for the
// journalist, whatever its numbers. A note saying how the figures were
// got ("It was answered by 350 psychiatrists") is the finding's and is
// left to the other rules.
func editorsBoilerplate(s, section string) bool {
	return section != "" && editorNotesRe.MatchString(strings.TrimSpace(section)) &&
		!strings.ContainsAny(s, "%£") && bodyBoilerplateRe.MatchString(strings.TrimSpace(s))
}

// kindOfSchoolRe is the kind of school an expectation names: "every
// secondary school" is expected of as schools are.
var kindOfSchoolRe = lazyre.New(`(?i)\b(every|each|all)\s+(?:secondary|primary|special|infant|junior|maintained|state)\s+(school|college)`)

// expectedActors are the bodies an expectation's lead-in expects of (the
// match of expectsFromRe): "what the ICB expects from schools:", "we
// expect every secondary school in Orbury to:".
func expectedActors(m []string) []evidence.Actor {
	return mentionedActors(kindOfSchoolRe.Get().ReplaceAllString(m[1]+m[2], "$1 $2"))
}
