package extract

import (
	"strings"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/lazyre"
)

// Numbers that are never figures. Each mask marks the bytes of a sentence
// that no figure pattern may use: ages and age bands, named plans,
// footnote and reference markers, times, phone numbers, postcodes and
// street addresses, web addresses, reading times and the numbers of lists
// and sections. They are written from how UK reports, newsrooms and
// government pages write these things, and each runs only when a cheap
// test on the sentence says it might match.

// smallAge are the numbers in words that name a check or review: "the
// six-week check", "the two-year review".
const smallAge = `one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|twenty|thirty`

// ageNumber is a number that can be an age: digits, or a word up to
// twenty-five ("children aged five").
const ageNumber = `(?:\d{1,3}|(?:twenty|thirty)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)`

var (
	// "aged 16 to 25", "aged between 11 and 15", "under the age of 18",
	// "ages 5-19", "age group 0 to 4", "aged five".
	// A list of ages is one mask: "aged 16 and 17", "aged 11, 13 or 15".
	agedRe = lazyre.New(`(?i)\b(?:aged|ages?|age (?:of|group|range|band)|ages of)\s+(?:between\s+` + ageNumber + `\s*(?:-|–|—|to|and)\s*` + ageNumber +
		`|(?:from\s+|up to\s+|under\s+|over\s+)?` + ageNumber + `(?:\s*,\s*` + ageNumber + `){0,4}(?:\s*(?:-|–|—|to|and|or)\s*` + ageNumber + `)?)(?:\s*\+)?(?:\s*(?:years?|yrs?|months?))?(?:\s+(?:old|of age))?(?:\s+and\s+(?:under|over|above|below))?`)
	// decimalPartRe is the decimal part a list's last number runs on
	// into, which no age has: "age five, 83.7%".
	decimalPartRe = lazyre.New(`^[.·]\d+`)
	// agedOneRe is agedRe's first age alone, for a list that runs on into
	// a figure: "aged 11 and 40% of their parents".
	agedOneRe = lazyre.New(`(?i)^(?:aged|ages?|age (?:of|group|range|band)|ages of)\s+(?:from\s+|up to\s+|under\s+|over\s+)?` + ageNumber)
	// ageLimitForRe is the age a service runs to, given for a group:
	// "and up to 25 for young people with an EHC plan". Group 1 is the
	// age; "up to 25 sessions for young people" counts sessions.
	ageLimitForRe = lazyre.New(`(?i)\bup\s+to\s+(?:the\s+age\s+of\s+)?(\d{1,2}|sixteen|seventeen|eighteen|nineteen|twenty(?:-one|-five)?)\s+for\s+(?:(?:disabled|looked-after|vulnerable)\s+)?(?:young\s+people|children|young\s+adults|care\s+leavers|pupils|students|learners)\b`)
	// Gestational ages: "born before 27 weeks", "born at 26 weeks", "24
	// weeks' gestation", "32 weeks of pregnancy", "20 weeks pregnant", and
	// the antenatal contact a schedule sets at one ("the 28-week antenatal
	// appointment").
	gestationRe = lazyre.New(`(?i)\b(?:born|delivered|birth|births|arriving|arrived)\s+(?:at|before|after|under|below|from|between)\s+(?:less\s+than\s+|under\s+|fewer\s+than\s+|around\s+|about\s+|only\s+)?` + ageNumber +
		`(?:\s*\+\s*\d)?(?:\s*(?:-|–|and|to)\s*` + ageNumber + `)?[- ]weeks?\b|\b` + ageNumber + `(?:\s*\+\s*\d)?(?:\s*(?:-|–|to)\s*` + ageNumber + `)?[- ]weeks?(?:’|')?\s+(?:(?:of\s+)?(?:gestation|gestational\s+age|pregnancy)|pregnant)\b|\b` + ageNumber + `[- ]weeks?\s+(?:antenatal|ante-natal)\s+(?:appointment|contact|visit|check|review|scan)s?\b`)
	// "17-year-olds", "16 to 25-year-olds", "16-25 year olds", "2-year-old",
	// "16 and 17 year olds".
	yearOldRe = lazyre.New(`(?i)\b` + ageNumber + `(?:\s*(?:-|–|to|and|or)\s*` + ageNumber + `)?[- ](?:years?|yrs?|months?|weeks?)[- ]olds?\b`)
	// "14 years of age", "six years old".
	yearsOfAgeRe = lazyre.New(`(?i)\b` + ageNumber + `(?:\s*(?:-|–|to)\s*` + ageNumber + `)?\s+(?:years?|months?)\s+(?:of\s+age|old)\b`)
	// "under-18s", "over 65s", "16-25s", "0-5s", "under fives".
	agePluralRe = lazyre.New(`(?i)\b(?:(?:under|over|aged)[- ]?\d{1,2}s|\d{1,2}\s?(?:-|–|to)\s?\d{1,2}s|under[- ](?:fives|twos|threes|ones))\b`)
	// Age bands that name a service: "0-25 service", "0–19 services",
	// "5-19 offer". A band from 0 is an age band whatever follows it. A
	// band up to a young adult's age may name the service's kind between
	// ("an 18 to 25 transition service", "our 16-25 youth hub").
	serviceBandRe = lazyre.New(`(?i)\b(?:0\s?(?:-|–|to)\s?\d{1,2}\b|\d{1,2}\s?(?:-|–|to)\s?\d{1,2}\s+(?:services?|provision|pathways?|offer|teams?|hubs?|population|age range|cohort)\b|\d{1,2}\s?(?:-|–|to)\s?(?:1[6-9]|2[0-5])\s+(?:transition(?:al)?|youth|young\s+adults?['’]?|community|mental\s+health|health)\s+(?:services?|provision|pathways?|offer|teams?|hubs?|clinics?)\b)`)
	// Named plans: "10 Year Health Plan", "Five Year Forward View",
	// "five-year Joint Forward Plans", "a 10-year plan", "a three-year
	// funding settlement".
	namedPlanRe = lazyre.New(`\b(?:\d{1,2}|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Tt]en|[Tt]wenty)(?:[- ](?:Year|Point|Step|Month|Week)|-(?:year|month|week|point|step))\s+[A-Z]|` +
		`(?i:\b(?:\d{1,2}|one|two|three|four|five|six|seven|ten|twenty)[- ](?:years?|months?)\s+(?:(?:health|funding|workforce|delivery|national|cross-government|long-term|spending|recovery|improvement|transformation)\s+)?(?:plans?|strateg(?:y|ies)|programmes?|programs?|visions?|frameworks?|settlements?|deals?|roadmaps?|commitments?|pilots?|projects?|partnerships?|contracts?|reviews?|periods?|cycles?|terms?|window|horizon|budgets?|funding|grants?)\b)`)
	// How far away something is, counted in legs of a journey: "two bus
	// rides away", "three stops from the clinic". A description of a
	// place, not a count of anything found.
	journeyRe = lazyre.New(`(?i)\b(?:\d{1,2}|one|two|three|four|five|six)\s+(?:(?:bus|train|tram|tube|car)\s+)?(?:rides?|journeys?|changes|stops|connections|buses|trains|trams)\s+(?:away|from)\b`)
	// Struck-out text, which a source no longer says: "~~45%~~ 54%",
	// "<del>30%</del> 33%", "<s>", "<strike>" (a correction's withdrawn
	// figure was the statistic's figure).
	struckRe = lazyre.New(`~~[^~\n]{1,240}~~|(?i:<(?:del|s|strike)(?:\s[^<>]{0,200})?>[^<]{0,240}</(?:del|s|strike)\s*>)`)
	// A code span, "`x = 5%`": a program's text or a setting's value,
	// shown as written and never a figure the source reports (hostile
	// check 84b, F11). The extractor's reading keeps its backticks for
	// this (readPlain).
	codeSpanRe = lazyre.New("`[^`\n]{1,200}`")
	// A numeric character reference the reading leaves as written (one
	// without its ";", "14&#37%", or one to no character a reader is
	// shown): its digits are a code, and the digits glued to it a number
	// the reference cuts, neither a figure the page states (hostile check
	// 85, L4: "14&#37%" was the figure 37%).
	// A number a run of stars or underscores cuts, which Markdown shows
	// as written as no emphasis pairs it ("1**,**200": the stars flank
	// no words, CommonMark): read as two numbers it was two figures, 1
	// and 200 (hostile check 85, L1); it is none. Emphasis that pairs
	// ("**1**,**200**") is left out of the reading before this.
	starredNumberRe = lazyre.New(`\d[\d,.]*[*_]+[\d,.*_]*\d`)
	charRefDigitsRe = lazyre.New(`(?:\d[\d,.]*)?&#(?:[xX][0-9a-fA-F]{1,10}|\d{1,10});?(?:\d[\d,.]*)?`)
	// A number a footnote-like mark written as text cuts, "1,5\[^2]00"
	// (a web page's text, escaped by the importer; the reading keeps the
	// backslash: noteInNumber): the page shows "1,5[^2]00", no number a
	// reader can read, where read through as a note it was 1,500 (hostile
	// check 85, L9); "2\[^3],\[^4]750" was 2 and 750. A reference
	// Markdown reads ("1,5[^2]00") is still read through (NumberNotes).
	escapedNoteInNumberRe = lazyre.New(`\d[\d,.]*(?:\\\[\^[^\]\s]{1,40}\][\d,.]*)+\d`)
	// A number a replacement character (U+FFFD, a byte its writer's
	// encoding lost) cuts or touches, "1<U+FFFD>500": the character stands
	// for one nobody can read, so neither part is a figure (hostile check
	// 85, L3: "1<U+FFFD>500 children" was 500).
	replacedDigitsRe = lazyre.New(`(?:\d[\d,.]*)?\x{FFFD}+(?:\d[\d,.]*)?`)
	// Footnote and reference markers: "[^3]", "[12]", "[3, 4]".
	footnoteRefRe = lazyre.New(`\[\^[^\]\s]{1,40}\]|\[\d{1,3}(?:\s?[,–-]\s?\d{1,3})*\]`)
	// Times: "9am", "9.30 am", "10:30", "1:1 support", "12 noon",
	// "12 midday".
	timeRe = lazyre.New(`(?i)\b\d{1,2}(?:[.:]\d{2})?\s?(?:am|pm|a\.m\.|p\.m\.)(?:\b|$)|\b\d{1,2}:\d{1,2}\b|\b12(?:[.:]00)?\s?(?:noon|midday|midnight)\b`)
	// Dates written with numbers: "31/03/2024", "2024-03-31".
	numericDateRe = lazyre.New(`\b\d{1,2}/\d{1,2}/\d{2,4}\b|\b\d{4}-\d{2}-\d{2}\b`)
	// Phone numbers: "0300 123 4567", "020 7123 4567", "0800 1111", "+44
	// (0)20 7123 4567", and any run of digits after "call", "tel:" or
	// "text" ("call 111", "text 85258").
	phoneRe        = lazyre.New(`(?:\+44\s?(?:\(0\)\s?)?\d{2,4}|\b0\d{2,4})(?:[ -]?\d{3,4}){1,2}\b`)
	phoneContextRe = lazyre.New(`(?i)\b(?:call|calling|ring|phone|telephone|tel|text|texting|dial|helpline|freephone|mobile|fax|whatsapp)\b[.:]?\s*(?:us\s+)?(?:on\s+|free\s+on\s+)?(?:[A-Z]+\s+to\s+)?(\+?\d[\d ()-]{1,16}\d|\d)`)
	// UK postcodes: "SW1A 2AA", "M1 1AE".
	postcodeRe = lazyre.New(`\b[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}\b`)
	// Street addresses: "39 Victoria Street", "2nd Floor, 151 Buckingham
	// Palace Road", "10 South Colonnade", "PO Box 123".
	streetRe = lazyre.New(`\b\d{1,4}[A-Za-z]?(?:[-–]\d{1,4})?,?\s+(?:[A-Z][\w'’.-]*\s+){0,3}(?:Street|St|Road|Rd|Lane|Avenue|Ave|Place|Square|Way|Court|House|Gardens|Terrace|Drive|Close|Row|Walk|Crescent|Hill|Park|Colonnade|Embankment|Wharf|Quay|Yard|Mews|Parade|Buildings|Centre|Tower|Floor)\b|\b(?:PO Box|P\.O\. Box|Suite|Unit|Flat)\s+\d+`)
	// Dates with dots ("12.03.24") and page counts ("Page 3 of 3").
	// dayRangeRe is a span of days in one month: "from 3 to 10 March
	// 2025", "4-18 June", "the 2nd until the 9th of May".
	dayRangeRe   = lazyre.New(`(?i)\b\d{1,2}(?:st|nd|rd|th)?\s*(?:-|–|—|to|until|till)\s*(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?(?:\s+of)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b`)
	dottedDateRe = lazyre.New(`\b\d{1,2}\.\d{1,2}\.(?:\d{4}|\d{2})\b`)
	pageOfRe     = lazyre.New(`(?i)\bpages?\s+\d+\s*(?:of|to|-|–)\s*\d+`)
	// Opening hours: "365 days a year", "24 hours a day", "seven days a
	// week", "24/7".
	openingRe = lazyre.New(`(?i)\b(?:\d{1,3}|seven|five|six)\s+(?:days|hours)\s+(?:a|per|each)\s+(?:year|week|day)\b|\b24/7\b|\b24-7\b`)
	// wholeCycleRe is an opening time that fills its cycle.
	wholeCycleRe = lazyre.New(`^(?:24\s+hours\s+(?:a|per|each)\s+day|(?:7|seven)\s+days\s+(?:a|per|each)\s+week|36[56]\s+days\s+(?:a|per|each)\s+year|24/7|24-7)$`)
	// openBeforeRe ends with words saying a service is open: "open",
	// "available", "staffed".
	openBeforeRe = newEndRe(lazyre.New(`\b(?:open|opens|opening|available|staffed|answered|runs|running|operates|operating|manned|on\s+call)\b[^.;,]{0,24}$`))
	// Named reviews and checks: "the 6 to 8 week review", "12-month
	// review", "2 to 2½ year check", "the 12-month immunisation
	// appointment", "the 18-month jabs": the name of a visit, not a wait.
	// "six-week check" and "six-to-eight-week check" in words too.
	namedReviewRe = lazyre.New(`(?i)\b(?:\d{1,2}½?|` + smallAge + `)(?:\s*(?:-|–|to|-to-)\s*(?:\d{1,2}½?|` + smallAge + `))?[- ](?:days?|weeks?|months?|years?)[- ](?:old\s+)?(?:(?:immuni[sz]ation|vaccination|vaccine|booster|health|development(?:al)?|hearing|vision|routine|new\s+birth)s?\s+)?(?:reviews?|checks?|visits?|assessments?|contacts?|appointments?|immuni[sz]ations?|vaccinations?|jabs?|boosters?)\b`)
	// namedPlans and namedReviews are namedPlanRe and namedReviewRe,
	// tried only at numbers.
	namedPlans   = newWordStartRe(namedPlanRe, "0123456789OoTtFfSs")
	namedReviews = newWordStartRe(namedReviewRe, "0123456789OoTtFfSsEeNn")
	// A body's timescale named by its length: "the councils' own
	// 20-week timescale": the name of a duty's limit, not a finding.
	// "issued within the 20-week time limit" measures against it, and
	// keeps its figure.
	namedTimescaleRe = lazyre.New(`(?i)\b(?:own|its|their|our)\s+(?:statutory\s+)?(?:\d{1,2}|` + smallAge + `)-(?:weeks?|days?|months?)\s+(?:statutory\s+)?(?:timescales?|time\s+limits?|timeframes?)\b`)
	// Named periods of policy: "the 1,001 critical days", "the first 1001 days".
	namedPeriodRe = lazyre.New(`(?i)\b(?:first|critical)\s+1,?001\s+(?:critical\s+)?days|\b1,?001\s+critical\s+days`)
	// The level of a confidence interval: "(95% CI 1.6 to 2.4)", and its
	// bounds when they are percentages, a share's ("45% of children (95%
	// CI 40% to 50%)"): an interval is no finding of the measure.
	confidenceRe = lazyre.New(`(?i)\b9[059](?:\.\d)?\s?%\s*(?:CI\b|confidence\s+interval|credible\s+interval|uncertainty\s+interval)(?:\s*[:=,]?\s*\d+(?:\.\d+)?\s?%\s*(?:to|[-–—]|,)\s*\d+(?:\.\d+)?\s?%)?`)
	// Web and e-mail addresses.
	urlRe = lazyre.New(`(?:https?://|www\.)\S+|\S+@\S+\.\S+`)
	// Reading times: "6 min read", "Reading time: 6 minutes".
	// "Reading time: about 6 minutes"; and the few minutes an action
	// asks of the reader: "It takes 5 minutes", "this takes just two
	// minutes", "Our template letter takes two minutes to fill in" (a
	// quarter of an hour at most, so a wait is never one).
	// agendaSlotRe is time asked or given at a meeting: "ten minutes on
	// the agenda", "a 15-minute slot at the next meeting"; the meeting's
	// housekeeping, no wait. An agenda line ending in the minutes it is
	// given, "Transition dashboard - Dr Lee (20 mins)", is one too.
	agendaSlotRe  = lazyre.New(`(?i)\b(?:[1-9]|[1-5]\d|five|ten|fifteen|twenty|thirty)[\s-](?:min|mins|minutes?)\s+(?:on\s+(?:the|our|your|its|their|this|next)\s+(?:[\w-]+\s+){0,2}agenda|slot)\b|\((?:[1-9]|[1-9]\d|1[0-2]0|five|ten|fifteen|twenty|thirty|forty|forty-five|sixty)\s?(?:min|mins|minutes)\.?\)\s*$`)
	readingTimeRe = lazyre.New(`(?i)\b\d{1,3}\s?-?\s?(?:min|mins|minute|minutes)\s+read\b|\bread(?:ing)?\s+time:?\s*(?:about\s+|around\s+|approx\.?\s+|approximately\s+|roughly\s+|under\s+|less\s+than\s+)?\d{1,3}(?:\s?(?:min|mins|minutes?))?|\b(?:it|this|that|which)\s+(?:only\s+)?takes\s+(?:just\s+|only\s+|about\s+|around\s+|less\s+than\s+|under\s+)?(?:[1-9]|1[0-5]|a\s+few|one|two|three|five|ten|fifteen)\s+(?:min|mins|minutes?)\b|\btakes?\s+(?:just\s+|only\s+|about\s+|around\s+|less\s+than\s+|under\s+)?(?:[1-9]|1[0-5]|a\s+few|one|two|three|five|ten|fifteen)\s+(?:min|mins|minutes?)\s+to\s+(?:fill|complete|sign|do|read|answer|share|send|write|watch|join|register)\b`)
)

// streetWords are the words streetRe needs, for its cheap test.
var streetWords = []string{" Street", " St", " Road", " Rd", " Lane", " Avenue", " Ave", " Place", " Square", " Way",
	" Court", " House", " Gardens", " Terrace", " Drive", " Close", " Row", " Walk", " Crescent", " Hill", " Park",
	" Colonnade", " Embankment", " Wharf", " Quay", " Yard", " Mews", " Parade", " Buildings", " Centre", " Tower",
	" Floor", "Box ", "Suite ", "Unit ", "Flat "}

// maskNonFigures marks in taken the bytes of s that hold numbers which are
// not figures. lower is s in lower case (ASCII letters only, so offsets
// agree) and f what scan found in it.
func maskNonFigures(s, lower string, f features, taken []bool) {
	// Last, whichever return is taken: it reads what the others left.
	defer maskVagueOverAYear(lower, taken)
	maskWorkSpans(lower, taken)
	if !f.digit && !f.numWord && !f.fraction {
		return
	}
	mark := func(a, b int) {
		for i := a; i < b; i++ {
			taken[i] = true
		}
	}
	// A number inside an escape sequence ("\u009b31m", "\x1b[2J") or
	// glued to a control character is part of the control, not a figure.
	// Such a body is a check problem; reading "31m" from it as a figure
	// would put a number the report never states into a chart.
	if f.control {
		for i := 0; i < len(s); i++ {
			if c := s[i]; c < 0x20 && c != '\n' && c != '\t' || c == 0x7f || c == 0xc2 && i+1 < len(s) && s[i+1] >= 0x80 && s[i+1] <= 0x9f {
				end := evidence.SequenceEnd(s, i)
				for end < len(s) && (s[end] >= '0' && s[end] <= '9' || s[end] == '.' || s[end] == ',' || s[end] == ';' || s[end] == ':') {
					end++
				}
				mark(i, end)
				i = end - 1
			}
		}
	}
	markAll := func(re *lazyre.Regexp, test bool) {
		if !test {
			return
		}
		for _, m := range re.FindAllStringIndex(s, -1) {
			mark(m[0], m[1])
		}
	}
	// Ages, plans and checks may be written in words ("aged five", "Five Year
	// Forward View"); everything else here is digits.
	if hasWordIn(lower, ageWords) {
		for _, m := range agedRe.FindAllStringIndex(s, -1) {
			end := m[1]
			// "aged 11 and 40% of parents": the list stops at the first
			// age when a percentage follows it, whole or with decimals
			// ("By age five, 83.7% had": no age has a decimal part).
			if rest := strings.TrimLeft(decimalPartRe.ReplaceAllString(lower[end:], ""), " "); strings.HasPrefix(rest, "%") || strings.HasPrefix(rest, "per cent") || strings.HasPrefix(rest, "percent") {
				if one := agedOneRe.FindStringIndex(s[m[0]:end]); one != nil {
					end = m[0] + one[1]
				}
			}
			mark(m[0], end)
		}
	}
	if strings.Contains(lower, "up to") {
		for _, m := range ageLimitForRe.FindAllStringSubmatchIndex(s, -1) {
			if n := lower[m[2]:m[3]]; n[0] < '0' || n[0] > '9' || len(n) == 1 || n <= "25" {
				mark(m[2], m[3])
			}
		}
	}
	markAll(scientificRe, timesTen(s))
	markAll(foreignMoneyRe, strings.Contains(s, "€") || strings.Contains(s, "$") || strings.Contains(lower, "eur") || strings.Contains(lower, "usd") ||
		strings.Contains(lower, "dollar"))
	markAll(gestationRe, strings.Contains(lower, "week") && (strings.Contains(lower, "gestation") || strings.Contains(lower, "pregnan") ||
		strings.Contains(lower, "born") || strings.Contains(lower, "birth") || strings.Contains(lower, "deliver") || strings.Contains(lower, "arriv") ||
		strings.Contains(lower, "antenatal") || strings.Contains(lower, "ante-natal")))
	hasOld := strings.Contains(lower, "-old") || strings.Contains(lower, " old")
	markAll(yearOldRe, hasOld)
	markAll(yearsOfAgeRe, hasOld || strings.Contains(lower, "of age"))
	if numberBefore(lower, "year", "month", "week", "point", "step") {
		for _, m := range namedPlans.FindAllStringIndex(s) {
			mark(m[0], m[1])
		}
	}
	if hasWordIn(lower, reviewWords) {
		for _, m := range namedReviews.FindAllStringIndex(s) {
			mark(m[0], m[1])
		}
	}
	markAll(namedTimescaleRe, strings.Contains(lower, "time"))
	markAll(journeyRe, strings.Contains(lower, " away") || strings.Contains(lower, " from"))
	maskServiceNumbers(s, lower, f, mark)
	maskAccountNumbers(s, lower, mark)
	maskScopeNumbers(s, lower, taken)
	maskWorkNumbers(lower, taken)
	maskPanelMakeup(lower, taken)
	maskProposalCounts(lower, taken)
	maskStudyAreas(lower, taken)
	maskDocumentCounts(lower, taken)
	maskBodyAreas(lower, taken)
	maskFewBodies(lower, taken)
	maskReviewHousekeeping(lower, taken)
	maskStoryCounts(lower, taken)
	maskVoicedCounts(s, lower, taken)
	maskNHS111(lower, taken)
	maskS43Counts(lower, taken)
	maskReaderTerms(lower, taken)
	maskEventCounts(lower, taken)
	maskS48Counts(lower, taken)
	maskS50Counts(lower, taken)
	maskS51Counts(lower, taken)
	maskS53Counts(lower, taken)
	maskS65Counts(lower, taken)
	maskS47Counts(lower, taken)
	maskS49Counts(s, lower, taken)
	maskS56Counts(lower, taken)
	maskS58Counts(lower, taken)
	maskS62Counts(lower, taken)
	maskS63Counts(lower, taken)
	maskS64Counts(lower, taken)
	maskS66Counts(lower, taken)
	maskS68Counts(lower, taken)
	maskS69Counts(lower, taken)
	maskS71Counts(lower, taken)
	maskS73Counts(lower, taken)
	maskS76Counts(lower, taken)
	maskS75Counts(lower, taken)
	maskS88Counts(lower, taken)
	maskNeitherOfPair(lower, taken)
	maskInquiryAndPromiseNumbers(s, lower, taken)
	// Before the digits' return: "takes two minutes" is written in words.
	markAll(agendaSlotRe, strings.Contains(lower, "agenda") || strings.Contains(lower, " slot") ||
		strings.HasSuffix(strings.TrimSpace(lower), ")") && strings.Contains(lower, "min"))
	markAll(readingTimeRe, (hasWordStart(lower, "read") || hasWordStart(lower, "take")) && (strings.Contains(lower, "min") || strings.Contains(lower, "reading time")))
	markAll(timeWorthRe, strings.Contains(lower, "worth") && strings.Contains(lower, "min"))
	if !f.digit {
		return
	}
	markAll(footnoteRefRe, strings.Contains(s, "["))
	if strings.Contains(s, "~~") || strings.Contains(s, "</") {
		// A strike escaped ("\<del>", its backslash kept in the reading:
		// readPlain) is text the page shows, its figure stated.
		for _, m := range struckRe.FindAllStringIndex(s, -1) {
			if m[0] == 0 || s[m[0]-1] != '\\' {
				mark(m[0], m[1])
			}
		}
	}
	markAll(codeSpanRe, strings.Contains(s, "`"))
	markAll(charRefDigitsRe, strings.Contains(s, "&#"))
	markAll(escapedNoteInNumberRe, strings.Contains(s, "\\["))
	markAll(replacedDigitsRe, strings.Contains(s, "\uFFFD"))
	markAll(starredNumberRe, strings.ContainsAny(s, "*_"))
	markAll(confidenceRe, strings.Contains(s, "%") && hasWordIn(lower, intervalWords))
	maskIdentifiers(s, lower, mark)
	markAll(timeRe, digitAround(s, ':') || digitThen(lower, "am", "pm", "a.m", "p.m", "noon", "midday", "midnight"))
	markAll(agePluralRe, hasDigitThenS(s) || wordThenNumber(lower, "under", "over", "aged"))
	if f.digitRange {
		for _, m := range serviceBandRe.FindAllStringIndex(s, -1) {
			// "0-5%" is a range of percentages, not an age band.
			if rest := strings.TrimLeft(lower[m[1]:], " "); strings.HasPrefix(rest, "%") || strings.HasPrefix(rest, "per cent") || strings.HasPrefix(rest, "percent") {
				continue
			}
			mark(m[0], m[1])
		}
	}
	markAll(dayRangeRe, f.digitRange || strings.Contains(lower, " to ") || strings.Contains(lower, " until ") || strings.Contains(lower, " till "))
	markAll(pageOfRe, hasWordStart(lower, "page"))
	if strings.Contains(s, "24/7") || strings.Contains(s, "24-7") || strings.Contains(lower, "days a ") ||
		strings.Contains(lower, "hours a ") || strings.Contains(lower, "days per ") || strings.Contains(lower, "hours per ") ||
		strings.Contains(lower, "days each ") || strings.Contains(lower, "hours each ") {
		for _, m := range openingRe.FindAllStringIndex(s, -1) {
			// Hours of opening: the whole of a cycle ("24 hours a day",
			// "seven days a week", "365 days a year"), or a service said to
			// be open for them; "locked in their cells for up to 22 hours
			// a day" is a finding.
			if wholeCycleRe.MatchString(lower[m[0]:m[1]]) || openBeforeRe.MatchString(before(lower, m[0], 48)) {
				mark(m[0], m[1])
			}
		}
	}
	markAll(namedPeriodRe, strings.Contains(s, "001"))
	if hasWordIn(lower, personWords) && ageAfterBeing(lower) {
		for _, m := range personAgeRe.FindAllStringSubmatchIndex(s, -1) {
			// "She's 14 now", "I was 15 when...": a person's age in a
			// quote; "he was 14 weeks old" is left to yearOldRe, and a
			// number with a noun or a unit after it is not an age.
			if w, _ := wordAt(lower, skipSpace(lower, m[3])); w == "" || personAgeNext[w] {
				mark(m[2], m[3])
			}
		}
	}
	maskNamedNumbers(s, lower, taken)
	// A list or section number opening a sentence: "3 Key findings",
	// "2.1 Access to services", "(4) Schools".
	if end := leadingListNumber(s); end > 0 {
		mark(0, end)
	}
	markFootnoteDigits(s, taken)
}

// maskIdentifiers marks the numbers of s that name or place rather than
// count: web addresses, phone numbers (and the digits after "call",
// "tel:" or "text"), dates written in numbers ("31/03/2024",
// "2024-03-31", "12.03.24"), postcodes and street addresses. The one
// reading of them, for sentences (maskNonFigures) and for table cells
// (identifierCell) alike.
func maskIdentifiers(s, lower string, mark func(a, b int)) {
	markAll := func(re *lazyre.Regexp, test bool) {
		if !test {
			return
		}
		for _, m := range re.FindAllStringIndex(s, -1) {
			mark(m[0], m[1])
		}
	}
	markAll(urlRe, strings.Contains(s, "://") || strings.Contains(s, "www.") || strings.Contains(s, "@"))
	eachPhone(s, func(start, end int) bool {
		mark(start, end)
		return true
	})
	if mayHoldPhoneContext(lower) {
		for _, m := range phoneContextRe.FindAllStringSubmatchIndex(s, -1) {
			mark(m[2], m[3])
		}
	}
	markAll(numericDateRe, digitAround(s, '/') || digitAround(s, '-'))
	markAll(postcodeRe, hasPostcodeInward(s))
	markAll(streetRe, digitThenCapital(s) && containsAny(s, streetWords))
	markAll(dottedDateRe, strings.Count(s, ".") >= 2)
}

var (
	// personAgeRe is a number straight after a person and a verb of being:
	// "she's 14", "I was 15", "he is 12".
	// "until they are 25", "children who are 16 or 17" too.
	personAgeRe = lazyre.New(`(?i)\b(?:she|he|i|they|who|my\s+(?:son|daughter|child)|our\s+(?:son|daughter))(?:['’]s|['’]m|['’]re|\s+is|\s+was|\s+am|\s+are|\s+were|\s+turned|\s+turns)\s+(\d{1,2})\b`)
	// personWords are the cheap test for personAgeRe.
	personWords = map[string]bool{"she": true, "he": true, "i": true, "son": true, "daughter": true, "child": true, "they": true, "who": true}
	// personAgeNext are the words that may follow an age: "she's 14 now",
	// "I was 15 when".
	personAgeNext = map[string]bool{"now": true, "when": true, "and": true, "but": true, "so": true, "then": true,
		"at": true, "in": true, "by": true, "this": true, "last": true, "next": true, "today": true, "too": true}
)

// intervalWords are the cheap test for confidenceRe.
var intervalWords = map[string]bool{"ci": true, "interval": true}

// reviewWords are the cheap test for namedReviewRe.
var reviewWords = map[string]bool{"review": true, "reviews": true, "check": true, "checks": true, "visit": true,
	"visits": true, "assessment": true, "assessments": true, "contact": true, "contacts": true,
	"appointment": true, "appointments": true, "immunisation": true, "immunisations": true, "immunization": true,
	"immunizations": true, "vaccination": true, "vaccinations": true, "jab": true, "jabs": true, "booster": true, "boosters": true}

// ageWords are the cheap test for agedRe.
var ageWords = map[string]bool{"age": true, "aged": true, "ages": true}

// phoneWords are the cheap test for phoneContextRe.
var phoneWords = map[string]bool{"call": true, "calling": true, "ring": true, "phone": true, "telephone": true,
	"tel": true, "text": true, "texting": true, "dial": true, "helpline": true, "freephone": true, "mobile": true,
	"fax": true, "whatsapp": true}

func mayHoldPhoneContext(lower string) bool { return hasWordIn(lower, phoneWords) }

func containsAny(s string, subs []string) bool {
	for _, w := range subs {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// hasDigitThenS reports a digit followed by "s" ("16-25s", "under-5s").
func hasDigitThenS(s string) bool {
	for i := 1; i < len(s); i++ {
		if s[i] == 's' && isDigit(s[i-1]) {
			return true
		}
	}
	return false
}

// hasPostcodeInward reports a digit followed by two capitals and no more
// letters: the inward half of a postcode ("2AA").
func hasPostcodeInward(s string) bool {
	for i := 0; i+2 < len(s); i++ {
		if isDigit(s[i]) && isUpper(s[i+1]) && isUpper(s[i+2]) && (i+3 == len(s) || !isLetter(s[i+3])) {
			return true
		}
	}
	return false
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }
func isUpper(c byte) bool { return c >= 'A' && c <= 'Z' }
func isLower(c byte) bool { return c >= 'a' && c <= 'z' }

// leadingListNumber is the end of a list or section number that opens s
// ("3 Key findings", "2.1. Access", "(4) Schools"), or 0. The word after it
// must be a capitalised word in title case, which a count's noun rarely
// is ("12 ICBs", "40 trusts" are counts).
func leadingListNumber(s string) int {
	i := 0
	if i < len(s) && s[i] == '(' {
		i++
	}
	start := i
	for i < len(s) && isDigit(s[i]) {
		i++
	}
	if i == start || i-start > 2 {
		return 0
	}
	for i+1 < len(s) && s[i] == '.' && isDigit(s[i+1]) {
		i++
		for i < len(s) && isDigit(s[i]) {
			i++
		}
	}
	if i < len(s) && (s[i] == '.' || s[i] == ')') {
		i++
	}
	end := i
	if i >= len(s) || s[i] != ' ' {
		return 0
	}
	for i < len(s) && s[i] == ' ' {
		i++
	}
	if i+1 < len(s) && isUpper(s[i]) && isLower(s[i+1]) {
		return end
	}
	// "6 NHS England, Workforce Statistics": a footnote's number before a
	// name; "12 ICBs" is a count. Spaces to the end (a marker masked
	// away: "0[00]") are no name.
	if i < len(s) && isUpper(s[i]) {
		w, _ := nameWordAt(s, i)
		if !strings.HasSuffix(w, "s") {
			return end
		}
	}
	return 0
}

// markFootnoteDigits marks footnote numbers that came out of a PDF or web
// page as plain digits glued to the text: "40%1", "were seen.12", "in
// 2023),4". A digit run of one to three digits right after "%", or after
// punctuation that follows a letter or bracket, is a marker, not a number.
func markFootnoteDigits(s string, taken []bool) {
	for i := 1; i < len(s); i++ {
		if !isDigit(s[i]) || isDigit(s[i-1]) {
			continue
		}
		p := s[i-1]
		marker := p == '%' && i >= 2 && isDigit(s[i-2])
		// "in 2023.6 Services": a marker after a year and its full stop.
		if p == '.' && i >= 5 && isYearNumber(s[i-5:i-1]) && (i < 6 || !isDigit(s[i-6])) {
			j := i
			for j < len(s) && isDigit(s[j]) {
				j++
			}
			if j-i <= 2 && j+1 < len(s) && s[j] == ' ' && isUpper(s[j+1]) {
				marker = true
			}
		}
		if !marker && (p == '.' || p == ',' || p == ';' || p == ':' || p == ')') && i >= 2 {
			q := s[i-2]
			marker = isLetter(q) || q == ')' || q == '%' || q == '"' || q == '\'' || q >= 0x80
			if p == ')' {
				marker = isLetter(q) || q == '%'
			}
		}
		if !marker {
			continue
		}
		j := i
		for j < len(s) && isDigit(s[j]) {
			j++
		}
		if j-i > 3 || (j < len(s) && (isLetter(s[j]) || s[j] == '.' && j+1 < len(s) && isDigit(s[j+1]) || s[j] == ',')) {
			continue
		}
		for k := i; k < j; k++ {
			taken[k] = true
		}
	}
}

// beingWords end the verbs of personAgeRe: a number after one of them is
// its cheap test ("is 14", "she's 14", "they're 16").
var beingWords = []string{" is ", " was ", " am ", " are ", " were ", " turned ", " turns ", "'s ", "’s ", "'m ", "’m ", "'re ", "’re "}

// ageAfterBeing reports a number right after a verb of being.
func ageAfterBeing(lower string) bool {
	for _, w := range beingWords {
		if numberAfter(lower, w) {
			return true
		}
	}
	return false
}

// eachPhone calls f with the start and end of each phone number in s, in
// order, until f returns false: the one reading of a number to ring, for
// the masks and for the furniture model's feature.
func eachPhone(s string, f func(start, end int) bool) {
	if !leadingZero(s) && !strings.Contains(s, "+44") {
		return
	}
	for _, m := range phoneRe.FindAllStringIndex(s, -1) {
		// Not the tail of a grouped number ("100,000-200,000").
		if m[0] > 0 && (s[m[0]-1] == ',' || s[m[0]-1] == '.' || isDigit(s[m[0]-1])) {
			continue
		}
		if !f(m[0], m[1]) {
			return
		}
	}
}

// foreignMoneyRe is a sum of money in a currency figures have no unit for
// ("€3.5 million", "$2.1m", "US$40", "EUR 300", "300 euros", "5 million
// dollars"): no figure, as precision goes first. "1.2 billion pounds"
// and "40 pounds sterling" are read as pounds (moneyWordsRe). Before, "€3.5 million" was a count of 3.5 million with
// "€" left in its measure, and "1.2 billion pounds" a count of pounds
// (hostile check 53).
var foreignMoneyRe = lazyre.New(`(?i)(?:(?:\b(?:US|AU|CA|NZ|HK))?\$|€|\b(?:EUR|USD)\s?)\s?(?:` + numberRe + `)(?:\s?(?:bn|billion|m|million|k|thousand|tn|trillion)\b)?|\b(?:` + numberRe + `)(?:\s?(?:bn|billion|m|million|k|thousand|tn|trillion))?\s+(?:(?:US|American|Australian|Canadian)\s+)?(?:euros?|dollars?|EUR|USD)\b`)

// scientificRe is a number in scientific notation in any form: "3.2 x
// 10^4", "3.2 × 10⁴", "3.2 x 10[^4]" (a PDF's superscript as imported),
// "3.2 x 104" (the superscript flattened), and "3.2 x 10" (the exponent
// lost). None is read exactly, so none is a figure, nor any fragment of
// one. Before, "3.2 x 10" gave 3 and "3.2 x 104 children" a count of
// 104 children (hostile check 53). A whole first number before "x 10"
// with no exponent written ("3 x 10 sessions") is a count of sessions
// and left to be read.
var scientificRe = lazyre.New(`\b\d+(?:\.\d+)?\s?[x×X]\s?10(?:\s?\^\s?[-−]?\d+|\[\^?[-−]?\d+\]|<sup>[-−]?\d+</sup>|(?:⁻|[⁰¹²³⁴⁵⁶⁷⁸⁹])+)|\b\d+\.\d+\s?[x×X]\s?10\d*\b`)

// timesTen reports a digit, then "x", "X" or "×", then "10", each a
// space (\s) apart at most: every match of scientificRe holds one. The
// pattern was tried on every sentence holding "10" and an "x" anywhere
// ("next", "experience"), at every byte.
func timesTen(s string) bool {
	space := func(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r' }
	for from := 0; ; {
		k := strings.Index(s[from:], "10")
		if k < 0 {
			return false
		}
		j := from + k // back from the "10" to the sign and the digit
		if j > 0 && space(s[j-1]) {
			j--
		}
		sign := 0
		if j > 0 && (s[j-1] == 'x' || s[j-1] == 'X') {
			sign = 1
		} else if j > 1 && s[j-2:j] == "×" {
			sign = 2
		}
		if sign > 0 {
			j -= sign
			if j > 0 && space(s[j-1]) {
				j--
			}
			if j > 0 && isDigit(s[j-1]) {
				return true
			}
		}
		from += k + 1
	}
}
