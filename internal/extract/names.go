package extract

import (
	"regexp"
	"strings"

	"github.com/cypx/cypx/internal/lazyre"
)

// Numbers that name, define or schedule rather than state a finding: the
// number of one of a series ("Bay 2", "Session 3", "cohort 3", "Parent 3
// said"), a share that defines a group ("the most deprived 20% of the
// population"), a sample or a significance level ("a 10% random sample",
// "at the 5% level"), a dose ("5 ml twice a day"), a time on the 24-hour
// clock written as hours ("at 1400 hours"), the hours of a day written as
// a backwards range ("from 9 to 5") and a time set relative to an event
// ("opens 4 weeks before each session"). Each is a class a careful reader
// states by its words, not a sentence of one document.

// labelWords are nouns that name numbered things, so that the number after
// them is which one, not how many: "Bay 2", "Session 3 covers", "Junction
// 25", "Action 14 remains open", "Respondent 4 had waited", "Covid 19".
// Words that also name a period ("month", "quarter") or a thing of its own
// ("group", "school") are labels only with no determiner before them: "in
// each group 8 children" counts.
var labelWords = map[string]bool{
	"bay": true, "bed": true, "cubicle": true, "theatre": true, "pod": true, "room": true, "clinic": true,
	"session": true, "module": true, "lot": true, "action": true, "issue": true, "episode": true, "junction": true,
	"cohort": true, "quarter": true, "month": true, "series": true, "volume": true, "vol": true, "edition": true,
	"release": true, "draft": true, "iteration": true, "sprint": true, "site": true, "zone": true, "locality": true,
	"team": true, "hub": true, "group": true, "arm": true, "domain": true, "indicator": true, "kpi": true,
	"target": true, "milestone": true, "workstream": true, "strand": true, "pillar": true, "theme": true,
	"task": true, "map": true, "diagram": true, "case": true, "study": true, "participant": true,
	"respondent": true, "interviewee": true, "parent": true, "carer": true, "pupil": true, "school": true,
	"provider": true, "segment": true, "opel": true, "pathway": true, "criterion": true, "principle": true,
	"cluster": true, "class": true, "gate": true, "door": true, "entrance": true, "exit": true, "block": true,
	"wing": true, "platform": true, "covid": true, "rule": true, "lesson": true, "activity": true,
	"exercise": true, "tab": true, "sheet": true, "worksheet": true, "annexe": true, "attachment": true,
	"enclosure": true, "para": true, "paras": true, "pp": true, "dx": true, "pmid": true, "doi": true,
	"dose": true, "cot": true,
}

// labelDeterminers before a label word make it a thing of its own: "the
// quarter", "each group", "every month".
var labelDeterminers = map[string]bool{"a": true, "an": true, "the": true, "each": true, "every": true,
	"any": true, "this": true, "that": true, "per": true, "one": true, "no": true, "which": true, "its": true,
	"their": true, "our": true, "his": true, "her": true, "same": true, "whole": true, "last": true, "next": true}

// namesOne reports a number at s[a:b] that names one of a series: it
// follows a label word with no determiner before it, and no unit of time
// or share follows it ("missed school 3 days a week" is a figure).
func namesOne(s, lower string, a, b int) bool {
	j := a
	for j > 0 && s[j-1] == ' ' {
		j--
	}
	if j == a {
		return false // "Covid-19" and "Q3" are read as codes elsewhere
	}
	k := j
	for k > 0 && isLetter(s[k-1]) {
		k--
	}
	if k == j || !labelWords[lower[k:j]] {
		return false
	}
	if w := lower[k:j]; w != "covid" && k >= 2 && (s[k-1] == ' ' || s[k-1] == '-') {
		i := k - 1
		for i > 0 && isLetter(s[i-1]) {
			i--
		}
		if labelDeterminers[lower[i:k-1]] {
			return false
		}
	}
	n := skipSpace(lower, b)
	if n < len(lower) && lower[n] == '%' {
		return false
	}
	if w, _ := wordAt(lower, n); durationUnit(w) != "" || w == "per" || w == "percent" {
		return false
	}
	return true
}

var (
	// groupShareRe is a share that defines a group rather than measuring
	// one: "the most deprived 20% of the population", "the 10% most
	// deprived areas", "the poorest 20% of households", "the bottom 10% of
	// schools".
	groupShareRe = lazyre.New(`(?i)\b(?:(?:most|least)\s+(?:deprived|affluent)|poorest|richest|wealthiest|top|bottom|lowest[- ]income|highest[- ]income)\s+\d{1,2}(?:\.\d)?\s?(?:%|per\s?cent\b)|\bthe\s+\d{1,2}(?:\.\d)?\s?(?:%|per\s?cent)\s+(?:most|least)\s+(?:deprived|affluent)\b`)
	// methodShareRe is a share that describes a method: "a 10% random
	// sample", "significant at the 5% level".
	methodShareRe = lazyre.New(`(?i)\ban?\s+\d{1,2}(?:\.\d+)?\s?(?:%|per\s?cent)\s+(?:random\s+|stratified\s+|representative\s+)?sample\b|\b(?:the\s+)?\d{1,2}(?:\.\d+)?\s?(?:%|per\s?cent)\s+(?:significance\s+)?level\b`)
	// doseRe is a dose with how often to give it: "5 ml twice a day",
	// "250 mg three times a day", "10 mg daily"; or how often a medicine
	// is taken alone, as a condition page gives it: "It's usually taken
	// 1 to 3 times a day".
	doseRe = lazyre.New(`(?i)\b\d+(?:\.\d+)?\s?(?:ml|mls|mg|mcg|micrograms?)\b\s*(?:(?:once|twice|(?:three|four|\d)\s+times)\s+(?:a|per|each)\s+day|daily|at\s+night|each\s+(?:morning|evening)|every\s+\d{1,2}\s+hours)|\btaken\s+(?:up\s+to\s+)?` + readerNum + `(?:\s*(?:to|or|-|–)\s*` + readerNum + `)?\s+times\s+(?:a|per|each)\s+day\b`)
	// clockHoursRe is a time on the 24-hour clock written in hours: "at
	// 1400 hours".
	clockHoursRe = lazyre.New(`(?i)\b(?:at|from|until|till|by|before|after|to)\s+((?:[01]\d|2[0-3])[0-5]\d)\s?(?:hours|hrs)\b`)
	// dayHoursRe is the hours of a working day written as a range that
	// runs backwards: "from 9 to 5", "9 till 5".
	dayHoursRe = lazyre.New(`(?i)\b(?:from\s+)?(\d{1,2})\s+(?:to|till|until)\s+(\d{1,2})\b`)
	// openWordsRe names opening hours: what dayHoursRe needs to be a time.
	// personOfRe is a person's age after "of": "a girl of 15", "a child of
	// 14 years of age" (the last left to yearsOfAgeRe).
	personOfRe = lazyre.New(`(?i)\b(?:girl|boy|child|son|daughter|young\s+person|teenager|baby|toddler|pupil)\s+of\s+(\d{1,2}|` + smallAge + `)\b`)
	// bracketBandRe is an age band in brackets after the group it ages:
	// "Adolescents (10–19 years)", "young adults (aged 18 to 25)".
	bracketBandRe = lazyre.New(`(?i)\b(?:children|adolescents|young\s+people|young\s+adults|teenagers|infants|babies|pupils|girls|boys|adults|students|learners)\s*\(\s*(?:aged\s+)?\d{1,2}\s*(?:-|–|to)\s*\d{1,2}(?:\s*(?:years?|yrs))?(?:\s+old)?\s*\)`)
	// dotTimeRe is a time written with a stop or colon and no "am": "at
	// 09.30", "from 8.30 to 5.30", "between 9.15 and 17.45". Minutes on the
	// quarter hour, or an hour with its leading zero, tell a time from a
	// number with two decimals.
	dotTimeRe = lazyre.New(`(?i)\b(?:at|from|until|till|between|by|before|after|opens|closes|starts?|ends?)\s+((?:0\d|1\d|2[0-3]|\d)[.:](?:00|15|30|45)|0\d[.:][0-5]\d)\b(?:\s*(?:-|–|to|and|until|till)\s*((?:[01]?\d|2[0-3])[.:][0-5]\d)\b)?`)
	// hhmmPairRe is two times on the 24-hour clock in four digits:
	// "between 0900 and 1700".
	hhmmPairRe = lazyre.New(`\b(?:[Bb]etween|[Ff]rom)\s+((?:[01]\d|2[0-3])(?:00|15|30|45))\s*(?:and|to|-|–)\s*((?:[01]\d|2[0-3])(?:00|15|30|45))\b`)
	// halfOfAUnitRe is the half in "a decade and a half ago", "a year and
	// a half": part of a length of time, never a share.
	halfOfAUnitRe = lazyre.New(`(?i)\b(?:decades?|centur(?:y|ies)|years?|months?|weeks?|days?|hours?)\s+and\s+(a\s+half)\b`)
	// decadesRe is a span counted in decades: "rising for two decades",
	// "over three decades". It dates a story; no finding counts decades.
	decadesRe = lazyre.New(`(?i)\b(\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|several)\s+decades\b`)
	// suppressedRe is a rule of a table's method, not a finding: "cells
	// with fewer than 10 children are not shown", "numbers below 5 are
	// suppressed".
	// sessionHoursRe is the hours of a session written as a forward
	// range straight after a word of opening: "sessions run from 10 to 12
	// at the centre", "the drop-in is open 9 to 11 on Fridays". Group 3
	// is what follows the range, which must be a place, a day or the end
	// of the clause: "runs from 10 to 12 sites" counts sites.
	sessionHoursRe = lazyre.New(`(?i)\b(?:open|opens|run|runs|ran|held|staffed|operates|meet|meets|takes\s+place)\s+(?:from\s+|between\s+)?(\d{1,2})\s*(?:to|till|until|and|-|–)\s*(\d{1,2})\b(\s*(?:$|[.,;:)]|at\b|on\b|in\b|each\b|every\b|daily\b|weekly\b|during\b))`)
	// strengthRe is a medicine's strength or dose in milligrams or
	// micrograms: "18 mg tablets", "a 250 microgram inhaler". How much of
	// a drug a tablet holds is no finding about services.
	strengthRe = lazyre.New(`(?i)\b\d+(?:\.\d+)?\s?(?:mg|mcg|µg|micrograms?|milligrams?)\b`)
	// foundedByRe is how many people founded or set up something: "was
	// founded in 2009 by two parents", "set up by three mothers": its
	// story, not a finding.
	foundedByRe = lazyre.New(`(?i)\b(?:founded|co-founded|set\s+up|established|started|formed)\s+(?:in\s+(?:19|20)\d\d\s+)?by\s+(\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|a\s+group\s+of\s+(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten))\s`)
	// pauseRe is how long a meeting stopped: "adjourned the meeting for 15
	// minutes", "paused for 10 minutes". A service "suspended for 48
	// hours" is a finding.
	pauseRe = lazyre.New(`(?i)\b(?:adjourn(?:ed|s)?|paus(?:ed|es)|recess(?:ed)?)\b[^.;]{0,40}?\bfor\s+(?:about\s+|around\s+)?(\d{1,3}|five|ten|fifteen|twenty|thirty|forty-five)\s+(?:minutes?|mins?|hours?)\b`)
	// fullTimeHoursRe is the length of a full-time week, which defines a
	// post, not what anyone received: "one full-time post of 37.5 hours a
	// week", "a full-time week is 37.5 hours". "Pupils out of full-time
	// education got 5 hours of teaching" is a finding.
	fullTimeHoursRe = lazyre.New(`(?i)\b(?:full|whole)[- ]time\s+(?:post|week|working\s+week|contract|role|job|equivalent)\b[^.;]{0,20}?\b(?:of|is|are|means|=)\s+(\d{1,2}(?:\.\d)?)\s+hours?\b`)
	// eachOfRe is the scope of something done for every member of a set
	// named with its size: "publish waits for each of the county's six
	// districts", "in each of its 12 localities". Group 2 is the set's
	// noun: a span of time ("each of the last 10 years") is a trend.
	eachOfRe = lazyre.New(`(?i)\b(?:for|in|across|from|to|by)\s+each\s+of\s+(?:(?:the\s+)?\p{L}+['’]s|the|its|their|our|these|those)\s+(\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(\p{L}+)`)
	// registrationRe is an organisation's registered number: "our company
	// number is 11223344", "Charity no: 1187654", "URN 104512".
	registrationRe = lazyre.New(`(?i)\b(?:(?:company|charity|registration|registered|vat|provider|location)\s+(?:number|no\.?|reg(?:istration)?\.?|id)\s*(?:is\s+|:\s*)?|(?:urn|ukprn|ods\s+code)\s*:?\s*)(\d[\d ]{3,11}\d|[A-Z]{1,3}\d{5,8})\b`)
	// registrationNeeds are the words registrationRe needs.
	registrationNeeds = registrationRe.Words
	// engagementRe is a page's count of its own readers' reactions:
	// "312 claps", "1.2k followers", "48 likes", "has 14 comments", "4.5
	// stars from 212 reviews". "The consultation received 412 comments"
	// and "the survey had 39 replies" count what a body heard, and stay.
	engagementRe = lazyre.New(`(?i)\b(\d[\d,.]*k?)\s+(?:claps|followers|likes|retweets|reposts|upvotes|reactions)\b|\b(?:has|have|·)\s+(\d[\d,]*)\s+comments\b|\b(\d(?:\.\d)?)\s+stars?\b(?:\s+(?:on|from)\s+[^.;]{0,20}?(\d[\d,]*)\s+reviews\b)?`)
	// eventLengthRe is how long an event or a recording lasts: "the
	// webinar lasts 60 minutes", "the recording is 45 minutes long".
	eventLengthRe = lazyre.New(`(?i)\b(?:webinars?|recordings?|videos?|podcasts?|episodes?|meetings?|events?|workshops?|surveys?|questionnaires?|films?|talks?|presentations?|masterclass(?:es)?)\s+(?:lasts?|lasted|runs?\s+for|ran\s+for|takes?|took|is|was)\s+(?:about\s+|around\s+|just\s+)?(\d{1,3}|thirty|forty|forty-five|sixty|ninety)\s+(?:minutes?|mins?)\b`)
	suppressedRe  = lazyre.New(`(?i)\b(?:fewer\s+than|less\s+than|below|under)\s+(\d{1,3})\b[^.;]{0,40}?\b(?:are|is|were|was|have\s+been|has\s+been)\s+(?:not\s+(?:shown|published|reported|included|given|disclosed)|suppressed|omitted|removed|redacted|excluded|withheld|masked)`)
)

// openWords name opening hours: what a backwards range needs to be a time.
var openWords = map[string]bool{"open": true, "opens": true, "opening": true, "run": true, "runs": true, "running": true,
	"staffed": true, "available": true, "answered": true, "operates": true, "held": true, "hours": true, "weekday": true,
	"weekdays": true, "daily": true, "monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true,
	"saturday": true, "sunday": true, "mondays": true, "tuesdays": true, "wednesdays": true, "thursdays": true,
	"fridays": true, "saturdays": true, "sundays": true}

// maskNamedNumbers marks the numbers that name, define, dose or time
// rather than state a finding (see the top of this file).
func maskNamedNumbers(s, lower string, taken []bool) {
	mark := func(a, b int) {
		for i := a; i < b; i++ {
			taken[i] = true
		}
	}
	if strings.Contains(s, "%") || strings.Contains(lower, "per cent") || strings.Contains(lower, "percent") {
		if strings.Contains(lower, "deprived") || strings.Contains(lower, "affluent") || strings.Contains(lower, "poorest") ||
			strings.Contains(lower, "richest") || strings.Contains(lower, "wealthiest") || strings.Contains(lower, "top ") ||
			strings.Contains(lower, "bottom ") || strings.Contains(lower, "income") {
			markMatches(groupShareRe.Get(), s, mark)
		}
		// "the 95% level the WHO recommends" is a target; only a level of
		// significance is method.
		if strings.Contains(lower, "sample") || strings.Contains(lower, "level") && strings.Contains(lower, "significan") {
			markMatches(methodShareRe.Get(), s, mark)
		}
	}
	if strings.Contains(lower, "ml") || strings.Contains(lower, "mg") || strings.Contains(lower, "mcg") || strings.Contains(lower, "microgram") || strings.Contains(lower, "taken") {
		markMatches(doseRe.Get(), s, mark)
	}
	if strings.Contains(lower, "hours") || strings.Contains(lower, "hrs") {
		for _, m := range clockHoursRe.FindAllStringSubmatchIndex(s, -1) {
			mark(m[2], m[3])
		}
	}
	if numberAfter(lower, " of ") {
		for _, m := range personOfRe.FindAllStringSubmatchIndex(s, -1) {
			// "a girl of 15", not "a child of 15 months" (left to the
			// patterns of ages in months) nor "each child of 12 in the class".
			if w, _ := wordAt(lower, skipSpace(lower, m[3])); durationUnit(w) == "" {
				mark(m[2], m[3])
			}
		}
	}
	if bracketedRange(lower) {
		markMatches(bracketBandRe.Get(), s, mark)
	}
	if hasClockLike(s) {
		for _, m := range dotTimeRe.FindAllStringSubmatchIndex(s, -1) {
			if changeVerbBefore(lower, m[0]) || strings.HasPrefix(strings.TrimLeft(lower[m[1]:], " "), "%") {
				continue // "rose from 8.30 to 9.45 per 1,000" is a change
			}
			mark(m[2], m[3])
			if m[4] >= 0 {
				mark(m[4], m[5])
			}
		}
	}
	if strings.Contains(lower, "suppress") || strings.Contains(lower, "not shown") || strings.Contains(lower, "redact") ||
		strings.Contains(lower, "omitted") || strings.Contains(lower, "withheld") || strings.Contains(lower, "not published") ||
		strings.Contains(lower, "not reported") || strings.Contains(lower, "excluded") || strings.Contains(lower, "not disclosed") {
		for _, m := range suppressedRe.FindAllStringSubmatchIndex(s, -1) {
			mark(m[2], m[3])
		}
	}
	if (strings.Contains(lower, "between ") || strings.Contains(lower, "from ")) && hasFourDigitTime(s) {
		for _, m := range hhmmPairRe.FindAllStringSubmatchIndex(s, -1) {
			mark(m[2], m[5])
		}
	}
	if hasWordIn(lower, openWords) || strings.Contains(lower, "meet") || strings.Contains(lower, "takes place") {
		for _, m := range sessionHoursRe.FindAllStringSubmatchIndex(s, -1) {
			lo, hi := parseNumber(s[m[2]:m[3]]), parseNumber(s[m[4]:m[5]])
			if lo >= 1 && lo < hi && hi <= 24 {
				mark(m[2], m[5])
			}
		}
	}
	if strings.Contains(lower, "mg") || strings.Contains(lower, "mcg") || strings.Contains(lower, "µg") || strings.Contains(lower, "gram") {
		markMatches(strengthRe.Get(), s, mark)
	}
	if strings.Contains(lower, "adjourn") || strings.Contains(lower, "pause") || strings.Contains(lower, "recess") {
		for _, m := range pauseRe.FindAllStringSubmatchIndex(s, -1) {
			mark(m[2], m[3])
		}
	}
	if strings.Contains(lower, "time") && strings.Contains(lower, "hour") {
		for _, m := range fullTimeHoursRe.FindAllStringSubmatchIndex(s, -1) {
			mark(m[2], m[3])
		}
	}
	if (numberAfter(lower, " to ") || numberAfter(lower, " till ") || numberAfter(lower, " until ")) && hasWordIn(lower, openWords) {
		for _, m := range dayHoursRe.FindAllStringSubmatchIndex(s, -1) {
			lo, hi := parseNumber(s[m[2]:m[3]]), parseNumber(s[m[4]:m[5]])
			// A range that runs backwards is a day's hours; "fell from 9
			// to 5" is a change.
			if lo <= 12 && hi < lo && hi >= 1 && !changeVerbBefore(lower, m[0]) {
				mark(m[2], m[5])
			}
		}
	}
}

// maskScopeNumbers marks the numbers, in digits or words, that tell a
// thing's story or the scope of what is done rather than a finding: who
// founded it ("founded in 2009 by two parents"), its registered numbers,
// a page's counts of its readers' reactions, how long an event lasts, a
// span in decades and
// the size of a set every member of which is served ("for each of the
// county's six districts"). A place in a set ("one of 14 community
// clinics") counts the set, as the development set labels it.
func maskScopeNumbers(s, lower string, taken []bool) {
	mark := func(a, b int) {
		for i := a; i < b; i++ {
			taken[i] = true
		}
	}
	if strings.Contains(lower, " by ") && (strings.Contains(lower, "found") || strings.Contains(lower, "set up") ||
		strings.Contains(lower, "establish") || strings.Contains(lower, "started") || strings.Contains(lower, "formed")) {
		for _, m := range foundedByRe.FindAllStringSubmatchIndex(s, -1) {
			mark(m[2], m[3])
		}
	}
	if strings.Contains(lower, "number") || strings.Contains(lower, " no") || strings.Contains(lower, "urn") ||
		strings.Contains(lower, "ukprn") || strings.Contains(lower, "ods") || strings.Contains(lower, " id") {
		var ms [][]int
		if registrationNeeds().In(s, lower) { // else registrationRe cannot match
			ms = registrationRe.FindAllStringSubmatchIndex(s, -1)
		}
		for _, m := range ms {
			mark(m[2], m[3])
		}
	}
	if containsAny(lower, []string{"claps", "followers", "likes", "retweets", "reposts", "upvotes", "reactions", "comments", "star"}) {
		for _, m := range engagementRe.FindAllStringSubmatchIndex(s, -1) {
			for g := 2; g+1 < len(m); g += 2 {
				if m[g] >= 0 {
					mark(m[g], m[g+1])
				}
			}
		}
	}
	if strings.Contains(lower, "min") {
		for _, m := range eventLengthRe.FindAllStringSubmatchIndex(s, -1) {
			mark(m[2], m[3])
		}
	}
	if strings.Contains(lower, "decades") {
		for _, m := range decadesRe.FindAllStringSubmatchIndex(s, -1) {
			mark(m[2], m[3])
		}
	}
	if strings.Contains(lower, "and a half") {
		for _, m := range halfOfAUnitRe.FindAllStringSubmatchIndex(s, -1) {
			mark(m[2], m[3])
		}
	}
	if strings.Contains(lower, "each of ") {
		for _, m := range eachOfRe.FindAllStringSubmatchIndex(s, -1) {
			if w := lower[m[4]:m[5]]; durationUnit(w) == "" && w != "last" && w != "past" && w != "previous" {
				mark(m[2], m[3])
			}
		}
	}
}

func markMatches(re *regexp.Regexp, s string, mark func(a, b int)) {
	for _, m := range re.FindAllStringIndex(s, -1) {
		mark(m[0], m[1])
	}
}

// eventAfterRe follows a duration that times something before an event:
// "opens 4 weeks before each school session", "closes 2 working days
// before it", "at least two weeks before our session". Unless the clause speaks of waiting ("waited 18 weeks before
// the appointment"), the duration is a timetable, not a finding.
var eventAfterRe = lazyre.New(`^\s*before\s+(?:each|every|it|they|them|its|their|(?:the|our|your|their|its|each|every|the\s+next|our\s+next)\s+(?:start|session|appointment|meeting|visit|clinic|deadline|event|end|exam|exams|operation|procedure|admission|discharge|date|term|course|day))\b`)

// programmeSpanRe ends with a programme or service whose length follows:
// "The programme runs for", "the course lasts", "the pilot ran for", and
// a contract named by a pronoun: "It runs for".
// fundedSpanRe ends with the term of a post or service funded,
// commissioned or extended: "funds a lead nurse for young carers for",
// "commission the service for a further", "extend the pilot for at
// least".
var fundedSpanRe = lazyre.New(`(?i)\b(?:funds?|funding|fund|commissions?|commissioning|commission|extends?|extending|extend|employs?|employ|appoint|appoints|recruit|recruits|pilots?|piloting)\b[^.;:,]{0,60}\bfor\s+(?:a\s+further\s+|another\s+|at\s+least\s+|an\s+extra\s+|a\s+minimum\s+of\s+)?$`)

var programmeSpanRe = lazyre.New(`(?i)\b(?:programmes?|courses?|scheme|pilots?|contract|project|intervention|sessions?|groups?|training|placements?|grant|licence|consultation|campaign|trial|offer|it|this|which)\b[^.;:,]{0,40}\b(?:runs?|running|ran|lasts?|lasting|lasted)\s+(?:for\s+)?(?:about\s+|around\s+|up\s+to\s+)?$`)

// numberAfter reports sep followed by a number in digits or in words up
// to twenty: the cheap test of the patterns that read "of 15", "to 5",
// "(10–19 years)".
// bracketedRange reports what every match of bracketBandRe opens with: a
// bracket, perhaps "aged", one or two digits and a range's dash or "to"
// ("(10–19", "(aged 18 to"). Shares in brackets ("(12%)") are common in
// reports, and the expression was run on each of them: 4% of extraction.
func bracketedRange(lower string) bool {
	for from := 0; ; {
		k := strings.IndexByte(lower[from:], '(')
		if k < 0 {
			return false
		}
		i := skipWhite(lower, from+k+1)
		if strings.HasPrefix(lower[i:], "aged") {
			if j := skipWhite(lower, i+4); j > i+4 {
				i = j
			}
		}
		n := 0
		for i < len(lower) && isDigit(lower[i]) {
			i, n = i+1, n+1
		}
		if n >= 1 && n <= 2 {
			i = skipWhite(lower, i)
			rest := lower[i:]
			if strings.HasPrefix(rest, "-") || strings.HasPrefix(rest, "–") || strings.HasPrefix(rest, "to") {
				return true
			}
		}
		from += k + 1
	}
}

// skipWhite is the index of the first byte at or after i that is not
// ASCII white space (as `\s` reads it).
func skipWhite(s string, i int) int {
	for i < len(s) && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r' || s[i] == '\f' || s[i] == '\v') {
		i++
	}
	return i
}

func numberAfter(lower, sep string) bool {
	for from := 0; ; {
		k := strings.Index(lower[from:], sep)
		if k < 0 {
			return false
		}
		i := from + k + len(sep)
		if i < len(lower) && isDigit(lower[i]) {
			return true
		}
		if w, _ := wordAt(lower, i); w != "" && (unitWords[w] > 0 || teenWords[w] > 0 || w == "twenty") {
			return true
		}
		from = i
	}
}

// hasClockLike reports a time with a stop or colon on the quarter hour,
// or with a leading zero: "8.30", "17:45", "09.10".
func hasClockLike(s string) bool {
	for i := 1; i+2 < len(s); i++ {
		if (s[i] != '.' && s[i] != ':') || !isDigit(s[i-1]) || !isDigit(s[i+1]) || !isDigit(s[i+2]) || i+3 < len(s) && isDigit(s[i+3]) {
			continue
		}
		mm := s[i+1 : i+3]
		if mm == "00" || mm == "15" || mm == "30" || mm == "45" || i >= 2 && s[i-2] == '0' {
			return true
		}
	}
	return false
}

// hasFourDigitTime reports four digits that read as a time on the
// 24-hour clock on the quarter hour: "0900", "1730".
func hasFourDigitTime(s string) bool {
	for i := 0; i+4 <= len(s); i++ {
		if (i > 0 && isDigit(s[i-1])) || i+4 < len(s) && isDigit(s[i+4]) {
			continue
		}
		if isDigit(s[i]) && isDigit(s[i+1]) && isDigit(s[i+2]) && isDigit(s[i+3]) && s[i] <= '2' {
			if mm := s[i+2 : i+4]; mm == "00" || mm == "15" || mm == "30" || mm == "45" {
				return true
			}
		}
	}
	return false
}
