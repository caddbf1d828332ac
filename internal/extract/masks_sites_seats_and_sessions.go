package extract

import (
	"strings"

	"github.com/cypx/cypx/internal/lazyre"
)

var (
	// pickedFromEstateRe is the body's own sites a person went to one of:
	// "attended one of our three emergency departments", "seen at one of
	// its four hubs". The number of the sites frames the count of who
	// went; it is no finding and no base (the people are not counted out
	// of the sites).
	pickedFromEstateRe = lazyre.New(`\b(?:attended|attend|attends|visited|visit|visits|at|in|to|from|through|via|using)\s+one\s+of\s+(?:our|its|their|the\s+(?:area|county|city|region|trust|board)['’]s)\s+(` + s48Num + `)\s+[a-z]`)
	// namedSitesRe is a few sites in words beside another figure of a
	// body's work: "counselling in 41 schools and at three community
	// hubs". Like "three trusts" in a list of who does what, the sites are
	// where the work happens, not a finding.
	namedSitesRe = lazyre.New(`\bat\s+(two|three|four|five|six)\s+(?:(?:community|local|family|youth|drop-in|satellite)\s+)?(?:hubs|centres|bases|venues|sites)\b`)
	// committeeSeatsRe is a committee's or a panel's make-up: "a
	// committee, which includes two members of the youth board", "a panel
	// that included two parent representatives". Who sits on it is
	// governance, not a finding (a group's members counted as those heard
	// stay figures).
	committeeSeatsRe = lazyre.New(`\b(?:committee|sub-committee|panel),?\s+(?:which|that|who)\s+(?:includes?|included)\s+(` + s48Num + `)\s+(?:(?:parent|patient|family|youth|lay)\s+)?(?:members|trustees|representatives|young\s+people|parents)\b`)
	// courseScheduleRe is a course's or a group's schedule: "six weekly
	// sessions", "eight two-hour sessions". The length of what is offered
	// is a detail of the offer, not a finding about services.
	courseScheduleRe = lazyre.New(`\b(` + s48Num + `)\s+(?:weekly|fortnightly|monthly|daily|one-hour|two-hour|hour-long|90-minute)\s+(?:sessions|classes|meetings|workshops)\b`)
	// pleaseWithinRe is a limit the reader is asked to keep: "Please
	// return it within four weeks." (instructionTimeRe without the
	// "please").
	pleaseWithinRe = lazyre.New(`^please\s+(?:keep|send|claim|apply|return|post|submit|complete|ask|contact|tell|book|reply|respond)\b[^.]*?\bwithin\s+(` + readerNum + `\s+(?:working\s+)?(?:days?|weeks?|months?))`)
	// readerAppointmentRe is how long the reader's own appointment takes,
	// in a step of what happens told to them: "You meet a clinician,
	// usually for about 90 minutes, to talk about ...". Group 1 is the
	// length.
	readerAppointmentRe = lazyre.New(`^(?:\d{1,2}[.)]\s+)?(?:you|your\s+child)\s+(?:will\s+|may\s+|then\s+)?(?:meet|see|talk|speak|have|spend|come|go|attend)\b[^.;]{0,80}?\bfor\s+(?:about\s+|around\s+|up\s+to\s+|roughly\s+|approximately\s+)?((?:\d{1,3}|` + readerNum + `)\s+(?:minutes|hours?))\b`)
	// askedMinTermRe is the least term an ask wants a contract or funding to
	// run: "from annual grants to contracts of at least three years",
	// "for at least three more years". A term asked for is no finding.
	askedMinTermRe = lazyre.New(`\b(?:(?:contracts?|funding|grants?|settlements?|allocations?|agreements?|commitments?)\s+(?:of|for|lasting)\s+(?:at\s+least|a\s+minimum\s+of|no\s+less\s+than)\s+(` + s48Num + `)\s+years\b|for\s+at\s+least\s+(` + s48Num + `)\s+more\s+years\b)`)
	// targetSetRe is a target or standard an ask would set, with the
	// limit it would hold services to: "set a national target for
	// children's waits, so that no child waits more than 18 weeks". Group
	// 1 is the clause of the limit.
	targetSetRe = lazyre.New(`^(?:\d{1,2}[.)]\s+)?(?:[^.;:]{0,80}?\b(?:should|must|to)\s+)?(?:set|introduce|adopt|agree|create|establish|bring\s+in)\s+(?:a|an|new)\s+(?:[\w'’-]+\s+){0,3}?(?:target|standard|limit|maximum\s+wait)s?\b[^.;:]{0,120}?\b(so\s+that\b[^.;]*)`)
	// askedNoWaitRe is the limit an ask would hold a service to, with no
	// target named: "Calderside ICB should commission an early support
	// service so that no child waits more than four weeks". Group 1 is
	// the clause of the limit, as targetSetRe's.
	askedNoWaitRe = lazyre.New(`^(?:\d{1,2}[.)]\s+)?[^.;:]{0,120}?\b(?:should|must)\b[^.;:]{0,160}?\b(so\s+that\s+no\s+(?:child|children|young\s+person|young\s+people|family|families|one|pupil|patient|parent)\s+(?:waits?|has\s+to\s+wait|is\s+left\s+waiting)\b[^.;]*)`)
	// infantAgeRe is the age that bounds a group of babies: "qualified to
	// test babies under six months", "infants under 12 weeks". An age,
	// as "aged under 5" is, not a span found.
	infantAgeRe = lazyre.New(`\b(?:babies|infants|newborns)\s+(?:aged\s+)?(?:under|over|below|up\s+to|younger\s+than|older\s+than)\s+(` + s48Num + `\s+(?:weeks|months))\b`)
	// quarterLabelRe is a quarter named by its number: "the quarter 2
	// figures", "in quarter 3". A period's name, as "Q2" is.
	// A number grouped in thousands after it is a count, not the
	// quarter's name: "At the end of the quarter 2,310 children were
	// waiting" (held-out set 90 lost the 2,310, and the 214 of them past
	// the limit was read as the headline).
	// (maskS49Counts tells it by the byte after the digit, so the
	// expression keeps its word boundary and consumes nothing after it.)
	quarterLabelRe = lazyre.New(`\bquarter\s+([1-4])\b`)
	// familyStoryRe names the teller's own child in a quotation: "our
	// daughter", "my son". A parent's account, told as "we".
	familyStoryRe = lazyre.New(`\b(?:our|my)\s+(?:daughter|son|baby|little\s+boy|little\s+girl|twins)\b`)
)

// maskS49Counts marks the numbers above, from set 49: a body's sites a
// person went to one of, a few sites in words beside the work's figures,
// a committee's or a panel's seats, a course's sessions, a limit the
// reader is asked to keep, the reader's appointment's length, the least
// term an ask wants, the limit of a target an ask would set, the age
// bounding a group of babies and a quarter named by its number. Read as figures they made
// statistics of what frames a finding, or of what is asked.
func maskS49Counts(s, lower string, taken []bool) {
	mark := func(a, b int) {
		for i := a; i < b; i++ {
			taken[i] = true
		}
	}
	groups := func(re *lazyre.Regexp, test bool) {
		if !test {
			return
		}
		for _, m := range re.FindAllStringSubmatchIndex(lower, -1) {
			for g := 2; g+1 < len(m); g += 2 {
				if m[g] >= 0 {
					mark(m[g], m[g+1])
				}
			}
		}
	}
	if strings.Contains(lower, "one of ") {
		for _, m := range pickedFromEstateRe.FindAllStringSubmatchIndex(lower, -1) {
			if otherFigureOutside(lower, m[0], m[1]) {
				mark(m[2], m[3])
			}
		}
	}
	if strings.Contains(lower, "at ") {
		for _, m := range namedSitesRe.FindAllStringSubmatchIndex(lower, -1) {
			if otherFigureOutside(lower, m[0], m[1]) {
				mark(m[2], m[3])
			}
		}
	}
	groups(committeeSeatsRe, strings.Contains(lower, "which") || strings.Contains(lower, "that") || strings.Contains(lower, "who"))
	groups(courseScheduleRe, strings.Contains(lower, "sessions") || strings.Contains(lower, "classes") || strings.Contains(lower, "meetings") || strings.Contains(lower, "workshops"))
	groups(pleaseWithinRe, strings.HasPrefix(lower, "please"))
	groups(readerAppointmentRe, strings.Contains(lower, "you") && strings.Contains(lower, "for "))
	groups(askedMinTermRe, strings.Contains(lower, "at least") || strings.Contains(lower, "minimum") || strings.Contains(lower, "no less"))
	groups(targetSetRe, strings.Contains(lower, "so that"))
	groups(askedNoWaitRe, strings.Contains(lower, "so that no "))
	if strings.Contains(lower, "quarter ") {
		for _, m := range quarterLabelRe.FindAllStringSubmatchIndex(lower, -1) {
			if e := m[1]; e+1 < len(lower) && (lower[e] == ',' || lower[e] == '.') && isDigit(lower[e+1]) {
				continue // "the quarter 2,310 children": a count
			}
			mark(m[2], m[3])
		}
	}
	groups(infantAgeRe, strings.Contains(lower, "bab") || strings.Contains(lower, "infant") || strings.Contains(lower, "newborn"))
	maskFamilyStory(s, lower, taken)
}

// maskFamilyStory marks the small numbers in words of a parent's account
// in a quotation that names their own child ("We only found out our son
// had been using his spacer wrong for two years"): told as "we", it is a
// person's story as one told as "I" is (maskVoicedCounts), and the spans
// in it are the story's, not a finding. A wait stays a figure.
func maskFamilyStory(s, lower string, taken []bool) {
	if !strings.ContainsAny(s, "“”\"") || firstPerson(s) || !familyStoryRe.MatchString(lower) {
		return
	}
	for _, m := range voicedSmallRe.FindAllStringSubmatchIndex(lower, -1) {
		if m[4] >= 0 && shareWords[lower[m[4]:m[5]]] || shareBaseBefore(lower[:m[2]]) || waitBefore(lower[:m[2]]) || !insideQuote(s, m[2]) {
			continue
		}
		for i := m[2]; i < m[3]; i++ {
			taken[i] = true
		}
	}
}

// bodySubjectAskRe opens an ask whose subject is a body the actor reader
// does not take whole ("The virtual school and the CAMHS looked-after
// children team should ..."): words with no figure, ending with a word for
// a body, and the ask's modal.
var bodySubjectAskRe = lazyre.New(`^(?:the\s+)?[^.;:,\d%]{0,100}?\b(?:team|teams|school|schools|service|services|board|boards|council|councils|trust|trusts|partnership|partnerships|commissioners|providers|practices|authority|authorities|department|government|ministers|icb|icbs)\s+(?:should|need\s+to|needs\s+to)\s`)

// bodySubjectAsk reports an ask opened by a body bodySubjectAskRe reads,
// before byte a: a time limit it sets is the ask's term (askedDeadline).
func bodySubjectAsk(lower string, a int) bool {
	m := bodySubjectAskRe.FindStringIndex(lower)
	return m != nil && m[1] <= a
}

// ageGroupRe is a group of people named by their age: "under-18s",
// "over 65s".
var ageGroupRe = lazyre.New(`(?i)^(?:under|over)[- ]?\d{1,2}s\b`)

// ageGroupAhead reports a count's noun that is an age group ("612
// under-18s attended"): the people it counts. Before, the count was read
// with no noun and lost, and another figure became the headline.
func ageGroupAhead(s string) bool {
	return len(s) > 6 && (s[0] == 'u' || s[0] == 'U' || s[0] == 'o' || s[0] == 'O') && ageGroupRe.MatchString(s)
}
