package extract

import (
	"strings"

	"github.com/cypx/cypx/internal/lazyre"
)

// Numbers that describe how a service is run, when something happens in a
// child's life or how a study was done, rather than what was found. Each
// rule here marks the bytes of such a number so that no figure pattern
// reads it; each is written narrowly (a named noun or verb beside the
// number), because losing a true figure costs more than keeping a false
// one. They run from maskNonFigures, each behind a cheap test.

// serviceNumber is a small number in digits or words: the count of days,
// sessions or years in a timetable, an age or a streak.
const serviceNumber = `(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)`

var (
	// Class 1, timetables. How often a service opens: "open four evenings
	// a week", "a list on two Saturdays in every month", "three mornings
	// each week". The nouns are days and parts of days, so "missed school
	// 3 days a week" and "40 referrals a week" (rates) are not matched.
	openDaysRe = lazyre.New(`(?i)\b(` + serviceNumber + `)\s+(?:evenings?|mornings?|afternoons?|weekends?|weekdays?|(?:mon|tues|wednes|thurs|fri|satur|sun)days?)\s+(?:a|per|each|every|in\s+(?:a|each|every))\s+(?:week|fortnight|month|term)\b`)
	// How long a service runs: "began working seven days a week", "is now
	// open five days a week", "staffed 24 hours a day", "running seven
	// days a week". A verb of opening or working just before; "got
	// therapy five days a week" and "missed school 3 days a week" count
	// what children had and are not matched.
	openHoursRe = lazyre.New(`(?i)\b(?:open|opens|opened|opening|work|works|working|worked|run|runs|running|operates|operating|operated|available|staffed|answered|on\s+call|cover|covers|covering)\s+(?:(?:now|again|from\s+\w+\s+to\s+\w+)\s+)?(` + serviceNumber + `\s+(?:days|hours)\s+(?:a|per|each|every)\s+(?:week|day))\b(?:,?\s+(?:and\s+)?(` + serviceNumber + `\s+days\s+(?:a|per|each|every)\s+week)\b)?`)
	// The asks a text goes on to list: "we made three requests:", "The
	// charity is making three demands ahead of the plan". The writer's
	// own asks counted in words; "received 74 requests for advice" counts
	// what came in and is not matched.
	ownAsksRe = lazyre.New(`(?i)\b(?:make|makes|made|making|have|has|set\s+out|sets\s+out|put\s+forward|puts\s+forward)\s+(two|three|four|five|six|seven|eight|nine|ten)\s+(?:(?:key|clear|simple|main|specific|urgent|practical)\s+)?(?:requests|demands|asks)\b`)
	// The term of a post or a service an ask wants: "a therapist based in
	// the school for one day a week". Only in a sentence that asks
	// (askWordsRe): "children attended for two days a week" is a finding.
	askedTermRe = lazyre.New(`(?i)\bfor\s+((?:one|two|three|four|half\s+a|a|\d)\s+days?\s+(?:a|per|each|every)\s+week)\b`)
	askWordsRe  = lazyre.New(`(?i)\b(?:should|must|asking|ask|asks|want|wants|would\s+like|calls?\s+for|calling\s+for|urge|urges)\b`)
	// How often a case or a group is looked at again: "reviewed every 8
	// weeks", "the panel meets every six weeks". A standard for care ("seen
	// within 6 weeks") has no "every" and is not matched.
	reviewEveryRe = lazyre.New(`(?i)\b(?:reviewed|re-reviewed|reassessed|re-assessed|monitored|meets|met|convenes|reconvenes)\s+(?:at\s+least\s+)?(?:every|each)\s+(` + serviceNumber + `(?:\s*(?:-|–|to)\s*` + serviceNumber + `)?\s+(?:days|weeks|months))\b`)

	// How often a family hears from a service: "gets a letter every
	// eight weeks", "a phone call from us every 4 weeks while they wait".
	// A promise of contact, not a count of anything found.
	contactEveryRe = lazyre.New(`(?i)\b(?:letters?|(?:phone\s+)?calls?|updates?|texts?|e-?mails?|visits?|check-?ins?|catch-?ups?|newsletters?|reminders?|contacts?)\s+(?:(?:from|to)\s+(?:us|them|the\s+[\w'’-]+)\s+)?(?:at\s+least\s+)?(?:once\s+)?(?:every|each)\s+(` + serviceNumber + `(?:\s*(?:-|–|to)\s*` + serviceNumber + `)?\s+(?:days|weeks|months))\b`)

	// Class 2, ages and windows. A range of ages after "at": "breastfed at
	// 6 to 8 weeks", "at 6-8 weeks"; "waits stood at 12 to 14 weeks" is
	// a measure (atMeasure).
	atRangeRe = lazyre.New(`(?i)\bat\s+(\d{1,2}\s*(?:-|–|to)\s*\d{1,2}\s+(?:weeks|months|years))\b`)
	// An age on a schedule written in years and months: "3 years 4
	// months", "one year and six months", and the age it moved to after
	// "to" ("from 3 years 4 months to 18 months").
	yearsMonthsRe = lazyre.New(`(?i)\b` + serviceNumber + `\s+years?\s+(?:and\s+)?\d{1,2}\s+months?\b(?:\s+to\s+` + serviceNumber + `\s+(?:months|years)\b)?`)
	// The window of a rate of return: "readmitted within 30 days",
	// "re-referrals within 12 months"; the figure is the rate or the ratio
	// before it.
	returnWindowRe = lazyre.New(`(?i)\b(?:re-?admitted|re-?admissions?|re-?referred|re-?referrals?|re-?attended|re-?attendances?|re-?offended|re-?offending|re-?presented|re-?presentations?)\s+within\s+((?:` + serviceNumber + `|\d{2,3}|a|one)\s+(?:days?|weeks?|months?|years?|hours?))\b`)

	// Class 3, streaks and personal spans. "three years in a row",
	// "missing two appointments in a row", "four years running".
	streakRe = lazyre.New(`(?i)\b(` + serviceNumber + `\s+(?:[a-z]+\s+)?(?:years?|months?|weeks?|days?|nights?|terms?|times|appointments?|sessions?|visits?|inspections?|quarters?))\s+(?:in\s+a\s+row|running(?:[.,;:)]|$))`)
	// How fast money or help ran out, told in an account: "the money was
	// gone within a month", "spent within two weeks".
	goneWithinRe = lazyre.New(`(?i)\b(?:gone|spent|used\s+up|ran\s+out|run\s+out|running\s+out)\s+(?:in|within)\s+((?:` + serviceNumber + `|a|one)\s+(?:days?|weeks?|months?))\b`)
	// A span in a first-person account: "I have been her kinship carer for
	// two years", "I'd want it funded for a year". Only where the sentence
	// has no word of waiting (forWaitRe): "I waited for two years" stays.
	personalForRe = lazyre.New(`(?i)\bfor\s+((?:` + serviceNumber + `|a|one)\s+(?:years?|months?|weeks?))\b`)
	forWaitRe     = lazyre.New(`(?i)\b(?:wait|waits|waited|waiting|list|lists|delay|delays|delayed|backlog|referred|referral)\b`)

	// Class 4, structures and methods. Membership of a named structure:
	// "one of three statutory safeguarding partners"; "one of three trusts
	// with no clinic" is a finding and not matched.
	oneOfStructureRe = lazyre.New(`(?i)\bone\s+of\s+(?:the\s+)?(` + serviceNumber + `)\s+(?:(?:statutory|named|key|lead|core|local|safeguarding|founding|partner)\s+){0,3}(?:partners|partner\s+agencies|agencies|pillars|strands|workstreams|domains)\b`)
	// What a tool or framework covers: "looks at five areas of
	// development", "assesses three domains".
	coversRe = lazyre.New(`(?i)\b(?:looks?\s+at|looking\s+at|covers|covering|assesses|assessing|measures|measuring|examines|examining|focuses\s+on|spans)\s+(` + serviceNumber + `)\s+(?:(?:key|broad|main|core|separate|different|developmental)\s+)?(?:areas|domains|dimensions|aspects|strands|elements|components|pillars)\b`)
	// Where a study drew its sample: "recruited over 12 months from three
	// trusts", "sampled from 12 schools"; "three trusts had no clinic" is
	// a finding.
	// A writer's own bodies, counted in words: "across our two acute
	// trusts", "both of our three councils", "the county's four
	// localities". The make-up of the writer's area, not a finding; "two
	// trusts had no clinic" has no owner before it and is not matched.
	ownBodiesRe = lazyre.New(`(?i)\b(?:our|their|its|both\s+of\s+(?:our|their)|the\s+(?:area|county|city|borough|region|system|icb|partnership)['’]s)\s+(two|three|four|five|six|seven|eight|nine|ten)\s+(?:(?:acute|community|mental\s+health|district|general|children['’]s|partner|member|main|local|nhs|foundation|provider|hospital|constituent)\s+){0,2}(?:trusts|hospitals|icbs|integrated\s+care\s+boards|councils|boroughs|districts|localities|places|sites|providers|partners|local\s+authorities|pcns|primary\s+care\s+networks)\b`)
	// A body's footprint, counted in words: "the collaborative holds the
	// budget ... across three ICBs", "commissioned jointly across four
	// local authorities". What the body is made of, not a finding; "waits
	// rose across three ICBs" has no verb of holding or serving and is not
	// matched.
	footprintRe = lazyre.New(`(?i)\b(?:commission(?:s|ed|ing)?|holds?|held|holding|hosts?|hosted|hosting|covers?|covering|serves?|serving|spans?|spanning|responsible)\b[^.;:!?]{0,100}?\bacross\s+(?:the\s+|its\s+|our\s+)?((?:two|three|four|five|six|seven|eight|nine|ten)\s+(?:icbs|integrated\s+care\s+boards|local\s+authorities|councils|trusts|places|boroughs|counties))\b`)
	// The places an ask would reach, all of them and counted: "Train
	// coordinators in all 142 schools", "should offer it across all 12
	// practices". Only in a sentence that asks, by a modal or by opening
	// with its verb (askOpensRe); "all 142 schools replied" is a finding.
	allPlacesAskedRe = lazyre.New(`(?i)\b(?:in|across|to|for|at|with|from)\s+(?:each\s+of\s+)?all\s+((?:\d{1,4}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:[a-z'’-]+\s+){0,2}?(?:schools|practices|nurseries|settings|colleges|pharmacies|councils|trusts|hospitals|clinics|surgeries|academies|localities|wards|icbs|local\s+authorities))\b`)
	askOpensRe       = lazyre.New(`(?i)^(?:train|offer|provide|extend|roll\s+out|deliver|give|fund|commission|introduce|embed|ensure|make|put|set\s+up|share|publish|run|place|recruit|appoint|support)\b`)
	// The writer's own services opening a sentence, counted in words, as
	// the subject of what they did: "Our four hospices cared for 612
	// children". Who did it, not the finding; elsewhere in a sentence
	// ("nights of short breaks at our two hospices") they stay a count.
	ownServicesRe = lazyre.New(`(?i)^(?:our|its|their)\s+(two|three|four|five|six|seven|eight|nine|ten)\s+(?:(?:children['’]s|adult|family|local|community|specialist)\s+){0,2}(?:hospices|hubs|clinics|centres)\b`)
	// A span as what something can mean, in a speaker's warning: "A year
	// on a waiting list can mean a child falls behind", "Six months
	// without a diagnosis could cost a child a school place". What any
	// wait might do, not a wait found; opening its sentence.
	spanCanMeanRe = lazyre.New(`(?i)\b((?:a|one|two|three|six)\s+(?:years?|months?|weeks?))\s+(?:on\s+an?\s+(?:waiting\s+)?list|of\s+waiting|without\s+[\w'’ -]{1,30}?|in\s+limbo|at\s+home)\s+(?:can|could|may|might)\s+(?:mean|feel|be|seem|cost|make|leave)\b`)
	sampleFromRe  = lazyre.New(`(?i)\b(?:recruited|drawn|sampled|selected|enrolled)\b[^.;:]{0,40}?\bfrom\s+(` + serviceNumber + `|\d{2,3})\s+(?:[a-z]+\s+)?(?:trusts|sites|hospitals|schools|practices|local\s+authorities|councils|boards|regions|centres|clinics|services|areas)\b`)
)

// firstPersonCues are the cheap test for firstPersonRe.
var firstPersonCues = []string{"I ", "I'", "I’", "my ", "My "}

// firstPersonRe finds a speaker's own words: "I", "I'd", "I've", "my".
var firstPersonRe = lazyre.New(`(?:^|[^\w’'])(?:I|I['’](?:d|ve|m|ll)|[Mm]y)\b`)

// firstPerson reports firstPersonRe in s, run only where it may match:
// an "I" or a "my" or "My" that no word byte follows (the \b after
// each). Most sentences hold no such word, and the pattern, needing no
// word long enough for its own first pass, was tried at every byte of
// every sentence twice (maskVoicedCounts).
func firstPerson(s string) bool {
	return mayFirstPerson(s) && firstPersonRe.MatchString(s)
}

// mayFirstPerson reports an "I", "my" or "My" in s with no word byte
// after it: every match of firstPersonRe holds one.
func mayFirstPerson(s string) bool {
	wordEnd := func(j int) bool { return j == len(s) || !isWordByte(s[j]) }
	for i := strings.IndexByte(s, 'I'); i >= 0; {
		if wordEnd(i + 1) {
			return true
		}
		k := strings.IndexByte(s[i+1:], 'I')
		if k < 0 {
			break
		}
		i += k + 1
	}
	for i := strings.IndexByte(s, 'y'); i >= 0; {
		if i > 0 && (s[i-1] == 'm' || s[i-1] == 'M') && wordEnd(i+1) {
			return true
		}
		k := strings.IndexByte(s[i+1:], 'y')
		if k < 0 {
			break
		}
		i += k + 1
	}
	return false
}

// maskServiceNumbers marks numbers of timetables, ages, streaks,
// accounts and study design (see the patterns above).
func maskServiceNumbers(s, lower string, f features, mark func(a, b int)) {
	// markGroup marks group 1 of each match, or the whole match.
	markGroup := func(re *lazyre.Regexp, test bool, keep func(m []int) bool) {
		if !test {
			return
		}
		for _, m := range re.FindAllStringSubmatchIndex(s, -1) {
			if keep != nil && !keep(m) {
				continue
			}
			if len(m) > 2 && m[2] >= 0 {
				mark(m[2], m[3])
			} else {
				mark(m[0], m[1])
			}
		}
	}
	has := func(subs ...string) bool { return containsAny(lower, subs) }
	markGroup(openDaysRe, has("week", "month", "fortnight", "term") && has("evening", "morning", "afternoon", "weekend", "weekday", "urday", "sunday", "monday", "tuesday", "wednesday", "thursday", "friday"), nil)
	markGroup(openHoursRe, has(" a week", " per week", " a day", " per day", "each week", "every week"), func(m []int) bool {
		if len(m) > 5 && m[4] >= 0 {
			mark(m[4], m[5])
		}
		return true
	})
	markGroup(askedTermRe, has(" a week", "per week", "each week", "every week") && askWordsRe.MatchString(s), nil)
	markGroup(ownAsksRe, has("requests", "demands", "asks"), nil)
	markGroup(reviewEveryRe, has("every ", "each ") && has("review", "assess", "monitor", "meet", "met ", "convene"), nil)
	markGroup(contactEveryRe, contactEveryTest(lower), nil)
	markGroup(ownBodiesRe, has("our ", "their ", "its ", "'s ", "’s "), nil)
	markGroup(ownServicesRe, has("our ", "their ", "its "), nil)
	markGroup(footprintRe, has("across "), nil)
	markGroup(allPlacesAskedRe, has("all ") && (askWordsRe.MatchString(s) || askOpensRe.MatchString(s)), nil)
	markGroup(ownStaffPlacesRe, has("our "), nil)
	markGroup(missedBeforeRemovalRe, has("miss", "attend"), nil)
	markGroup(spanCanMeanRe, spanCanMeanTest(lower), func(m []int) bool { return opensClause(s, m[0]) })
	markGroup(atRangeRe, f.digitRange && has("at "), func(m []int) bool {
		return !atMeasure(lower[:m[0]])
	})
	markGroup(yearsMonthsRe, f.digit && has("month") && has("year"), func(m []int) bool {
		return !clauseWaits(lower, m[0])
	})
	markGroup(returnWindowRe, has("within") && has("admi", "refer", "attend", "offend", "present"), nil)
	markGroup(streakRe, has("in a row", " running"), nil)
	markGroup(goneWithinRe, goneTest(lower), nil)
	markGroup(personalForRe, personalTest(s, lower), nil)
	markGroup(oneOfStructureRe, has("one of"), nil)
	markGroup(coversRe, has("look", "cover", "assess", "measur", "examin", "focus", "span") && hasWordIn(lower, coveredWords), nil)
	markGroup(sampleFromRe, has("from") && has("recruit", "drawn", "sampl", "select", "enrol"), nil)
	maskSpansAndAttendance(s, lower, mark)
}

func contactEveryTest(lower string) bool {
	return containsAny(lower, []string{"every ", "each "}) && containsAny(lower, []string{"letter", "call", "update", "text", "mail", "visit", "check", "catch", "newsletter", "reminder", "contact"})
}

func spanCanMeanTest(lower string) bool {
	return containsAny(lower, []string{" can ", " could ", " may ", " might "})
}

// opensSentence: i is where a sentence (or a quotation in it) opens.
func opensSentence(s string, i int) bool {
	before := strings.TrimRight(s[:i], " \t\n")
	return before == "" || strings.HasSuffix(before, ".") || strings.HasSuffix(before, "!") || strings.HasSuffix(before, "?") ||
		strings.HasSuffix(before, "\"") || strings.HasSuffix(before, "“") || strings.HasSuffix(before, "‘")
}

// opensClause: s opens a sentence at i, or a clause joined to one after
// a comma and "and" or "but", or a semicolon ("Children grow fast, and a
// year on a waiting list can be a large share of a childhood").
func opensClause(s string, i int) bool {
	before := strings.TrimRight(s[:i], " \t\n")
	return opensSentence(s, i) || strings.HasSuffix(before, ";") || strings.HasSuffix(before, ", and") || strings.HasSuffix(before, ", but")
}

func goneTest(lower string) bool {
	return strings.Contains(lower, "gone") || strings.Contains(lower, "spent") || strings.Contains(lower, " out ")
}

func personalTest(s, lower string) bool {
	return strings.Contains(lower, "for ") && containsAny(s, firstPersonCues) && firstPersonRe.MatchString(s) && !forWaitRe.MatchString(s)
}

// accountSpan reports a duration of one unit at [a, b) ("a month", "a
// year") that goneWithinRe or personalForRe matches: maskNonFigures
// does not run on a sentence with no number, so readOneUnit asks here.
func accountSpan(s, lower string, a, b int) bool {
	for _, c := range []struct {
		re   *lazyre.Regexp
		test bool
	}{{goneWithinRe, goneTest(lower)}, {personalForRe, personalTest(s, lower)}, {spanCanMeanRe, spanCanMeanTest(lower)}} {
		if !c.test {
			continue
		}
		for _, m := range c.re.FindAllStringSubmatchIndex(s, -1) {
			if c.re == spanCanMeanRe && !opensClause(s, m[0]) {
				continue
			}
			if m[2] <= a && b <= m[3] {
				return true
			}
		}
	}
	return false
}

// clauseWaits reports a word of waiting in the clause before i: "waited 1
// year 3 months" is a wait, not an age.
func clauseWaits(lower string, i int) bool {
	lead := before(lower, i, 80)
	if k := strings.LastIndexAny(lead, ",;:("); k >= 0 {
		lead = lead[k+1:]
	}
	for _, w := range strings.Fields(lead) {
		if waitWords[strings.Trim(w, ".,;:’'\"")] {
			return true
		}
	}
	return false
}

// coveredWords are the nouns coversRe needs, for its cheap test.
var coveredWords = map[string]bool{"areas": true, "domains": true, "dimensions": true, "aspects": true,
	"strands": true, "elements": true, "components": true, "pillars": true}
