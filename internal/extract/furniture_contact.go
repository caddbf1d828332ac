package extract

import (
	"strings"

	"github.com/cypx/cypx/internal/lazyre"
)

// Furniture that gives a contact, a date of the document or the time and
// place of a meeting, or that advertises jobs, written as a sentence of the
// text or glued into one by a PDF's layout (issue 13, its twelfth round).
// Each class is told by how the sentence opens and by what it holds (an
// address, a number, a label and a date), never by a word a finding uses:
// "Only 40% of families could contact the service by phone", "The ICB
// should publish contact details" and "The trust recruited 42 health
// visitors" stay evidence.

var (
	// contactSentenceRe opens a sentence whose only job is to give a
	// contact: "For more information about this report, contact ...",
	// "Questions about this guidance can be sent to ...", "You can contact
	// the duty line on ...", "Press office: ...", "General enquiries: ...".
	contactSentenceRe = lazyre.New(`(?i)^(?:` +
		`for\s+(?:more|further|additional)\s+(?:information|details)(?:\s+(?:about|on|regarding)\s+[^,.!?]{1,80}?)?,?\s+(?:please\s+)?(?:contact|e-?mail|call|ring|phone|telephone|write\s+to|get\s+in\s+touch\s+with|speak\s+to)\b|` +
		`(?:any\s+)?(?:questions|queries|enquiries|comments|feedback)\s+(?:about|on|regarding|relating\s+to)\s+[^.!?]{1,80}?\s+(?:can|should|may|could)\s+be\s+(?:sent|e-?mailed|directed|addressed|made)(?:\s+by\s+e-?mail)?\s+to\b|` +
		`(?:you\s+can|please)\s+(?:contact|call|ring|phone|telephone|e-?mail|write\s+to|get\s+in\s+touch\s+with)\s+[^.!?]{1,80}?\s+(?:on|at|via|by\s+(?:e-?mail|phone|calling))\s|` +
		`(?:(?:general|media|press|membership|customer|service)\s+)?(?:enquiries|press\s+office|press\s+enquiries|switchboard|helpdesk|help\s+desk)\s*:\s*\S|` +
		`if\s+you\s+have\s+(?:any\s+)?(?:questions|queries|comments|feedback)\s+(?:about|on|regarding)\s+[^,.!?]{1,60},?\s+(?:please\s+)?(?:contact|e-?mail|call|ring|phone|write\s+to|get\s+in\s+touch\s+with)\b|` +
		`to\s+(?:contact|reach|get\s+in\s+touch\s+with)\s+[^,.!?]{1,60},\s+(?:please\s+)?(?:e-?mail|call|ring|phone|telephone|write\s+to|contact|visit)\b|` +
		`(?:please\s+)?(?:contact|e-?mail|call|ring|phone|telephone|write\s+to)\s+(?:us|the\s+[^.!?]{1,50}?)\s+(?:on|at|via)\s|` +
		// Where to get the document, or get it in another format.
		`(?:this|the)\s+(?:publication|document|report|guidance|briefing|information)\s+is\s+(?:also\s+)?available\s+(?:at|from|online\s+at|to\s+download\s+(?:at|from))\s|` +
		`if\s+you\s+(?:would\s+like|need|require|want)\s+[^.!?]{0,80}?\b(?:in\s+(?:an?\s+)?(?:different|alternative|other|accessible)\s+format|large\s+print|braille|easy\s+read)\b[^.!?]{0,80}?\b(?:contact|call|telephone|phone|e-?mail|write)\b` +
		`)`)
	// contactTokenRe is what a contact sentence gives: an e-mail or web
	// address, or a phone number.
	contactTokenRe = lazyre.New(`(?i)[\w.+-]+@[\w-]+\.[\w.-]+|\bwww\.|https?://|\b0\d{2,4}[ -]?\d{3,4}[ -]?\d{3,4}\b|\+44\s?\d`)

	// documentDateLineRe is an inspection's or a report's metadata line: a
	// label and a date or a name, "Dates of previous inspection: 14 to 18
	// November 2022", "Inspection dates: ...", "Lead inspector: ...",
	// "Publication date: ...".
	documentDateLineRe = lazyre.New(`(?i)^(?:(?:previous|last)\s+inspection(?:\s+dates?)?|(?:the\s+)?dates?\s+of\s+(?:the\s+)?(?:(?:previous|last|this|most\s+recent|current|next)\s+)?(?:inspection|visit|review|monitoring\s+visit|publication)|(?:(?:previous|last|this)\s+)?inspection\s+(?:dates?|date\s+range)|(?:(?:lead|team|assistant|regulatory|senior|social\s+care|health(?:\s+and\s+justice)?|ofsted|cqc)\s+){0,3}inspectors?|publication\s+date|date\s+(?:of\s+)?publi(?:cation|shed)|report\s+published|unique\s+reference\s+number|inspection\s+(?:number|reference)|urn)\s*:\s*\S`)

	// meetingLogisticsRe is a meeting's time, place or way in: "Next
	// meeting: Wednesday 11 June, 14:00-15:30, Room 3.02 ...", "Venue:
	// ...", "Dial-in for anyone joining by phone: ...", "The next meeting
	// will be on 4 March at 2pm in the Board Room".
	meetingLogisticsRe = lazyre.New(`(?i)^(?:(?:(?:date|time|date\s+and\s+time)\s+of\s+)?(?:the\s+)?next\s+(?:[\w'’]+\s+){0,2}(?:meeting|session|catch-?up|call|workshop|forum|huddle)|venue|location|meeting\s+room|room|dial[- ]?in|joining\s+(?:details|instructions)|(?:teams|zoom|meeting|joining)\s+link|call\s+details)(?:\s+(?:for|of)\s+[^:.!?]{1,60})?\s*:\s*\S|^(?:the\s+)?next\s+(?:[\w'’]+\s+){0,2}(?:meeting|session|catch-?up|workshop|forum)\s+(?:is|will\s+be)\s+(?:(?:on|at|in|held|scheduled|planned|booked|provisionally)\b)`)
	// findingVerbRe is a verb a finding states something with; a line of
	// logistics or metadata has none.
	findingVerbRe = lazyre.New(`(?i)\b(?:is|are|was|were|has|had|have|found|find|said|say|says|told|showed|shows|rose|fell|increased|decreased|waited|waiting|reported|reports)\b`)

	// recruitingRe is a job advert written as a sentence: "We are
	// recruiting health visitors across the county", "Join our team – we're
	// looking for nursery nurses to work in ...", and the link run after it:
	// "Search our vacancies", "View current jobs".
	recruitingRe = lazyre.New(`(?i)^(?:join\s+(?:our|the)\s+(?:\w+\s+){0,2}team[!.]?\s*[–—:-]?\s*)?(?:we\s+are|we['’]re|we\s+are\s+currently|we['’]re\s+currently)\s+(?:(?:now|currently|still|also)\s+)?(?:recruiting|hiring|looking\s+for\s+[^.!?]{1,80}?\s+to\s+(?:join|work)\b)|^we\s+(?:currently\s+|also\s+)?have\s+(?:a\s+(?:number|range)\s+of\s+|several\s+|some\s+)?(?:vacancies|job\s+opportunities|jobs)\s+(?:for|in|across)\b|^find\s+out\s+more\s+about\s+(?:careers|working\s+(?:for|with|at)\s+us|jobs|our\s+(?:current\s+)?vacancies)\b|^(?:search|view|see|browse|find|explore|apply\s+for)\s+(?:all\s+)?(?:our\s+|current\s+|the\s+latest\s+|latest\s+|open\s+)?(?:vacancies|jobs|job\s+opportunities|roles|careers|opportunities)(?:\s+(?:here|now|today|online))?[.!]?$`)

	// subscribeRe is a call to sign up for a publisher's mailings, as a
	// colophon ends: "Interested in our work? You can subscribe to our
	// monthly newsletter for more information and updates." A news
	// page's sign-up box offers its mailing as a thing to get, delivered
	// to the reader's inbox, over its consent note: "Get the Gazette's
	// daily newsletter", "Get the biggest stories from Wexbridge straight
	// to your inbox.", "We use your sign-up to provide content in ways
	// you've consented to." The box's button ("Sign up") may open the
	// next line, and its heading ends at a capital with no stop.
	subscribeRe = lazyre.New(`(?i)^(?:[^.!?]{1,40}\?\s+)?(?:you\s+can\s+|why\s+not\s+|please\s+)?(?:subscribe|sign\s+up)\s+(?:(?:to|for)\s+(?:our|the|a)\s+(?:[\w'’-]+\s+){0,5}(?:newsletters?|bulletins?|briefings?|digests?|round-?ups?|e-?mail\s+updates|updates|mailing\s+list|alerts)\b|(?:for\s+free\s+|free\s+)?to\s+(?:receive|get)\s+(?:(?:new|future|our|my|the\s+latest)\s+)?(?:posts|updates|newsletters?|issues|editions|articles)\b)|` +
		`^(?:get|receive)\s+(?:the\s+|our\s+|a\s+)?(?:[\w'’-]+\s+){0,3}(?:e-?)?newsletters?(?:\s*[.!]?$|\s+(?-i:\p{Lu}))|` +
		`^(?:get|receive|sign\s+up\s+(?:for|to))\s+[^.!?]{1,80}?\b(?:straight|direct(?:ly)?|delivered|sent)\s+(?:to|into)\s+your\s+inbox\b|` +
		`^(?:sign\s+up\s+)?we\s+use\s+your\s+(?:sign-?up|e-?mail(?:\s+address)?|details)\s+to\s+(?:provide|send)\b`)

	// pleasantryRe is a meeting note's pleasantry: thanks for coming or
	// for hosting, the notes set out below, "let me know if I've missed
	// anything", an apology that the notes are late, "give me a shout",
	// "Below are the notes of ...", a member thanked in the notes, "My
	// answers are below".
	pleasantryRe = lazyre.New(`(?i)^(?:(?:hi|hello|dear)\s+[^,]{1,30},\s+)?(?:` +
		// Thanks for coming, attending, joining; thanks to a host.
		`(?:(?:many|huge|big)\s+)?(?:thanks|thank\s+you)(?:\s+(?:so|very)\s+much)?(?:\s+(?:again|all|everyone|everybody|both|all\s+again))?(?:\s+(?:so|very)\s+much)?\s+for\s+(?:coming(?:\s+along)?|attending|joining(?:\s+(?:us|in))?|being\s+(?:there|part\s+of)|taking\s+(?:the\s+)?(?:time|part)|making\s+the\s+time|dialling\s+in|turning\s+up|(?:a|such\s+a|the|today['’]s|yesterday['’]s|last\s+\w+['’]s|\w+day['’]s)\s+(?:(?:really|very|great|good|useful|helpful|productive|lively|full|constructive|interesting)\s+){0,2}(?:meeting|session|discussion|conversation|workshop|call|catch-?up|input|contributions?)\b)\b|` +
		`(?:(?:many|huge|big|special)\s+)?(?:thanks|thank\s+you)(?:\s+again)?\s+(?:to\s+(?:everyone|all|those|you\s+all)\s+who\s+(?:came|attended|joined|took\s+part|dialled\s+in|made\s+it)\b|to\s+[^.!?]{1,60}?\s+for\s+(?:hosting|chairing|organising|arranging|presenting|facilitating|taking\s+(?:the\s+)?notes|the\s+(?:room|venue|lunch|refreshments|biscuits|tea|coffee))\b)|` +
		// The notes are below.
		`(?:(?:the|my|our)\s+)?(?:(?:brief|quick|draft|agreed|rough)\s+)?(?:notes|minutes|actions|summary|write-?up|action\s+log|key\s+points)(?:\s+(?:and|&)\s+(?:the\s+)?(?:agreed\s+)?(?:actions|notes|minutes|slides|papers))?(?:\s+(?:from|of)\s+[^.!?;]{1,60}?)?\s+(?:are|is)\s+(?:(?:set\s+out|copied|pasted|included|summarised|listed|attached)\s+)?(?:below|attached|enclosed|underneath|here)\b|` +
		`please\s+find\s+(?:attached|enclosed|below)\b|` +
		`(?:below|attached|enclosed)\s+(?:are|is)\s+(?:the|my|our)\s+(?:(?:brief|quick|draft|agreed|rough)\s+)?(?:notes|minutes|actions|summary|write-?up|action\s+log|key\s+points)\b|` +
		// A reply's pointer to what it gives: "Here are the figures you
		// asked for", "As requested, here are the numbers".
		`as\s+(?:requested|promised)[,\s]+here\s+(?:are|is)\s+(?:the|our|my|some)\s+(?:latest\s+|updated\s+)?(?:figures|numbers|data|information|details|answers|stats|statistics)\b|` +
		`here\s+(?:are|is)\s+(?:the|our|my|some)\s+(?:latest\s+|updated\s+)?(?:figures|numbers|data|information|details|answers|stats|statistics)\b(?:\s+(?:that\s+)?you\s+(?:asked\s+(?:me\s+|us\s+)?for|requested|wanted|needed)\b|\s+as\s+(?:requested|promised)\b)|` +
		// A reply's pointer to the figures under it, as asked: "Figures
		// for 2024/25 below, as requested", "The latest numbers are
		// underneath, as you asked".
		`(?:(?:the|our|my)\s+)?(?:(?:latest|updated|full|quarterly)\s+)?(?:figures|numbers|data|answers|details|stats|statistics|information)\b[^.!?,]{0,40}?\s+(?:(?:are|is)\s+)?(?:below|underneath)(?:\s+for\s+you)?,?\s+as\s+(?:(?:you\s+)?(?:requested|asked(?:\s+for)?|promised|agreed|wanted)|discussed)\s*[.!]?$|` +
		// A reply's pointer to its answers: "My answers are under each of
		// your questions below", "Our comments are inline".
		`(?:my|our)\s+(?:answers|replies|responses|comments|thoughts)\s+(?:are|is)\s+(?:(?:set\s+out|written|added|given)\s+)?(?:below|inline|in\s+line|underneath|under\s+(?:each\s+of\s+)?your\s+(?:questions|points)|in\s+(?:red|blue|green|bold|capitals))\b|` +
		// A member thanked in the notes: "Nadia thanked members for their
		// comments on the draft".
		`(?:\w+(?:\s+\w+)?|the\s+chair)\s+thanked\s+(?:members|everyone|all|colleagues|those|the\s+(?:group|board|committee|panel|partnership|members|team))\b[^.!?]{0,60}?\bfor\b|` +
		// Let me know if I've missed anything.
		`(?:please\s+|do\s+)?(?:let\s+me\s+know|tell\s+me|shout)(?:\s+by\s+\w+)?\s+if\s+(?:i['’]ve|i\s+have|i)\s+(?:missed|got|left|forgotten|misrepresented|misheard|mis-?recorded)\b|` +
		`(?:please\s+|do\s+)?(?:let\s+me\s+know|tell\s+me|shout)(?:\s+by\s+\w+)?\s+if\s+(?:anything|there['’]s\s+anything|there\s+is\s+anything)\s+(?:needs|is|should\s+be|i['’]ve|i\s+have)\s+(?:correct|chang|amend|add|missing|wrong|missed|got)|` +
		`(?:please\s+|do\s+)?let\s+me\s+know\s+(?:of|about)\s+any\s+(?:corrections|changes|amendments|errors|additions)\b|` +
		`(?:please\s+|do\s+)?(?:let\s+me\s+know|get\s+in\s+touch|shout)\s+if\s+you\s+(?:have|had)\s+any\s+(?:(?:other|further|more)\s+)?(?:questions|queries|comments|thoughts|corrections)\b|` +
		// An apology that the notes or the mail are late.
		`(?:my\s+)?(?:apologies|sorry)(?:\s+again)?,?\s+(?:(?:that|for)\s+)?(?:these|this|the|my)\s+(?:notes|minutes|e-?mail|message|reply|response|update|summary|write-?up|papers?|slides|actions)\b[^.!?]{0,40}?\b(?:late|later|delay(?:ed)?|slow|so\s+long|a\s+while|overdue|behind)\b|` +
		// Questions? Give me a shout.
		`(?:(?:and\s+)?if\s+you\s+have\s+any\s+(?:questions|queries|thoughts|comments)[^,.!?]{0,30},\s+)?(?:just\s+|do\s+|please\s+)?(?:give\s+me\s+a\s+(?:shout|call|ring|bell|buzz)|drop\s+me\s+a\s+(?:line|note|message))\b` +
		`)`)
)

// contactOnly: a contact sentence giving an address or number and no
// finding ("For more information, contact the team: 40% of calls ..."
// has a figure and is kept by the class's made rule).
func contactOnly(t, lower string) bool {
	return noMoney(t, lower) && contactTokenRe.MatchString(t)
}

// labelAndValue: a metadata or logistics line whose value after the label
// is a date, a time, a place or a name, with no verb of a finding.
func labelAndValue(t, lower string) bool {
	if !noMoney(t, lower) || quoted(t) {
		return false
	}
	i := strings.Index(t, ":")
	rest := t
	if i >= 0 {
		rest = t[i+1:]
	}
	return !findingVerbRe.MatchString(rest)
}

// nextMeeting: "The next meeting is on 4 March at 2pm in the Board Room"
// holds its verb in the opening the class matched; what follows has none.
func nextMeeting(t, lower string) bool {
	if !noMoney(t, lower) || quoted(t) {
		return false
	}
	if strings.Contains(t, ":") {
		return labelAndValue(t, lower)
	}
	m := meetingLogisticsRe.FindStringIndex(t)
	return m != nil && !findingVerbRe.MatchString(t[m[1]:])
}

// colophonPartRe is one part of a colophon or an address block: a phone,
// textphone, e-mail or web label with its value, an address, a postcode, a
// copyright, a charity or company number.
var colophonPartRe = lazyre.New(`(?i)(?:\b(?:t|tel|telephone|textphone|phone|fax|e|email|e-mail|w|web|website|switchboard)\b\.?\s*:?\s*)?(?:[\w.+-]+@[\w-]+\.[\w.-]+|(?:https?://|www\.)\S+|\b[\w-]+(?:\.[\w-]+)*\.(?:org|gov|nhs|ac|co|com|net)(?:\.uk)?(?:/\S*)?|\+?\d[\d ()-]{7,}\d)|©[^.|]*|\bcrown\s+copyright(?:\s+\d{4})?|\bcopyright\s+(?:©\s*)?(?:\d{4}|\p{Lu})[^.|]*|\bregistered\s+charity[^.|]*|\bcompany\s+(?:number|no\.?)[^.|]*|\b[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}\b`)

// colophon: a sentence made of a colophon's parts (an address block with
// its phone, e-mail and web lines, run into a copyright line by a PDF's
// layout): two parts or more, a copyright or a contact label among them,
// and no verb of a finding in what is left.
func colophon(t, lower string) bool {
	if strings.ContainsAny(t, "%£") || quoted(t) {
		return false
	}
	parts := colophonPartRe.FindAllStringIndex(t, -1)
	if len(parts) < 2 {
		return false
	}
	var rest strings.Builder
	last := 0
	for _, p := range parts {
		rest.WriteString(t[last:p[0]])
		rest.WriteString(" ")
		last = p[1]
	}
	rest.WriteString(t[last:])
	left := rest.String()
	return !findingVerbRe.MatchString(left) && len(strings.Fields(left)) <= 12
}

// colophonCueRe opens or holds what makes a sentence a colophon: a
// copyright mark, or a contact label before a number or address.
var colophonCueRe = lazyre.New(`(?i)©|\bcopyright\b|(?:^|\s)(?:t|tel|telephone|textphone|fax|e|email|w|web)\.?\s*:?\s*(?:\+?\d|[\w.+-]+@|www\.)`)
