package extract

import (
	"strings"

	"github.com/cypx/cypx/internal/lazyre"
)

// Furniture that stood as excerpts in mails, releases and papers nobody
// tuned for (round 22), each class told by how its sentence opens or what
// it is made of:
//
//   - a forward's handling note: "FYI below - the charity's report is
//     embargoed until Tuesday", "Please don't circulate this beyond the
//     group until then";
//   - a writer asking colleagues for their numbers: "Could each practice
//     send me its latest list sizes by Monday 3 March?";
//   - a reply's cover note on its own layout or its copy list: "I've put
//     our answers to your points below", "I've copied in Tom Reyes, who
//     leads the 0-25 team";
//   - a news story's correction notice: "This story was updated on 4 May
//     2025 to correct the name of the trust";
//   - a details box's label and a person or a body: "Director of Public
//     Health: Ruth Adeyemi", "Review team: Sam Holt, lead reviewer; Ann
//     Ray, reviewer", "Integrated care board: NHS Westfold Integrated Care
//     Board";
//   - a bulletin's thanks to those who came to an event or helped at it,
//     with the month it closes: "It's been a busy term - thank you to
//     everyone who came to our picnic, and to the 12 volunteers who ran
//     the stalls";
//   - a consultation's or survey's closing date: "The council's survey on
//     play spaces closes on 30 May";
//   - a release's note on the data it uses: "The analysis uses national
//     hospital admissions data for patients aged 0 to 17";
//   - a paper's disclaimer: "The views in this briefing are those of the
//     authors";
//   - a body's description of itself: "Speech First is the national
//     charity for children who stammer";
//   - a body saying it is a charity, with its number: "Brightwell Trust is
//     a registered charity in England and Wales (1234567)", a footer's
//     "Registered charity in England and Wales (1234567)" or a bio's
//     "Sam Lee leads policy at Brightwell, registered charity number 1234567".
var (
	handlingNoteRe = lazyre.New(`(?i)^(?:fyi|for\s+(?:your\s+)?info(?:rmation)?)\s*(?:[-–—:,]\s*)?(?:see\s+)?(?:below|attached|forwarded|underneath)\b[^!?]{0,140}$|^(?:[^.!?]{0,60}?\b(?:is|are)\s+)?embargoed\s+(?:until|till|to)\b[^!?]{0,100}$|^(?:(?:and|so|but)\s+)?(?:please\s+)?(?:don['’]t|do\s+not)\s+(?:share|circulate|forward|publish|pass)\b[^.!?]{0,80}?\b(?:outside|beyond|until|before|externally|further|on)\b[^!?]{0,40}$`)
	sendFiguresRe  = lazyre.New(`(?i)^(?:\p{Lu}[\p{L}'’-]+\s*[,–—-]\s*)?(?:could|can|would|will)\s+(?:you|each|every|all|both)\b[^.!?]{0,40}?\s(?:please\s+)?(?:also\s+)?(?:send|forward|e-?mail|share\s+with)\s+(?:me|us)\b[^.!?]{0,120}\?$`)
	coverNoteRe    = lazyre.New(`(?i)^(?:i|we)(?:['’]ve|\s+have)\s+(?:also\s+)?(?:(?:set|laid)\s+out|put|listed|answered|responded\s+to|gone\s+through|addressed|pulled\s+together|summarised|summarized)\s+(?:our|my|the)\s+(?:[\w'’-]+\s+){0,2}?(?:response|responses|answers?|replies|reply|comments?|thoughts|notes?|points?)\b[^.!?]{0,60}?\b(?:below|inline|in\s+line|in\s+turn|underneath|in\s+red|in\s+bold|point\s+by\s+point|one\s+by\s+one)\b[^!?]{0,30}$`)
	copiedInRe     = lazyre.New(`(?i)^(?:i|we)(?:['’]ve|\s+have)\s+(?:also\s+)?(?:copied|cc['’]?e?d|looped|added)\s+(?:in\s+)?(?:my\s+colleague\s+|our\s+)?(?-i:\p{Lu})`)
	correctionRe   = lazyre.New(`(?i)^(?:this|the)\s+(?:article|story|post|page|piece|report|briefing|release|blog(?:\s+post)?|news\s+item)\s+(?:was|has\s+been)\s+(?:amended|updated|corrected|changed|edited)\s+(?:on|at)\b`)
	detailsLineRe  = lazyre.New(`^(?i:(?:[\p{L}'’-]+\s+){0,3}?(?:director|chief\s+executive|chief\s+officer|officer|inspectors?|inspection\s+team|review\s+team|team|lead|chair|manager|head|members?|contact|commissioner|representatives?|local\s+authority|integrated\s+care\s+board|icb|council|trust|provider)(?:\s+(?:of|for)\s+[\p{L}'’ ]{1,40}?)?)\s*:\s*` +
		`(?:(?:Dr|Mr|Mrs|Ms|Miss|Mx|Cllr|Councillor|Professor|Prof)\.?\s+)?\p{Lu}[\p{L}'’-]*(?:\s+(?:of|and|for|the|\p{Lu}[\p{L}'’-]*)){1,8}` +
		`(?:,\s*[^.!?:;]{1,60})?(?:;\s*(?:(?:Dr|Mr|Mrs|Ms|Cllr|Professor)\.?\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){1,3}(?:,\s*[^.!?:;]{1,60})?)*\.?$`)
	eventThanksRe    = lazyre.New(`(?i)^(?:(?:it['’]s|it\s+has)\s+been\s+an?\s+(?:busy|great|lovely|packed|hectic|wonderful|brilliant|full)\s+(?:month|week|term|year|few\s+weeks|summer|spring|autumn|winter|half-term)\s*[-–—,!.:]\s*)?(?:(?:a\s+)?(?:big|huge|special|massive)\s+)?(?:thank\s+you|thanks)\s+to\s+(?:everyone|everybody|all(?:\s+of\s+you)?|each\s+of\s+you|those)\s+(?:who|that)\s+(?:came|joined|attended|came\s+along|helped|volunteered|turned\s+up)\s+(?:to|at|along\s+to|out\s+for)?\s*(?:our|the)\s+(?:[\w'’-]+\s+){0,3}?(?:coffee\s+morning|event|fair|meeting|session|open\s+day|conference|webinar|walk|fun\s+day|fundraiser|agm|picnic|party|drop-in|stall|celebration|workshop)s?\b`)
	closesOnRe       = lazyre.New(`(?i)^(?:the\s+)?[^.!?]{0,80}?\b(?:consultation|survey|call\s+for\s+evidence|engagement\s+exercise|nominations|applications|bookings?|registration)\b[^.!?]{0,60}?\s(?:closes|ends|will\s+close|is\s+open\s+until|runs\s+until|remains\s+open\s+until)\s+(?:on\s+|at\s+(?:midnight|noon|\d{1,2}(?:[.:]\d\d)?\s*[ap]m)\s+on\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day\s+)?\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*(?:\s+\d{4})?\s*[.!]?$`)
	usesDataRe       = lazyre.New(`(?i)^(?:the\s+|this\s+|our\s+)?(?:[\w'’-]+\s+){0,2}(?:analysis|survey|report|study|research|briefing|release|findings|figures|estimates)\s+(?:also\s+)?(?:uses?|used|(?:is|are|was|were)\s+(?:also\s+)?based\s+on|draws?\s+on|drew\s+on)\s+[^.!?]{0,80}?\b(?:data|statistics|figures|records|returns)\b`)
	viewsOfAuthorsRe = lazyre.New(`(?i)^the\s+views\s+(?:expressed\s+)?(?:in\s+(?:this|the)\s+\w+\s+)?(?:are|is)\s+(?:those\s+of\s+the|the\s+(?:authors?['’]?s?|writers?['’]?s?)\s+own|the)\s*(?:authors?|writers?)?\b`)
	// charityIsRe is a body's description of itself as notes to editors
	// give it: "Speech First is the national charity for children who
	// stammer", "The Society is the UK's professional body for school
	// nurses". A council or a trust describing its duties is not matched.
	charityIsRe     = lazyre.New(`^(?:The\s+)?\p{Lu}[\p{L}'’&.-]*(?:\s+(?:of|and|for|the|in|&|\p{Lu}[\p{L}'’&.-]*)){0,8}\s+is\s+(?:the|a|an)\s+(?:UK['’]s\s+|country['’]s\s+|nation['’]s\s+)?(?:(?:national|leading|largest|only|independent|specialist|regional|registered|user-led|parent-led|membership|umbrella)\s+){0,3}(?:charity|charities|professional\s+body|professional\s+association|royal\s+college|trade\s+union|membership\s+organi[sz]ation)\s+(?:for|of|representing|supporting|working\s+with|that\s+(?:supports|represents|works\s+with|campaigns))\b`)
	charityNumberRe = lazyre.New(`(?i)(?:\b(?:is|are)\s+an?\s+(?:independent\s+|registered\s+|small\s+|national\s+|local\s+)*|(?:^|,\s+)(?:a\s+)?registered\s+)charity\b[^.!?]{0,60}?(?:\(\s*(?:no\.?\s*|number\s*|registered\s+(?:no\.?|number)\s*)?(?:sc)?\d{6,8}\s*\)|(?:no\.?|number)\s*(?:sc)?\d{6,8})`)
)

// s21Classes are this file's furniture classes (see furnitureClasses).
var s21Classes = []furnitureClass{
	{lead: []string{"fyi", "for info", "for your info", "please don", "please do not", "don't", "don’t", "do not", "and please", "so please", "but please"}, re: handlingNoteRe, maxWords: 40, made: true, whole: true, and: func(t, lower string) bool { return noMoney(t, lower) && !quoted(t) }},
	// An embargo line opens with what is embargoed.
	{lead: []string{""}, re: handlingNoteRe, maxWords: 30, made: true, whole: true, and: noMoney,
		may: func(_, lower string) bool { return strings.Contains(lower, "embargoed ") }},
	{lead: []string{""}, re: sendFiguresRe, maxWords: 40, dates: true, and: func(t, _ string) bool { return !quoted(t) },
		may: func(t, lower string) bool {
			return strings.HasSuffix(t, "?") && (strings.Contains(lower, " me ") || strings.Contains(lower, " us "))
		}},
	{lead: []string{"i've", "i’ve", "i have", "we've", "we’ve", "we have"}, re: coverNoteRe, maxWords: 30, dates: true, and: func(t, _ string) bool { return !quoted(t) }},
	{lead: []string{"i've", "i’ve", "i have", "we've", "we’ve", "we have"}, re: copiedInRe, maxWords: 30, made: true, whole: true, and: func(t, lower string) bool {
		return noMoney(t, lower) && !quoted(t)
	}},
	{lead: []string{"this ", "the "}, re: correctionRe, maxWords: 40, made: true, whole: true, and: noMoney},
	{lead: []string{""}, re: detailsLineRe, maxWords: 40, made: true, whole: true, and: func(t, lower string) bool {
		i := strings.Index(t, ":")
		return noMoney(t, lower) && i > 0 && !findingVerbRe.MatchString(t[i+1:])
	}, may: func(t, _ string) bool { return strings.Contains(t, ":") }},
	{lead: []string{"it's", "it’s", "it has", "thank", "thanks", "a big", "a huge", "a special", "big", "huge", "special", "massive"}, re: eventThanksRe, maxWords: 50, made: true, whole: true, and: func(t, lower string) bool {
		return noMoney(t, lower) && !quoted(t)
	}},
	{lead: []string{""}, re: closesOnRe, maxWords: 30, dates: true, and: func(t, lower string) bool { return noMoney(t, lower) && !quoted(t) },
		may: func(_, lower string) bool {
			return containsAny(lower, []string{" closes ", " ends ", " close ", " until "})
		}},
	{lead: []string{""}, re: usesDataRe, maxWords: 30, made: true, and: noMoney,
		may: func(_, lower string) bool { return containsAny(lower, []string{" use", " based on", " draw", " drew"}) }},
	{lead: []string{"the views"}, re: viewsOfAuthorsRe, maxWords: 30, made: true, whole: true, and: noMoney},
	{lead: []string{""}, re: charityNumberRe, maxWords: 40, made: true, whole: true, and: charityLine,
		may: func(_, lower string) bool { return strings.Contains(lower, "charity") }},
	{lead: []string{""}, re: charityIsRe, maxWords: 40, made: true, whole: true, and: func(t, lower string) bool {
		return noMoney(t, lower) && !quoted(t)
	}, may: func(_, lower string) bool {
		return containsAny(lower, []string{"charit", "professional", "royal college", "union", "membership"})
	}},
	// A contact strip with no labels ("12 Mill Lane, Leeds LS1 4AB |
	// hello@brightwell.org.uk | 0113 496 0000"): made of a colophon's
	// parts, as colophon tells.
	{lead: []string{""}, re: colophonPartRe, maxWords: 40, made: true, whole: true, and: colophon,
		may: func(t, _ string) bool { return strings.Contains(t, " | ") && strings.ContainsAny(t, "@0123456789") }},
}

// charityLine: the charity and its number are all the sentence says; what
// stands before them is a name or a colophon's parts, and what follows is
// another register's number at most ("and in Scotland (SC012345)"). "The
// trust, a charity (no. 1234567), supported 400 families" is a finding.
func charityLine(t, lower string) bool {
	if !noMoney(t, lower) || quoted(t) {
		return false
	}
	m := charityNumberRe.FindStringIndex(t)
	if m == nil {
		return false
	}
	before, after := t[:m[0]], t[m[1]:]
	return !findingVerbRe.MatchString(before) && !findingVerbRe.MatchString(after) && countFields(after) <= 8
}
