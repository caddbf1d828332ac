package extract

import (
	"strings"

	"github.com/cypx/cypx/internal/lazyre"
)

// Round 57's furniture lines:
//   - a name-and-post line standing alone: a person named with their post
//     and body and nothing said, "Dr Amy Lowe, Director of Nursing, Fenbridge
//     Council", "Cllr Tom Reed (Cabinet Member for Health, Fenbridge
//     Council)", a letter's copy list of them glued by the PDF into one
//     line, a post's author header with its age under it ("Announcement - 3
//     days ago") and a quotation's lead-in that only names its speaker,
//     "Dr Amy Lowe, the trust's Director of Nursing, said:";
//   - an abstract's numbered affiliations, "1 Fenbridge Community NHS
//     Trust; 2 University of Fenbridge, School of Nursing";
//   - a speaker's tag under a quotation that says who and where the
//     speaker is, "– Parent, East Midlands".
var (
	// namePostRe is one or more name-and-post units, then at most a post
	// header's age line.
	namePostRe = lazyre.New(`^` + signedLead + `?` + namePostUnit + `(?:\s+` + namePostUnit + `)*` + namePostTail + `?$`)
	// namePostTailRe is the tail namePostRe allows after its units.
	namePostTailRe = lazyre.New(namePostTail + `$`)
	// affiliationsRe is a list of numbered affiliations, two or more.
	affiliationsRe = lazyre.New(`^\d{1,2}\s+\p{Lu}[^;.!?%£\n]{2,100}(?:;\s*\d{1,2}\s+\p{Lu}[^;.!?%£\n]{2,100})+;?$`)
	// speakerPlaceRe is a dash, who the speaker is and their place.
	speakerPlaceRe = lazyre.New(`^[–—-]\s*(?i:an?\s+)?(?i:(?:young\s+)?(?:parent|mum|mother|dad|father|carer|foster\s+carer|grandparent|young\s+person|young\s+carer|pupil|student|teenager|service\s+user|patient|teacher|nurse|gp|headteacher|senco))(?i:\s+of\s+[^,.!?]{1,40})?,\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,3}\.?$`)
)

const (
	namePostName = `(?:(?:Dr|Prof|Professor|Cllr|Councillor|Sir|Dame|Rev|Mr|Mrs|Ms|Miss|Mx)\.?\s+)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}\.)?(?:\s+\p{Lu}[\p{L}'’-]+){1,2}(?:\s+(?:OBE|MBE|CBE))?`
	namePostPart = `[^.!?;:,()\n%£\d]{2,80}`
	namePostUnit = `(?:` + namePostName + `(?:,\s+` + namePostPart + `){1,4}|` + namePostName + `\s+\(` + namePostPart + `(?:,\s+` + namePostPart + `){0,2}\))`
	// signedLead is a signature's lead before the name and post: "Signed:",
	// "Signed on behalf of the trustees:", "Signed for and on behalf of
	// the Board:".
	signedLead   = `(?:(?i:signed)(?:\s+(?i:(?:for\s+and\s+)?on\s+behalf\s+of|for))?[^:.!?;\d\n]{0,60}:\s+)`
	namePostTail = `(?:\s*\n\s*\p{Lu}\p{Ll}+\s+[-–·]\s+\d{1,2}\s+(?:minutes?|hours?|days?|weeks?|months?)\s+ago)`
)

// s57Classes are this file's furniture classes (see furnitureClasses).
var s57Classes = []furnitureClass{
	{lead: []string{""}, re: namePostRe, maxWords: 40, made: true, whole: true, and: namePostOnly},
	{lead: []string{"1 ", "2 ", "3 ", "4 ", "5 ", "6 ", "7 ", "8 ", "9 "}, re: affiliationsRe, maxWords: 50, made: true, whole: true, and: affiliationsOnly},
	{lead: []string{"–", "—", "-"}, re: speakerPlaceRe, maxWords: 12},
}

// namePostWords are words that say a post, one of which a name-and-post
// line without a title before the name must hold ("Mental Health,
// Wellbeing, Fenbridge" is no person).
var namePostWords = []string{"chief", "executive", "director", "officer", "manager", "chair", "member", "consultant",
	"head", "lead", "nurse", "psychiatrist", "psychologist", "paediatrician", "professor", "lecturer", "researcher",
	"councillor", "secretary", "minister", "clerk", "president", "trustee", "founder", "coordinator", "co-ordinator",
	"commissioner", "advisor", "adviser", "practitioner", "therapist", "governor", "ambassador", "editor", "mp",
	"clinician", "doctor", "gp", "headteacher", "principal", "inspector", "mayor", "leader", "champion", "fellow"}

// namePostVerbs are words a clause needs and no post or body holds.
var namePostVerbs = map[string]bool{"is": true, "are": true, "was": true, "were": true, "be": true, "been": true,
	"has": true, "have": true, "had": true, "will": true, "would": true, "can": true, "could": true, "should": true,
	"must": true, "may": true, "said": true, "says": true, "told": true, "who": true, "which": true, "that": true,
	"we": true, "our": true, "i": true, "they": true, "it": true, "this": true, "these": true, "not": true,
	"do": true, "does": true, "did": true, "there": true, "more": true, "than": true, "if": true, "when": true,
	"because": true, "but": true, "so": true, "now": true, "only": true}

// namePostOnly: no word of the line (its tail aside) is one a clause
// needs, and a post word or a title says the name is a person's.
func namePostOnly(t, lower string) bool {
	if m := namePostTailRe.FindStringIndex(t); m != nil {
		t = t[:m[0]]
		lower = strings.ToLower(t)
	}
	words := strings.FieldsFunc(lower, func(r rune) bool {
		return r == ' ' || r == ',' || r == '(' || r == ')' || r == '\n' || r == '\t'
	})
	post := false
	for i, w := range words {
		if namePostVerbs[w] {
			return false
		}
		if i == 0 && containsAny(w+" ", []string{"dr ", "dr. ", "prof", "cllr", "councillor", "sir ", "dame ", "rev "}) {
			post = true
		}
		for _, p := range namePostWords {
			if w == p || w == p+"s" || strings.HasSuffix(w, "-"+p) {
				post = true
			}
		}
	}
	return post
}

// affiliationsOnly: no part of the list is a clause.
func affiliationsOnly(_, lower string) bool {
	for _, w := range strings.Fields(lower) {
		if namePostVerbs[strings.Trim(w, ",;")] {
			return false
		}
	}
	return true
}

// Round 57's notices and methods lines:
//   - an event's when: a party, an open day or a webinar given its weekday
//     and its hours, "Our summer fun day is on Saturday 5 July, 11am to
//     3pm, at Elm Park", and the booking line under it, "Places are free
//     but please book by 1 July.";
//   - a bulletin's masthead, its sender over the issue line "Partner
//     update | May 2026";
//   - a survey's fieldwork note, "The survey of schools was carried out
//     online between 2 May and 20 June 2025."
var (
	eventWhenRe = lazyre.New(`(?i)\b(?:party|parties|event|day|webinar|session|launch|meeting|workshop|morning|afternoon|evening|celebration|conference|drop-in|fair|festival|coffee|picnic|open\s+house)\b[^%£]*\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b[^%£]*\b\d{1,2}(?:[.:]\d\d)?\s*(?:am|pm)\s*(?:to|–|—|-|until|till)\s*\d{1,2}(?:[.:]\d\d)?\s*(?:am|pm)\b|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\s+\d{1,2}\s+\p{L}+(?:\s+\d{4})?,\s+\d{1,2}(?:[.:]\d\d)?\s*(?:am|pm)\s*(?:to|–|—|-)\s*\d{1,2}(?:[.:]\d\d)?\s*(?:am|pm),\s+(?:online|on\s+(?:zoom|teams)|in\s+person)$`)
	bookFreeRe  = lazyre.New(`(?i)^(?:places|tickets|entry|admission|attendance|the\s+(?:event|session|webinar)|it)\s+(?:are|is)\s+free(?:\s+of\s+charge)?(?:,?\s+but|\s+and|;|,)\s+(?:you\s+(?:will\s+)?need\s+to\s+|please\s+)?(?:book|register|reserve)\b[^%£!?]{0,60}$`)
	mastheadRe  = lazyre.New(`^(?:\p{Lu}[^\n.!?:;%£]{2,80}\n)?\p{Lu}[\p{L}'’ -]{2,50}\s\|\s(?:(?:January|February|March|April|May|June|July|August|September|October|November|December|Spring|Summer|Autumn|Winter)\s+)?(?:19|20)\d\d$`)
	fieldworkRe = lazyre.New(`(?i)^the\s+(?:[\p{L}-]+\s+){0,3}(?:survey|poll|questionnaire)\s+(?:of\s+[^,.;%£]{1,40}\s+)?(?:was|were)\s+(?:carried\s+out|run|conducted|fielded|open|administered)\b[^%£!?]{0,120}$`)
)

// s57bClasses are the notices' and methods' classes (see furnitureClasses).
var s57bClasses = []furnitureClass{
	{lead: []string{""}, re: eventWhenRe, maxWords: 30, dates: true, made: true, whole: true, and: eventOnly},
	{lead: []string{"places", "tickets", "entry", "admission", "attendance", "the ", "it "}, re: bookFreeRe, maxWords: 25, dates: true},
	{lead: []string{""}, re: mastheadRe, maxWords: 20, made: true, whole: true},
	{lead: []string{"the "}, re: fieldworkRe, maxWords: 40, dates: true},
}

// eventOnly: the sentence tells when an event is, not what a service
// found or did ("waited", "said"), and holds no sum or share.
func eventOnly(t, lower string) bool {
	return !strings.ContainsAny(t, "%£") && !quoted(t) &&
		!containsAny(lower, []string{" said", " waited", " waiting", " found", " recommend", " should ", " must ", " per cent", "children were", "families were"})
}

// Round 57's platform, guideline and Hansard lines:
//   - a footnote that only cites its source, "[2] Office for National
//     Statistics, the same release, table 4";
//   - a form service's summary mail's lines: "Response summary for 1 Mar
//     2026 - 7 Mar 2026", how to stop the summaries, its "create your own
//     form" and the service's postal address abroad;
//   - a pointer to another page or section of the site, "Earlier changes
//     are listed on the History page.", and an update note, "We corrected
//     a broken link in recommendation 2.1.4";
//   - a committee's lead-in to its list, "The committee has made the
//     following recommendations for research.";
//   - a Hansard speaker's label, "The Minister for Care (Sam Lee)", and a
//     debate's question as resolved, "Resolved, That this House has
//     considered school nursing."
var (
	footnoteSourceRe = lazyre.New(`^\[\d{1,3}\]\s+\p{Lu}[^.!?%£;\[\]]{1,80},\s+[^!?%£\[\]]{2,200}$`)
	formSummaryRe    = lazyre.New(`(?i)^(?:(?:daily|weekly|monthly)\s+)?responses?\s+summary\s+for\s+[\p{L}\d ,–—-]{3,60}$|\bturn\s+off\s+(?:e-?mail\s+)?(?:summaries|summary\s+e-?mails|notifications)\b|^(?:[\p{L} ]{2,30}:\s+)?(?:create|make|build)\s+your\s+own\s+(?:forms?|surveys?|quiz(?:zes)?|polls?)\b`)
	abroadAddressRe  = lazyre.New(`(?m)^[^\n]{0,60}\b\d{1,5}\s+\p{Lu}[\p{L} ]{1,40}\s(?:Parkway|Way|Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Drive|Dr)\.?,\s+\p{Lu}[\p{L} ]{1,30},\s+[A-Z]{2}\s+\d{5}(?:-\d{4})?,?\s+(?:USA|United\s+States)\.?$`)
	sitePointerRe    = lazyre.New(`(?i)^[^.!?%£]{2,80}\s(?:are|is)\s+(?:listed|given|set\s+out|described|explained|recorded)\s+(?:on|in)\s+(?:the|our|this)\s+[\p{L} ]{1,40}\s(?:page|section|tab)\.?$`)
	linkUpdateRe     = lazyre.New(`(?i)^(?:(?:\d{1,2}\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{4}:\s+)?we\s+(?:corrected|fixed|repaired|updated|replaced)\s+(?:a\s+|some\s+|the\s+|two\s+|\d\s+)?(?:broken\s+|dead\s+)?links?\b[^%£!?]{0,120}$`)
	followingListRe  = lazyre.New(`(?i)^the\s+(?:guideline\s+|review\s+|expert\s+|working\s+|steering\s+)?(?:committee|panel|group)\s+(?:has\s+|have\s+)?made\s+the\s+following\s+(?:key\s+)?(?:recommendations|priorities|suggestions)(?:\s+for\s+research)?[.:]?$`)
	hansardLabelRe   = lazyre.New(`^The\s+\p{Lu}[^()!?.\n]{3,120}\s\((?:(?:Dr|Mr|Mrs|Ms|Miss|Sir|Dame)\s+)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2}\)$`)
	resolvedRe       = lazyre.New(`(?i)^(?:resolved|ordered),?\s+that\s+this\s+house\s+(?:has\s+)?considered\b[^%£!?]{0,160}$`)
)

// s57cClasses are the platform, guideline and Hansard classes (see
// furnitureClasses).
var s57cClasses = []furnitureClass{
	{lead: []string{"["}, re: footnoteSourceRe, maxWords: 40, made: true, whole: true, and: footnoteSourceOnly},
	{lead: []string{""}, re: formSummaryRe, maxWords: 30, made: true, whole: true, and: noMoney},
	{lead: []string{""}, re: abroadAddressRe, maxWords: 40, made: true, whole: true},
	{lead: []string{""}, re: sitePointerRe, maxWords: 20},
	{lead: []string{"we ", "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december", "1", "2", "3", "4", "5", "6", "7", "8", "9"}, re: linkUpdateRe, maxWords: 30, made: true, whole: true, and: noMoney},
	{lead: []string{"the "}, re: followingListRe, maxWords: 20, overAsk: true},
	{lead: []string{"the "}, re: hansardLabelRe, maxWords: 25, and: namePostOnly},
	{lead: []string{"resolved", "ordered"}, re: resolvedRe, maxWords: 40},
}

// footnoteSourceOnly: the footnote names a source and says nothing: no
// word a clause needs and no past tense but a citation's ("published",
// "accessed"): "[4] Of 120 families, 38 waited" is a finding.
func footnoteSourceOnly(t, lower string) bool {
	if !affiliationsOnly(t, lower) {
		return false
	}
	for _, w := range strings.Fields(lower) {
		w = strings.Trim(w, ",;:.()")
		if strings.HasSuffix(w, "ed") && !containsAny(w+" ", []string{"published ", "accessed ", "updated ", "retrieved ", "revised ", "based "}) {
			return false
		}
	}
	return true
}

// Round 57's notes of papers and hearings:
//   - a RAG key, "RAG: green, on target; amber, within 2 points; red,
//     otherwise.";
//   - a paper's publication-scheme note, "This paper is published in line
//     with the trust's Publication Scheme.";
//   - a chart's description for screen readers opening with its label,
//     "Chart description: a bar chart showing referrals by month";
//   - a note that recent figures are provisional, "Figures for May to July
//     2025 are provisional and will be revised.";
//   - a notice's pointer to its reply slip, "There is a reply slip at the
//     end of this letter.";
//   - a chair's management of a hearing, "We have five minutes left, so
//     brief answers, please.", "I want to bring Dr Lowe in".
var (
	ragKeyRe        = lazyre.New(`(?i)^(?:rag(?:\s+(?:rating|status|key))?|key)\s*:\s*(?:green|red|amber|blue)\b[^!?]{0,200}$`)
	pubSchemeRe     = lazyre.New(`(?i)^(?:this|the)\s+(?:paper|report|document)\s+is\s+(?:published|made\s+available)\s+in\s+(?:line|accordance)\s+with\s+(?:the\s+)?[^.!?%£]{0,60}\bpublication\s+scheme\b[^!?%£]{0,80}$`)
	chartDescRe     = lazyre.New(`(?i)^(?:chart|figure|graph|image|map|infographic)\s+(?:description|alt(?:ernative)?\s+text|text\s+description)\s*:`)
	provisionalRe   = lazyre.New(`(?i)^(?:the\s+)?(?:figures|data|numbers|counts)\s+for\s+[^.!?%£]{1,50}\s+(?:are|is)\s+provisional\b[^!?%£]{0,100}$`)
	replySlipRe     = lazyre.New(`(?i)^there\s+is\s+an?\s+(?:reply\s+slip|consent\s+form|tear-off\s+slip|return\s+slip|response\s+form)\s+(?:at\s+the\s+(?:end|bottom)\s+of\s+this\s+(?:message|letter|email|e-mail|notice)|below|attached)\.?$`)
	chairManagingRe = lazyre.New(`(?i)^(?:chair:\s+)?(?:(?:we\s+have\s+(?:about\s+|only\s+|just\s+)?(?:\w+\s+)?minutes\s+left|(?:before\s+we\s+move\s+on,?\s+)?(?:i\s+want|i['’]d\s+like|let\s+me)\s+to\s+bring\s+(?:\p{Lu}[\p{L}'’-]*\s+){1,3}in)\b[^%£!?]{0,100}|[^%£!?]{0,60}\b(?:short|brief|quick)\s+answers,?\s+please\.?)$`)
)

// s57dClasses are the papers' and hearings' notes (see furnitureClasses).
var s57dClasses = []furnitureClass{
	{lead: []string{"rag", "key"}, re: ragKeyRe, maxWords: 45, made: true, whole: true, and: noMoney},
	{lead: []string{"this ", "the "}, re: pubSchemeRe, maxWords: 35, made: true, whole: true},
	{lead: []string{"chart", "figure", "graph", "image", "map", "infographic"}, re: chartDescRe, maxWords: 40, dates: true},
	{lead: []string{"figures", "data", "numbers", "counts", "the "}, re: provisionalRe, maxWords: 30, dates: true},
	{lead: []string{"there is"}, re: replySlipRe, maxWords: 20},
	{lead: []string{""}, re: chairManagingRe, maxWords: 30, made: true, whole: true, and: func(t, _ string) bool { return !quoted(t) && noMoney(t, "") }},
}
