package extract

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/lazyre"
)

// Reported asks are the ways letters, e-mails and news pages ask without
// a modal verb of their own: what service users asked for ("Their top
// request is for one worker who ...", "What young people asked for most
// was ...", "Several parents also asked for ..."), a body's places offered
// to the reader's body ("We would welcome two members of the forum on our
// group"), a standing request with the body described between it and the
// verb ("The trust has asked the county council, which commissions the
// service, to ...") and a demand quoted in news ('said the ICB must "stop
// telling families to be patient"'). Each asks the bodies it names; a
// request of service users names none, unless its clause opens with one.

var (
	// usersRequestRe opens what service users asked for, ranked: "Their
	// top request is for", "Parents' main ask at the coffee mornings was
	// for", "The most common request from parents of disabled children
	// was for".
	usersRequestRe = lazyre.New(`^(?i:(?:and|so|but|also|overall|again)[,\s]+)?(?i:their|the|parents['’]?|carers['’]?|families['’]|young\s+people['’]s|children['’]s|pupils['’]|patients['’]|users['’])\s+(?i:(?:single\s+|one\s+)?(?:top|main|biggest|most\s+common|commonest|clearest|strongest|first|number\s+one|overwhelming|most\s+frequent))\s+(?i:request|ask|wish|plea|demand)s?(?:\s+(?i:from|of|among|at|in)\s+[^.;:]{1,60}?)?\s+(?i:is|was|were|are)\s+(?i:for|that|to)\s`)
	// usersWantedMostRe is the same as a pseudo-cleft: "What young people
	// asked for most was", "what they want most is". The rank ("most",
	// "above all") makes it a request; "what parents want is" reports a
	// view.
	usersWantedMostRe = lazyre.New(`(?:^|:\s+)(?:(?i:and|so|but)\s+)?(?i:what)\s+(?:(?i:the\s+)?(?i:young\s+people|parents|carers|families|children|pupils|patients|they|people|service\s+users|residents|respondents)(?:\s+(?i:themselves))?)\s+(?i:asked\s+for|asked|wanted|want|requested|would\s+like)\s+(?i:most(?:\s+of\s+all)?|above\s+all|more\s+than\s+anything|first)(?:\s+(?i:after\s+that|of\s+all|again))?\s+(?i:is|was)\s`)
	// usersAlsoAskedRe is a further request of service users, with the
	// "also" of a list of them: "Several young people also asked for",
	// "A few also asked that".
	// groupAskedThatRe is a request of a panel or forum of service
	// users, or one the notes name by its kind alone: "The panel asked
	// that young people sit on", "The youth forum asked for". A person
	// ("The chair asked that") or the meeting's members asking it of
	// themselves is no ask of others.
	groupAskedThatRe = lazyre.New(`^(?i:the|our)\s+(?:(?i:youth|young\s+people['’]?s?|parents['’]?|parent\s+carers['’]?|carers['’]?|patients['’]?|families['’]?|children['’]?s?|pupils['’]?|service\s+users['’]?)\s+)?(?i:panel|forum|parliament|reference\s+group|advisory\s+group|representatives)\s+(?:(?i:also|then|further)\s+)?(?i:asked)\s+(?i:that|for)\s`)
	usersAlsoAskedRe = lazyre.New(`^(?i:several|some|a\s+few|many|most|other|a\s+number\s+of|two|three|four)(?:\s+(?i:of\s+(?:the\s+|them)?)?(?i:young\s+people|parents|carers|families|children|pupils|patients|respondents|of\s+them))?\s+(?i:also)\s+(?i:asked|called)\s+(?i:for|that)\s`)
	// welcomeMembersRe is places offered to members of a body: "We would
	// welcome two members of the forum on our pathway group", "We'd love
	// someone from the council on the panel". Group 1 names the body.
	welcomeMembersRe = lazyre.New(`\b(?i:we|i)(?:\s+(?i:would)|\s*[’'](?i:d))\s+(?:(?i:really|also|very\s+much|particularly|greatly|warmly)\s+)*(?i:welcome|love|like)\s+(?:(?i:a|an|one|two|three|four|five|some|several|more|any|a\s+few)\s+)?(?:(?i:senior|named|more)\s+)?(?i:members?|representatives?|officers?|colleagues|volunteers|someone|somebody|people|parents|staff)\s+(?i:of|from)\s+(.{3,80}?)\s+(?i:on|onto|at|in|to\s+join|to\s+sit\s+on|to\s+attend)\s+(?i:our|the|its|this|a)\b`)
	// hasAskedRe is a standing request of a body, who may be described
	// in a clause before the verb: "The trust has asked the county
	// council, which commissions the service, to fund". Group 1 is the
	// addressee.
	// A request a meeting decides on or plans is one too: "The network
	// will ask both councils to include", "agreed to ask the ICB to".
	// "We've also asked the council to" is "have asked", contracted.
	hasAskedRe = lazyre.New(`\b(?:(?:(?i:has|have)\s+|['’](?i:ve)\s+)(?:(?i:also|now|already|formally|repeatedly)\s+)?(?i:asked|requested)|(?:(?i:will)|(?:(?i:has|have)\s+)?(?i:agreed|decided|resolved|voted)\s+(?i:to))\s+(?:(?i:also|now|formally|jointly)\s+)?(?i:ask|request))\s+((?:[\w’'&,()-]+\s+){1,16}?)(?i:to)\s+[a-z]`)
	// meetingAskedRe is an ask minutes record of the meeting's body, in
	// the simple past: "The Board asked the Finance Committee to review",
	// "RESOLVED: The Committee asked officers to report". An ask the
	// meeting's body makes is its decision (a council's "Cabinet asked the
	// Director of Public Health to bring" names it without "the"); a member's ("Cllr Hart asked
	// the director to explain") is a question. Group 1 is the addressee.
	meetingAskedRe = lazyre.New(`^(?:(?i:resolved|agreed|decision)\s*[:–—-]\s*)?(?:(?i:the)\s+)?(?i:board|committee|sub-committee|panel|meeting|partnership|cabinet|forum|governing\s+body|executive)\s+(?:(?i:also|then|further|formally|unanimously)\s+)?(?i:asked|requested)\s+((?:[\w’'&,()-]+\s+){1,16}?)(?i:to)\s+[a-z]`)
	// ownTeamRe is an addressee that is a team or colleagues: "the adult
	// CHC team", "my colleagues in finance".
	ownTeamRe = lazyre.New(`(?i)(?:^|\s)(?:(?:my|our|the)\s+)?(?:[\w’'&-]+\s+){0,3}(?:team|teams|colleagues|staff)\s*$|^(?:my|our)\s+`)
	// quotedDemandRe is a demand a speaker makes of a body in a quotation:
	// 'said the ICB must "stop telling families', 'said ministers "must
	// act now'. Group 1 names the body.
	// quotedColonRe is a demand quoted whole after its speaker: 'The MP
	// said: “The ICB must stop rationing assessments.”'. Group 1 names
	// the body.
	quotedColonRe = lazyre.New(`\b(?i:said|says|added|argued|insisted|warned)\s*:\s*["“]((?:[\w’'&-]+\s+){1,6}?)(?:(?i:also|now|urgently)\s+)?(?i:must|should|needs?\s+to|has\s+to|have\s+to|ought\s+to)\s+[a-z]`)
	// saidNeededRe is a demand reported in the past tense: "said
	// ministers needed to fund", "warned that the ICB had to act". Group
	// 1 names the body.
	saidNeededRe   = lazyre.New(`\b(?i:said|argued|insisted|warned|added|stressed)\s+(?:(?i:that)\s+)?((?:[\w’'&-]+\s+){1,6}?)(?i:needed|had)\s+to\s+[a-z]`)
	quotedDemandRe = lazyre.New(`\b(?i:said|says|say|added|argued|insisted|warned|believes|believe)\s+(?:(?i:that)\s+)?((?:[\w’'&-]+\s+){1,6}?)(?:["“]\s*(?i:must|should|needs?\s+to|has\s+to|have\s+to|ought\s+to)\b|(?i:must|should|needs?\s+to|has\s+to|have\s+to|ought\s+to)\s+["“])`)
)

// usersRequest reads what service users asked for (see usersRequestRe):
// a recommendation of the bodies its clause opens with, or of none.
func usersRequest(s string) ([]evidence.Actor, bool) {
	for _, re := range []*lazyre.Regexp{usersRequestRe, usersWantedMostRe, usersAlsoAskedRe, groupAskedThatRe} {
		if m := re.FindStringIndex(s); m != nil {
			rest := s[m[1]:]
			if a := leadingActors(rest); len(a) > 0 && !slices.Contains(a, ownUnit) {
				return a, true
			}
			return []evidence.Actor{}, true
		}
	}
	return nil, false
}

// welcomeMembers reads places offered to members of a named body (see
// welcomeMembersRe).
func welcomeMembers(s string) []evidence.Actor {
	for _, m := range welcomeMembersRe.FindAllStringSubmatchIndex(s, -1) {
		if viewSubjectRe.MatchString(s[:m[0]]) {
			continue
		}
		if a := actorsIn(s[m[2]:m[3]]); len(a) > 0 {
			return a
		}
	}
	return nil
}

// hasAsked reads a standing request (see hasAskedRe). What NHS England,
// the department or ministers have asked of others is an instruction
// reported, not an ask of the writer's.
func hasAsked(s string) []evidence.Actor {
	standing := hasAskedRe.FindAllStringSubmatchIndex(s, -1)
	for i, m := range append(standing, meetingAskedRe.FindAllStringSubmatchIndex(s, -1)...) {
		lead := s[:m[0]]
		if viewSubjectRe.MatchString(lead) && !organisationSubjectRe.MatchString(lead) || embeddedAsk(s, m[0]) {
			continue
		}
		if by := actorsIn(lead); slices.Contains(by, evidence.NHSE) || slices.Contains(by, evidence.DHSC) || slices.Contains(by, evidence.Government) {
			continue
		}
		addressee := s[m[2]:m[3]]
		if k := strings.IndexAny(addressee, ",("); k > 0 {
			// "the county council, which commissions the service,":
			// the body, not the bodies its description names.
			addressee = addressee[:k]
		}
		if ownTeamRe.MatchString(addressee) {
			if i >= len(standing) && unitRe.MatchString(" "+strings.ToLower(strings.TrimSpace(addressee))) {
				// "The board asked the executive team to bring a costed
				// plan": the meeting's body decides, and its own
				// officers are asked for the body, as "The Board asked
				// the Finance Committee to" is.
				return []evidence.Actor{ownUnit}
			}
			// "I have asked the adult CHC team to pick up the rest": a
			// writer's own colleagues, set to work, not a body asked.
			continue
		}
		if a := actorsIn(addressee); len(a) > 0 {
			return a
		}
		if unitRe.MatchString(" " + strings.ToLower(strings.TrimSpace(addressee))) {
			// "The Board asked the Finance Committee to": a part of
			// the publishing body, asked for it.
			return []evidence.Actor{ownUnit}
		}
		if hasProperName(addressee) {
			return []evidence.Actor{evidence.OtherActor}
		}
		if a := byWork(withoutGroupCount(addressee)); len(a) > 0 {
			// "The ICB has asked all practices to sign up": those asked
			// named by their work, to act ("to send their returns" asks
			// only for figures).
			if v, _ := wordAt(s, m[3]+len("to ")); !infoVerbs[v] {
				return a
			}
		}
	}
	return nil
}

// organisationSubjectRe ends with a body of parents or young people named
// as an organisation, "Kestrel Parent Carer Forum", "the Youth Council",
// "our PPG", or such bodies ("Both parent carer forums"): what it has
// asked a body to do is its ask, as a charity's is, though its name holds
// the people whose wants are only views.
var organisationSubjectRe = newEndRe(lazyre.New(`(?i)\b(?:forum|council|panel|network|association|alliance|partnership|group|committee|parliament|union|collective|ppg|board)s?\s+$`))

// groupCountRe is a count of the bodies asked, "all four practices",
// "the three trusts": byWork reads the bodies by their work without it.
var groupCountRe = lazyre.New(`(?i)^((?:all|the|both|each\s+of\s+the)\s+)(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+`)

// withoutGroupCount is the addressee without its count (groupCountRe).
func withoutGroupCount(addressee string) string {
	if m := groupCountRe.FindStringSubmatchIndex(strings.TrimSpace(addressee)); m != nil {
		a := strings.TrimSpace(addressee)
		return a[:m[3]] + a[m[1]:]
	}
	return addressee
}

// recognisedBeforeRe ends with what leaders or a body are reported to
// have recognised of themselves: "Senior leaders in the council and the
// ICB have recognised that the commissioning of health services for
// children in care needs to improve" is an inspection's finding about
// their insight, what they know must change, not an ask of the
// report's: the report's asks are its own list.
var recognisedBeforeRe = newEndRe(lazyre.New(`(?i)\b(?:ha(?:ve|s)|had)\s+(?:(?:now|already|rightly|clearly|also)\s+)?(?:recognised|recognized|acknowledged|accepted|identified)\s+that\b[^.;:]{0,100}$`))

// recognisedBefore reports a lead ending as recognisedBeforeRe does.
func recognisedBefore(lead string) bool {
	return (strings.Contains(lead, "recogni") || strings.Contains(lead, "acknowledged") || strings.Contains(lead, "accepted") || strings.Contains(lead, "identified")) &&
		recognisedBeforeRe.MatchString(lead)
}

// quotedDemand reads a demand quoted in news (see quotedDemandRe): the
// bodies named right before the quoted modal.
func quotedDemand(s, lower string) []evidence.Actor {
	// IndexByte and Contains, not ContainsAny: a set with "“" in it makes
	// ContainsAny decode every rune of s, and this runs on every sentence.
	if strings.IndexByte(s, '"') < 0 && !strings.Contains(s, "“") || !hasWordIn(lower, sayingWords) {
		return nil
	}
	for _, m := range append(quotedDemandRe.FindAllStringSubmatchIndex(s, -1), quotedColonRe.FindAllStringSubmatchIndex(s, -1)...) {
		if a := actorsIn(s[m[2]:m[3]]); len(a) > 0 && !slices.Contains(a, ownUnit) {
			return a
		}
	}
	return nil
}

// sayingWords are the cheap test for quotedDemandRe.
var sayingWords = map[string]bool{"said": true, "says": true, "say": true, "added": true, "argued": true,
	"insisted": true, "warned": true, "believes": true, "believe": true}

// memberWords are the cheap test for welcomeMembersRe.
var memberWords = map[string]bool{"member": true, "members": true, "representative": true, "representatives": true,
	"officer": true, "officers": true, "colleagues": true, "volunteers": true, "someone": true, "somebody": true,
	"people": true, "parents": true, "staff": true}

// reportedAsk reads the reported asks above in s, in order: the bodies
// asked and whether it asks.
func reportedAsk(s, lower string) ([]evidence.Actor, bool) {
	if strings.Contains(lower, "needed to") || strings.Contains(lower, "had to") {
		// "The charity said ministers needed to fund more places": a
		// demand reported in the past tense; what parents said ministers
		// needed to do is their view.
		if m := saidNeededRe.FindStringSubmatchIndex(s); m != nil && !isView(s, m[2]) {
			if a := actorsIn(s[m[2]:m[3]]); len(a) > 0 && !slices.Contains(a, ownUnit) {
				return a, true
			}
		}
	}
	if (strings.Contains(lower, "welcome") || strings.Contains(lower, "love") || strings.Contains(lower, "like")) && hasWordIn(lower, memberWords) {
		if a := welcomeMembers(s); len(a) > 0 {
			return a, true
		}
	}
	if (strings.Contains(lower, "asked") || strings.Contains(lower, "requested")) && (meetingAskedRe.MatchString(s) || strings.Contains(lower, "has ") || strings.Contains(lower, "have ") || strings.Contains(lower, "'ve ") || strings.Contains(lower, "’ve ")) ||
		(strings.Contains(lower, " ask ") || strings.Contains(lower, " request ")) && (strings.Contains(lower, "will ") || strings.Contains(lower, "to ask ") || strings.Contains(lower, "to request ")) {
		if a := hasAsked(s); len(a) > 0 {
			return a, true
		}
	}
	if strings.Contains(lower, "request") || strings.Contains(lower, "ask") || strings.Contains(lower, "want") ||
		strings.Contains(lower, "wish") || strings.Contains(lower, "plea") || strings.Contains(lower, "demand") || strings.Contains(lower, "would like") {
		return usersRequest(s)
	}
	return nil, false
}

// speakerColonRe ends the words that open a quotation with its speaker:
// "Councillor Shah said: ", "she added: ".
var speakerColonRe = lazyre.New(`\b(?i:said|says|added|argued|insisted|warned|told\s+\w+)\s*:\s*$`)

// quoteTracker tells, for each sentence of a block in turn, whether the
// block up to it ends inside a quotation a speaker opened with a colon
// and has not closed. It reads the block once: asked of the whole block
// before each sentence, a paragraph of 400,000 words cut into hundreds of
// sentences was read from its start for each (20 s of a 1.4 MB import).
type quoteTracker struct {
	read              int // the block is read up to here
	lastOpen, lastEnd int // the last “ and ” before read, -1 for none
	judged            int // the open quote last judged, and its answer
	speaker           bool
}

// continues reports text[:upTo] ending inside a speaker's quotation;
// upTo is at or after the last call's.
func (q *quoteTracker) continues(text string, upTo int) bool {
	if q.read == 0 {
		q.lastOpen, q.lastEnd, q.judged = -1, -1, -1
	}
	if upTo > q.read {
		seg := text[q.read:upTo]
		if i := strings.LastIndex(seg, "“"); i >= 0 {
			q.lastOpen = q.read + i
		}
		if i := strings.LastIndex(seg, "”"); i >= 0 {
			q.lastEnd = q.read + i
		}
		q.read = upTo
	}
	if q.lastOpen < 0 || q.lastEnd > q.lastOpen {
		return false
	}
	if q.judged != q.lastOpen {
		q.judged, q.speaker = q.lastOpen, speakerBefore(text[:q.lastOpen])
	}
	return q.speaker
}

// speakerBefore reports text ending on a speaker and a colon ("she
// said: "), read in its last 512 bytes: a match starting at the cut is
// not one, since a word may go on before it.
func speakerBefore(text string) bool {
	cut := max(0, len(text)-512)
	for cut > 0 && !utf8.RuneStart(text[cut]) {
		cut--
	}
	loc := speakerColonRe.FindStringIndex(text[cut:])
	return loc != nil && (loc[0] > 0 || cut == 0)
}
