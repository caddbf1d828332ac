package extract

import (
	"strings"

	"github.com/cypx/cypx/internal/lazyre"
)

// Numbers that frame a report's work or a plan's promise rather than state
// what was found (the development set's conventions in package quality):
//
//   - the sessions an inquiry heard witnesses over and the places it
//     visited: "We took oral evidence from 31 witnesses over eight
//     sessions, and visited two schools". The method's housekeeping, as
//     the sessions a review held are; the 31 witnesses stay a count, as
//     the set reads "heard from 41 witnesses", and so does the written
//     evidence it received ("received 143 pieces of written evidence").
//   - the headcount at the writer's own gathering: "the 46 pupils who
//     spoke to us at a round table". "The 45 parents who spoke to us said
//     ..." counts the people asked, and stays.
//   - the time limit a plan or a body promises, pledges, guarantees or
//     commits to, with no value counted against it: "the local plan
//     promises every pupil a triage call within a week", "the plan commits
//     to completing every assessment within 20 working days". A standard
//     named with no value set against it is no figure; "promises to see
//     95% of children within 18 weeks" sets a value against its limit, and
//     stays, and so does what a body aims at ("Teams aim to see urgent
//     referrals within 4 hours"), which the set reads as a standard of care.
//   - a service's opening: how long each session is open ("We ran 9
//     weekly baby cafés, each open for two hours", "a weekly drop-in
//     lasting one hour") and the year it runs through ("for 52 weeks of
//     the year"). Hours of opening, as "seven days a week" are; "waited
//     for two hours" and "waited 52 weeks" stay.
//   - money that names a programme: "the £500 million Start for Life
//     programme". The programme's size is its title here, not a finding of
//     the report; "The Government put £500 million into the Start for Life
//     programme" states the sum, and stays.
var (
	// inquiryWitnessesRe is the sessions an inquiry heard its witnesses
	// over, group 1 (the witnesses heard stay a count, as the set reads
	// "heard from 41 witnesses").
	inquiryWitnessesRe = lazyre.New(`\b(?:took|taken|take|taking|heard|hearing)\s+(?:oral\s+)?(?:evidence\s+)?from\s+(?:more\s+than\s+|over\s+|some\s+)?` + workNum + `\s+(?:witnesses|organisations|experts)\s+(?:over|across|in|at|during)\s+(` + workNum + `\s+(?:(?:oral\s+)?evidence\s+)?(?:sessions|hearings|meetings))\b`)
	// inquiryVisitsRe continues a method's sentence with the places the
	// inquiry visited, group 1: ", and visited two schools".
	inquiryVisitsRe = lazyre.New(`^[^.;:%]{0,60}?\band\s+(?:also\s+)?visited\s+(` + workSmallNum + `\s+(?:[a-z'’-]+\s+){0,2}?(?:schools|services|sites|areas|trusts|hospitals|clinics|units|places|councils|hubs|settings))\b`)
	// ownGatheringHeadcountRe is the headcount at the writer's own
	// gathering, group 1.
	ownGatheringHeadcountRe = lazyre.New(`\b(` + workNum + `\s+(?:young\s+people|children|pupils|parents|carers|families|people|students|professionals|practitioners|members))\s+who\s+(?:spoke\s+(?:to|with)\s+us|met\s+(?:with\s+)?us|joined\s+us)\s+(?:at|in|during)\s+(?:a|an|our|the|one|two|three|four|five|\d)\s+(?:[a-z'’-]+\s+)?(?:` + workMeetingNoun + `|events?|conferences?|round\s?tables?)\b`)
	// promiseVerbRe is a plan's or a body's promise, aim or commitment.
	promiseVerbRe = lazyre.New(`\b(?:promises?|promised|pledges?|pledged|commits?\s+to|committed\s+to|commitment\s+to|guarantees?|guaranteed)\b`)
	// promisedLimitRe follows "within": the limit, group 1.
	promisedLimitRe = lazyre.New(`^within\s+((?:a|one|two|three|four|five|six|seven|eight|ten|fourteen|\d{1,3})\s+(?:working\s+|calendar\s+)?(?:hours?|days?|weeks?|months?))\b`)
	// newAimRe opens another promise after a value of the first: "... to
	// 26 weeks by March 2027 and to see every new referral".
	newAimRe = lazyre.New(`\b(?:and|or)\s+to\s+[a-z]+\b`)
	// clauseBreakRe ends the clause a limit belongs to.
	clauseBreakRe = lazyre.New(`[;:]|\bbut\b|\bwhile\b|\bwhereas\b|\bhowever\b`)
	// sessionLengthRe is how long a service's session is open, group 1.
	sessionLengthRe = lazyre.New(`\b(?:open|opens|lasting|lasts|runs|running)\s+(?:for\s+)?(?:about\s+|around\s+|up\s+to\s+)?((?:an|one|two|three|four|five|six|\d{1,2}(?:\.5)?)\s+hours?|(?:\d{2,3}|thirty|forty-five|ninety)\s+minutes)\b`)
	// openYearRe is a service's year of opening, group 1.
	openYearRe = lazyre.New(`\b(?:for\s+|open\s+|runs\s+|operates\s+)(52\s+weeks\s+(?:of\s+the|a|per|each)\s+year)\b`)
	// programmeMoneyRe is money naming a programme, group 1 (the case of
	// the programme's name matters, so it reads the sentence as written).
	programmeMoneyRe = lazyre.New(`(?:\b[Tt]he|\b[Ii]ts|\b[Oo]ur|\b[Tt]heir|\bnational|\bGovernment['’]s)\s+(£\d[\d,.]*\s?(?:million|billion|bn|m)?)\s+(?:[A-Z][A-Za-z'’-]*\s+(?:(?:and|for|of|to|in|the)\s+)*){1,7}(?:[Pp]rogramme|[Ff]und|[Ss]cheme|[Ii]nitiative|[Cc]hallenge|[Pp]ilot)\b`)
)

// maskInquiryAndPromiseNumbers marks the numbers above: an inquiry's
// sessions and visits, the headcount at the writer's own gathering, a
// promised time limit, a service's opening and money naming a programme.
func maskInquiryAndPromiseNumbers(s, lower string, taken []bool) {
	mark := func(a, b int) {
		for i := a; a >= 0 && i < b; i++ {
			taken[i] = true
		}
	}
	if hasAnyFold(lower, "witnesses", "organisations", "experts") {
		for _, m := range inquiryWitnessesRe.FindAllStringSubmatchIndex(lower, -1) {
			mark(m[2], m[3])
			if v := inquiryVisitsRe.FindStringSubmatchIndex(lower[m[1]:]); v != nil {
				mark(m[1]+v[2], m[1]+v[3])
			}
		}
	}
	// The gates hold words every match holds, whatever white space the
	// patterns' \s+ meets between them.
	if strings.Contains(lower, "who") && strings.Contains(lower, "us") {
		for _, m := range ownGatheringHeadcountRe.FindAllStringSubmatchIndex(lower, -1) {
			mark(m[2], m[3])
		}
	}
	if strings.Contains(lower, "within") && hasAnyFold(lower, "promise", "pledge", "commit", "guarantee") {
		maskPromisedLimits(lower, mark)
	}
	if hasAnyFold(lower, "hour", "minutes") {
		for _, m := range sessionLengthRe.FindAllStringSubmatchIndex(lower, -1) {
			mark(m[2], m[3])
		}
	}
	if strings.Contains(lower, "52") && strings.Contains(lower, "weeks") {
		for _, m := range openYearRe.FindAllStringSubmatchIndex(lower, -1) {
			mark(m[2], m[3])
		}
	}
	if strings.Contains(s, "£") && hasAnyFold(lower, "programme", "fund", "scheme", "initiative", "challenge", "pilot") {
		for _, m := range programmeMoneyRe.FindAllStringSubmatchIndex(s, -1) {
			mark(m[2], m[3])
		}
	}
}

// maskPromisedLimits marks each "within" limit whose clause promises it
// (promiseVerbRe) with no value set against it between the promise and
// the limit, unless another aim opens after that value (newAimRe).
func maskPromisedLimits(lower string, mark func(a, b int)) {
	for at := range wordsAt(lower, "within") {
		m := promisedLimitRe.FindStringSubmatchIndex(lower[at:])
		if m == nil {
			continue
		}
		clause := lower[:at]
		if b := clauseBreakRe.FindAllStringIndex(clause, -1); b != nil {
			clause = clause[b[len(b)-1][1]:]
		}
		verbs := promiseVerbRe.FindAllStringIndex(clause, -1)
		if verbs == nil {
			continue
		}
		after := clause[verbs[len(verbs)-1][1]:]
		if k := strings.LastIndexFunc(after, func(r rune) bool { return r == '%' || r >= '0' && r <= '9' }); k >= 0 && !newAimRe.MatchString(after[k:]) {
			continue
		}
		mark(at+m[2], at+m[3])
	}
}
