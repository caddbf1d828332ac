package extract

import (
	"math"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/lazyre"
	"github.com/cypx/cypx/internal/measure"
)

// MaxFigures is the most figures read from one item. A sentence states a
// handful; a table row a dozen. Past 64 a "sentence" is a run of numbers
// (a flattened table, a list of codes) whose figures nobody would quote,
// and the bound keeps an item's size in the index in proportion to its text.
const MaxFigures = 64

// qualifiers are the hedges that may come before a number, longest first.
// The figure keeps its qualifier so that "more than 1,300" is never cited as
// exactly 1,300. They are found by looking back from a match rather than in
// the patterns, because an optional prefix makes Go's regexp try it at every
// position of every sentence. A negated bound ("no more than 10%", "not
// fewer than 500") is a qualifier of its own, tested first: read as "more
// than" its "no" was left to the measure and every copy of the figure said
// the opposite of the source (hostile check 100). So are "not even a
// third" (less than a third), "barely 1 in 10" and "as many as 1,200",
// which were copied as a bare "a third", "1 in 10" and "1,200".
var qualifiers = []string{"not fewer than", "no fewer than", "not more than", "no more than", "not less than",
	"no less than", "not even", "as many as", "as few as", "barely", "just over", "just under", "more than", "less than", "fewer than", "approximately",
	"an estimated", "at least", "roughly", "nearly", "almost", "around", "approx.", "circa", "about", "up to", "over",
	"under", "only", "some", "ca.", "c."}

// hedgesAs names the hedges written in other words by the one that says
// the same, so that a figure "c. 190" or "some 190" is matched as
// approximately 190, as "around 190" is.
var hedgesAs = map[string]string{"an estimated": "approximately", "approx.": "approximately", "circa": "approximately",
	"some": "approximately", "ca.": "approximately", "c.": "approximately"}

// qualifierRe is empty: wrapped in a group by each pattern, it stands where
// the qualifier was, so the submatch numbering stays the same.
const qualifierRe = ``

// moneyNotePeriodRe is a period between a money measure and its note:
// " in 2023", " for 2023/24", " in Q1 2024", " during 2022-23", and a
// label's bare year, "Budget 2023/24 (£000s):" (hostile check 63: the
// line held no item).
const moneyNotePeriodRe = `(?:\s+(?:(?:in|for|during)\s+(?:(?:Q[1-4]|quarter\s+[1-4])\s+)?)?` + labelYearRe + `)?`

// timeLabelPairRe is the label of a pair naming another time, and its
// colon, as a comparator bracket's are read: "2022/23: ", "previous year:
// ". After a money label's value, "Budget (£000s): 4,500; 2022/23:
// 4,200", its value is a sum of that time in the note's scale.
const timeLabelPairRe = `(?i:` + measure.ComparatorPeriodLabel + `|` + measure.ComparatorEarlierLabel + `):`

// labelYearRe is a year or a financial year as a label names it: "2023",
// "2023/24", "2022-23".
const labelYearRe = `(?:19|20)\d{2}(?:\s?[/–-]\s?\d{2,4})?`

// moneyValueTailRe is what may follow a sum a money note's clause gives
// before the next sum it lists: its year, " in 2023", " (2023)", its
// place, " in Kent", or what it was spent on or went to, " on staff",
// " was on staff", " went to Kent".
var moneyValueTailRe = `(?:\s+(?:in|for|during)\s+(?:Q[1-4]\s+)?(?:19|20)\d{2}(?:\s?[/–-]\s?\d{2,4})?|\s+\((?:19|20)\d{2}(?:[/–-]\d{2,4})?\)|\s+(?:(?:was|were)\s+)?(?:(?:went|spent|given|paid)\s+)?(?:on|to)\s+(?:` + measure.ListedName + `|[a-z]+(?:\s+[a-z]+)?)|\s+(?:in|for)\s+` + measure.ListedName + `)?`

// moneyNextVerbRe is the verb or the money's noun that gives a listed
// sum after its clause's first: "rose to", "went up to", "staff costs
// were", "a budget of".
const moneyNextVerbRe = `(?:(?:rose|fell|grew|increased|decreased|dropped|went\s+(?:up|down))(?:\s+(?:to|by))?|(?:(?:a|an|the|its)\s+)?(?:[a-z]+\s+)?` + measure.MoneyWords + `\s+(?:was|were|of|came\s+to|totalled|totaled))`

const numberRe = `\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`

// smallWordRe are the number words of "eight in 10" and "three times as likely".
const smallWordRe = `one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty`

// wholeWordRe are the further number words a share's whole is written in:
// "one in fourteen 11 to 17-year-olds", "one in thirty". Before, the
// share was lost, or read as a count of fourteen children.
const wholeWordRe = `thirteen|fourteen|sixteen|seventeen|eighteen|nineteen|thirty|forty|fifty`

// notCountWords end the text before a number that is a label's, a
// page's or an age's, not a count: "Figure 3", "aged 15". Each is a
// regular expression, as written in notCountAfter. "Ground 2" is a
// claim's numbered ground in a judgment.
var notCountWords = strings.Split(`age of|aged|ages|under|phase|stage|step|tier|level|section|s\.|chapter|part|figure|fig\.|table|chart|graph|box|exhibit|panel|annex|appendix|paragraph|para\.|recommendation|question|q|wave|year|years|page|p\.|pp\.|no\.|key stage|band|act|number|version|week|day|grade|priority|objective|outcome|footnote|note|article|regulation|clause|schedule|standard|slide|item|round|ward|route|room|floor|line|unit|suite|box|flat|ref|reference|top|rated|scored|score of|nearest|aged over|aged under|type|quintile|decile|quartile|category|option|proposal|scenario|per|ground`, "|")

const (
	// notCountRanges is a range of numbered parts: "years 7 to".
	notCountRanges = `\b(?:year|years|key stage|stage|level|tier|phase|grade|band|page|section|chapter|part)\s+\d+\s*(?:or|and|to|-|–)`
	// notCountParts is a list of numbered parts: "questions 2, 4 and 7",
	// "sections 3 to 5".
	notCountParts = `\b(?:questions|sections|chapters|paragraphs|recommendations|pages|parts|items|annexes|appendices|tables|figures|charts|options|priorities|objectives|outcomes|standards|clauses|regulations|articles|steps|stages|phases|tiers|levels)\s+\d{1,3}(?:\.\d{1,2})?(?:\s*,\s*\d{1,3}(?:\.\d{1,2})?)*\s*,?\s*(?:or|and|to|-|–|,)?`
	// notCountChoice is the design of a question: "asked to pick three
	// changes", "to name up to five".
	notCountChoice = `\b(?:to|could|can|may|might|would|should)\s+(?:pick|choose|select|name|rank|tick|list|identify)\s+(?:up\s+to|their\s+top|the\s+top|top)?`
)

// notCountWordList is notCountWords as the text they match, in lower case.
var notCountWordList = func() []string {
	out := make([]string, len(notCountWords))
	for i, w := range notCountWords {
		out[i] = strings.ReplaceAll(w, `\.`, ".")
	}
	return out
}()

// notCountBefore is notCountAfter.MatchString(t), its parts tried in
// turn and each only where it can match: the whole pattern, too large for
// Go's backtracking matcher, cost some 20µs a number.
func notCountBefore(t string) bool {
	if strings.Contains(t, "\u212a") || strings.Contains(t, "\u017f") {
		// The Kelvin sign and the long s fold to k and s under (?i).
		return notCountAfter.MatchString(t)
	}
	e := strings.TrimRight(t, " \t\n\f\r") // \s
	if e == "" {
		return false
	}
	if strings.HasSuffix(e, "-") || strings.HasSuffix(e, "/") || strings.HasSuffix(e, "–") || strings.HasSuffix(e, "§") {
		return true
	}
	lower := lazyre.ASCIILower(e)
	for _, w := range notCountWordList {
		// \b before a word that opens with a letter: no word byte before it.
		if p := len(lower) - len(w); p >= 0 && lower[p:] == w && (p == 0 || !isWordByte(lower[p-1])) {
			return true
		}
	}
	if p := len(e) - len("Ask"); p >= 0 && e[p:] == "Ask" && (p == 0 || !isWordByte(e[p-1])) {
		return true
	}
	if strings.ContainsAny(e, "0123456789") && notCountNumbered.MatchString(t) {
		return true
	}
	// notCountChoice needs one of its verbs.
	for _, v := range []string{"pick", "choose", "select", "name", "rank", "tick", "list", "identify"} {
		if strings.Contains(lower, v) {
			return notCountChosen.MatchString(t)
		}
	}
	return false
}

var (
	fractionWords = map[string]float64{
		"half": 50, "a half": 50, "one half": 50,
		"a third": 100.0 / 3, "one third": 100.0 / 3, "two thirds": 200.0 / 3,
		"a quarter": 25, "one quarter": 25, "three quarters": 75,
		"a fifth": 20, "one fifth": 20, "two fifths": 40, "three fifths": 60, "four fifths": 80,
		"a tenth": 10, "one tenth": 10, "a sixth": 100.0 / 6, "one sixth": 100.0 / 6, "an eighth": 12.5,
	}
	// ordinalFraction are the fractions whose word is also an ordinal
	// after "a": "a third month", "a fifth year".
	ordinalFraction = map[string]bool{"a third": true, "a fifth": true, "a sixth": true, "a tenth": true, "an eighth": true}
	fractionRe      = `(?i:(?:a|one|two|three|four)[ -](?:thirds?|quarters?|fifths?)|(?:a|one)[ -](?:tenth|sixth)|an eighth|(?:a |one )?half)`
	ofAMillionRe    = lazyre.New(`(?i)^\s+(?:of\s+)?an?\s+(million|billion)\b`)
	// shareCountRe follows a fraction or ratio with the group it is of
	// and the count of the share in brackets: " of parents (32)", " of
	// the young carers we asked (41)". Group 1 is the count.
	// Group 2 is the base where the bracket gives it: " of the hospices
	// that replied (14 of 29)".
	shareCountRe = lazyre.New(`^\s+of\s+(?:the\s+|our\s+|those\s+|these\s+|all\s+)?(?:[\p{L}'’-]+\s+){0,4}?[\p{L}'’-]+\s+\((\d{1,3}(?:,\d{3})*)(?:\s+(?:of|out\s+of)\s+(?:the\s+)?(\d{1,3}(?:,\d{3})*))?\)`)
	// bracketPercentRe follows a fraction or ratio: "three quarters (76%)".
	bracketPercentRe = lazyre.New(`^\s+\((` + numberRe + `)\s?%\)`)
	// ordinalAfterFractionRe follows a fraction's word read as an ordinal:
	// a period it counts or a word of a run ("a third month running", "a
	// fifth consecutive year", "for a third time").
	ordinalAfterFractionRe = lazyre.New(`^\s+(?:consecutive|successive|straight|(?:day|week|month|quarter|year|term|time|round|wave|cycle|inspection|survey|report|visit)s?\b)`)
	// quarterOfTimeRe follows "a quarter" after "in" or "within" when it
	// is a span of time: nothing after it that it could be a share of.
	quarterOfTimeRe = lazyre.New(`^(?:\s*(?:[.,;:)!?]|$)|\s+(?:and|but|from|since|compared|after|before|while|when|so|earlier|later|ago|on|at)\b)`)
	// quarterOfYearRe follows "a quarter" that is a span of time wherever
	// it is: "a quarter of a year" (not "of the year's referrals").
	quarterOfYearRe = lazyre.New(`^\s+of\s+(?:a|the)\s+(?:calendar\s+|financial\s+)?year(?:[\s.,;:)!?]|$)`)
	fracRe          = lazyre.New(`\b(` + qualifierRe + `)(` + fractionRe + `)\b`)
	percentRe       = lazyre.New(`(` + qualifierRe + `)\b(` + numberRe + `)(\s?%\s?(?i:points?|pts?)\b|\s?%|\s?per ?cent\s+(?i:points?|pts?)\b|\s?per ?cent\b|\s?percentage[ -](?:points?|pts?)\b|\s?(?i:(?:pp|ppts?)\b|p\.p\.)|\s?(?i:pct|pc)\s+(?i:points?|pts?)\b|pc\b)`)
	nInMRe          = lazyre.New(`(?i)\b(` + qualifierRe + `)\b(` + smallWordRe + `|\d{1,3})[ -](in|out of)[ -](?:every |each )?(` + smallWordRe + `|` + wholeWordRe + `|\d{1,3}(?:,\d{3})+|\d{1,4})\b`)
	// oneNounInMRe is nInMRe with a noun after the first number, "one
	// child in every 14", its groups nInMRe's; oneOfEvery checks it.
	oneNounInMRe = lazyre.New(`(?i)\b(` + qualifierRe + `)\b(one|1)(?:\s+[a-z]+(?:\s+[a-z]+)?)\s(in)\s(?:every |each )?(` + smallWordRe + `|` + wholeWordRe + `|\d{1,3}(?:,\d{3})+|\d{1,4})\b`)
	// pointsChangeRe is "by 3 points", "by 2.5 points", "by 3 pts", "up
	// 3 pts", "rose 2pts", or a verb of change right before, "rose 3 pts
	// to 48%", maybe after bare numbers listed before the one the points
	// follow ("rose 3 and 2 pts"): group 1 the word before, 2 the bare
	// numbers listed, 3 the number, 4 the points.
	// pointsGapRe is a gap in points between two levels: "18 points
	// below the national average", "3.5 percentage points higher than
	// in 2019". Group 1 is the number.
	pointsGapRe    = lazyre.New(`(?i)\b(\d{1,2}(?:\.\d{1,2})?)\s+((?:percentage\s+)?points?)\s+(?:below|above|behind|ahead\s+of|higher\s+than|lower\s+than|short\s+of)\b`)
	pointsChangeRe = lazyre.New(`(?i)\b(by|up|down|` + changeVerbs + `)\s+((?:\d{1,2}(?:\.\d{1,2})?(?:\s*,\s*|,?\s+(?:and|or)\s+))*)(\d{1,2}(?:\.\d{1,2})?)(?:\s+(points?|pts?)|\s?(pts?))\b`)
	// pointsListedRe is a number of points listed after a change in
	// points, what is between them in pointsListGapRe: "… in London and
	// 2 pts". Group 1 is the number, 2 the points.
	pointsListedRe = lazyre.New(`(?i)\b(\d{1,2}(?:\.\d{1,2})?)\s?(points?|pts?)\b`)
	// nInMTimeRe follows the second number of "9 in 10 minutes": a time,
	// not a share.
	nInMTimeRe = lazyre.New(`(?i)^[ -](?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?|o'clock)\b`)
	// schoolYearAfterRe follows the second number of "one in five Year 6
	// children": a school year the share's people are in, no time.
	// Before, the share was lost as "one in five years", and "1 in 4
	// Year 6 children" read as a count of 4.
	schoolYearAfterRe = lazyre.New(`(?i)^ year\s+(?:1[0-3]|[1-9]|r)\b`)
	// moneyWordsRe is pounds named after the number: "1.2 billion
	// pounds", "40 pounds sterling". Groups: 1 a qualifier, 2 the
	// number, 3 its scale, 4 "sterling".
	moneyWordsRe = lazyre.New(`(?i)(` + qualifierRe + `)\b(` + numberRe + `)(\s?(?:bn|billion|m|million|k|thousand))?\s+pounds\b(\s+sterling\b)?`)
	// moneyRe is pounds by their sign or code; group 3 the scale,
	// "m", "bn", " million", "mn" or "mln", or "M" and "K" glued in
	// capitals ("£2.5M").
	moneyRe = lazyre.New(`(` + qualifierRe + `)(?:£\s?|GBP\s?)(` + numberRe + `)(\s?(?:bn|bln|billion|mn|mln|m|million|k|thousand)(?:\b|\d{1,3}\b)|[MK]\b)?`)
	// moneyNoteAfterRe is a number followed by a money note in brackets
	// stating its scale, as a table's header would: "4,500 (£000s)",
	// "£4,500 (£'000)", "4,500 (£ thousands)". Groups: 1 a qualifier, 2
	// the number, 3 the note.
	// moneyNoteRe is a money note in brackets: "(£000s)", "(£'000)".
	moneyNoteRe = lazyre.New(`\(\s*£` + measure.MoneyScaleWords + `\s*\)`)
	// moneyNoteSubjectRe is a money note in brackets right after the
	// measure of money it scales: "Spending (£000s)", "Total
	// expenditure (£m)", "Grant (£000s)": the money words are
	// measure.MoneyWords, a table header's. Group 1 is the note.
	// Money per one of something too, "Spending per head (£000s) was
	// 1.2": the note is the clause's, on the value as much as one after
	// it, so it scales the value (£1,200 a head), as the README's rule for
	// a note written on the value does; only a caption's note over a
	// column of money per person stays unscaled.
	// A period may stand between the measure and its note, "Spending in
	// 2023 (£m) was 45.2", "Budgets for 2023/24 (£000s):", "Spending in
	// Q1 2024 (£000s) was": the note is still the measure's, never the
	// year's (hostile check 60: 2023 was read as the sum, £2,023m).
	// The note makes the measure money whatever its words: "Staff
	// (£000s) were 1,200" is £1.2m on staff, and "Spending per pupil (£)
	// was 6,100" £6,100 a pupil (hostile check 60: both were counts).
	moneyNoteSubjectRe = lazyre.New(`(?i)\b[a-z][\w'’-]*(?:\s+per\s+[a-z]+)?` + moneyNotePeriodRe + `\s*(\(\s*£(?:` + measure.MoneyScaleWords + `)?\s*\))`)
	// moneyYearBeforeNoteRe is a year and its stroke just before the
	// number a money note follows: "2023/" of "2023/24 (£000s)".
	moneyYearBeforeNoteRe = lazyre.New(`(?:19|20)\d{2}\s?[/–-]\s?$`)
	// moneyNoteValueRe is the value a money note's measure is given
	// next: " in 2023 was 4,500", " for 2023/24 totalled 1,200". Group 1
	// is the number.
	// A place may name whose it is ("in Kent was 4,500"), and a change
	// from it open the clause ("rose from 40.1 in 2022 to 45.2", "went up
	// from 40.1", and "rose by 5.1 from 40.1 to 45.2", the change first).
	moneyNoteValueRe = lazyre.New(`^(?:\s+(?:in|for|during)\s+(?:(?:(?:Q[1-4]|quarter\s+[1-4])\s+)?(?:19|20)\d{2}(?:\s?[/–-]\s?\d{2,4})?|the\s+year))?(?:\s+(?:in|for)\s+` + measure.ListedName + `)?\s+(?:was|were|is|totalled|totaled|reached|stood\s+at|came\s+to|amounted\s+to|(?:rose|fell|grew|increased|decreased|dropped|went\s+up|went\s+down)\s+(?:from|by))\s+(?:around\s+|about\s+|some\s+|nearly\s+|almost\s+)?(` + numberRe + `)\b`)
	// unitWordAfterRe is a word after a number saying it is no sum of the
	// money note before it: "300 children", "45 per cent".
	unitWordAfterRe = lazyre.New(`(?i)^\s*(?:per\s?cent|percent|children|young|people|pupils|patients|families|referrals|staff|weeks?|months?|years?|days?|hours?|times|x\b|points?\b|pts?\b|pp\b)`)
	// moneyNoteColonRe is the value a money note's measure gives after a
	// colon, with the place it is of: ": 45.2", " by region: London
	// 4,500", or the label's year after the note: " 2023/24: 4,500"
	// (hostile check 63: a count of 4,500). Group 1 is the number.
	moneyNoteColonRe = lazyre.New(`^(?:\s+by\s+[a-z]+(?:\s+[a-z]+)?)?(?:\s+(?:(?:in|for)\s+)?` + labelYearRe + `)?\s*:\s*(?:` + measure.ListedName + `\s+)?(` + numberRe + `)\b`)
	// moneyNoteToRe is the value a rise or fall from the first reached:
	// " to 45.2" in "rose from 40.1 to 45.2 between 2022 and 2023". Group
	// 1 is the number.
	moneyNoteToRe = lazyre.New(`^\s+to\s+(?:around\s+|about\s+|some\s+|nearly\s+|almost\s+)?(` + numberRe + `)\b`)
	// moneyListEndRe is what may follow a bare sum a money note's clause
	// lists: the sentence's or clause's end, its year, place or the next
	// value ("4,500 in 2023", "4,500 and", "3.1 on 2022"), never a noun.
	moneyListEndRe = lazyre.New(`^(?:\s*$|\s*[,.;:)–—]|\s+\((?:19|20)\d{2}(?:[/–-]\d{2,4})?\)|\s+(?:in|for|during|on|and|or|but|compared|against|than|from|to|up|down|while|respectively|a\s+year|each\s+year)\b)`)
	// moneyNoteNextRe is a further value a money note's clause lists
	// after the last one it scaled: " in 2023 and 4,200", " and the North
	// West 3,200", ", up 3.1". Group 1 is the number.
	// " (2023) and 40.1", " in 2022 to 45.2", ", of which 1,200", " on
	// staff and 300", "; Medway 1,200" (a semicolon only before a place),
	// past a share of it, "in 2023, 12% of the budget, and 4,200", too.
	// A prior year's value in brackets, "4,500 (2022: 4,200)", is its
	// sum too (hostile check 60: a count once the sentence was read).
	// The parts of the sum and what it is set against too (hostile check
	// 60: each a count of the word after it): "; of this, 1,200", ",
	// including 1,200", ": 1,200 on staff and 3,300", ", of which staff
	// costs were 1,200", ", with 1,200", " went to Kent and 300", "
	// against a budget of 4,200"; and sums by place or after a verb of
	// change: " in Kent, 1,200", " and in Medway 1,200", " and rose to
	// 45.2", " from 40.1", ", up 12% and 5.1".
	moneyNoteNextRe = lazyre.New(`^` + moneyValueTailRe + `(?:\s*,\s*\d+(?:\.\d+)?%\s+of\s+(?:the\s+|its\s+)?[a-z]+(?:\s+[a-z]+)?|\s*,\s*(?:up|down)\s+(?:by\s+)?\d+(?:\.\d+)?%)?(?:\s*[,;:]\s*|\s+\((?:19|20)\d{2}(?:[/–-]\d{2,4})?:\s*|\s+)(?:(?:and|or|but|to|from|of\s+which|of\s+(?:this|that)\s*,|including|with|against|compared\s+with)\s+)?(?:(?:in|for)\s+` + measure.ClausePlaceName + `,?\s+)?(?:` + moneyNextVerbRe + `\s+)?(?:(?:up|down|rising|falling|up\s+by|down\s+by|up\s+from|down\s+from|(?:a|an)\s+(?:rise|fall|increase|decrease|drop|change)\s+of)\s+)?(?:` + timeLabelPairRe + `\s+|` + measure.ListedName + `:?\s+)?(` + numberRe + `)\b`)
	// partOfSumRe is the words that give a part of the sum before them:
	// "; of this, 1,200 was on staff", ", of which 1,200 went to Kent",
	// ", including 1,200", ", with 1,200 spent on staff".
	partOfSumRe = lazyre.New(`\b(?:of\s+(?:this|which|that)|including|with)\b`)
	// withBeforeRe ends the text before a part of a sum given by "with",
	// which must say where it went: ", with 1,200 spent on staff" is
	// money, ", with 300 on waiting lists" counts people.
	// "compared with 4,200" is no part.
	withBeforeRe = lazyre.New(`(?:^|,)\s*with\s+$`)
	// partVerbAfterRe is the verb after a part of a sum saying where it
	// went: " was on staff", " went to Kent", " spent on staff".
	partVerbAfterRe = lazyre.New(`^\s+(?:was|were|went|spent)\b`)
	// placeBeforeRe is a place's name alone before a listed value:
	// " Medway " in "; Medway 1,200".
	// "; in Medway, " too (hostile check 62: 1,200 was a count).
	// "; Medway: 1,200" too, a place's label pair after a money label's
	// (hostile check 63: a count measuring "medway"), unless the label
	// counts people (countingLabel): "; Staff: 45".
	// "; in Medway and Swale, " too (hostile check 63: a count).
	placeBeforeRe = lazyre.New(`^\s*(?:in\s+` + measure.ClausePlaceName + `,?|` + measure.ListedName + `[,:]?)\s+$`)
	// timeLabelGapRe is a label pair's label of another time alone before
	// a listed value, "; 2022/23: 4,200", "; previous year: 2.9"
	// (timeLabelPairRe): a sum of that time (hostile check 64: lost).
	timeLabelGapRe = lazyre.New(`^\s*` + timeLabelPairRe + `\s+$`)
	// moneyNoteBareRe is a money note of thousands with no brackets,
	// "£000s", "£'000", "£ 000": no sum, as no one writes £0 so.
	moneyNoteBareRe  = lazyre.New(`£\s?(?:['’]\s?)?000s?`)
	moneyNoteAfterRe = lazyre.New(`(` + qualifierRe + `)(?:£\s?)?\b(` + numberRe + `)\s?(\(\s*£(?:` + measure.MoneyScaleWords + `)?\s*\))`)
	// durationRe is a duration, its number and unit: "18 weeks", "a 20-week
	// limit", and one written with a plus, "52+ weeks" (the limit a wait
	// is held against, as "over 52 weeks" is).
	durationRe = lazyre.New(`(` + qualifierRe + `)\b(` + numberRe + `)(?:\+ |[ -])(?:working |calendar |school |clear |full )?(weeks?|months?|years?|days?|hours?|minutes?|mins?)\b`)
	// fractions, percents and durations are fracRe, percentRe and
	// durationRe, tried only at the words that can open them.
	fractions = newWordStartRe(fracRe, "AaOoTtFfHh")
	percents  = newWordStartRe(percentRe, "0123456789")
	durations = newWordStartRe(durationRe, "0123456789")
	// A range is one figure: "10-15 years", "2–3%", "between 70 and 90%",
	// "from 12 to 18 months", "£2-3 billion".
	rangeRe = lazyre.New(`(£\s?)?\b(` + numberRe + `)(\s?(?:bn|billion|m|million|k)\b)?(\s?%|\s?per ?cent\b)?\s?(-|–|—|\bto\b|\band\b|\bor\b)\s?(£\s?)?(` + numberRe + `)(?:(\s?%|\s?per ?cent\b|\s?percentage[ -]points?\b|\s?(?i:pp|ppts?)\b)|\s?(bn|billion|m|million|k)\b|[ -](?:working |calendar |school )?(weeks?|months?|years?|days?|hours?|minutes?|mins?)\b)?`)
	// Rates: "12.5 per 100,000", "3 per 1,000 live births".
	// A noun may stand between the rate and its base ("1,900 incidents
	// per 1,000 children"), and a rate may be a range ("1 to 2 per 1,000").
	// So may the people in care or on a plan a rate counts, "62 children
	// in care per 10,000" (hostile check 66: a count of 62 children).
	rateRe = lazyre.New(`\b(?:(` + numberRe + `)\s?(?:-|–|\bto\b)\s?)?(` + numberRe + `)\s+(?:([a-z]+)(?:\s+(?:in|on|with|under|subject\s+to)(?:\s+[a-z-]+){1,3}?)?\s+)?(?:per|for\s+every)\s+(?:100,000|100 000|100000|10,000|10 000|10000|1,000|1 000|1000|100|thousand|million|hundred thousand)\b`)
	// caseloadRe is a ratio of people to a worker: "480 children per WTE",
	// "2,100 patients per GP", "an average of 38 cases per social worker".
	// A caseload, a rate like one per 10,000, not a count of the people.
	caseloadRe = lazyre.New(`\b(` + numberRe + `)\s+(?:([a-z]+)\s+)?per\s+(?:(?:full|whole)[- ]time\s+)?(?:WTE|FTE|(?i:whole[- ]time\s+equivalent|full[- ]time\s+equivalent|(?:health\s+visitor|school\s+nurse|nurse|(?:social\s+)?worker|practitioner|clinician|therapist|consultant|paediatrician|psychiatrist|psychologist|member\s+of\s+staff|staff\s+member)s?)|GPs?)\b`)
	// bareCaseloadRe is a caseload's size named after "caseloads" with
	// no noun: "held caseloads above 500", "caseloads of over 600".
	// Group 1 the number.
	bareCaseloadRe = lazyre.New(`(?i)\bcaseloads?\s+(?:of\s+)?(?:above|over|exceeding|of\s+more\s+than|more\s+than|greater\s+than)\s+(\d{2,3}(?:,\d{3})?)\b`)
	// caseloadEveryRe is caseloadRe's ratio with its worker after "for
	// every", "for each", "to one" or "to each": "18 children for every
	// nurse", "250 children to one health visitor". The people's word is
	// needed (group 2): "one for every 2,500" is read elsewhere.
	caseloadEveryRe = lazyre.New(`\b(` + numberRe + `)\s+([a-z]+)\s+(?:for\s+(?:every|each)|to\s+(?:one|each))\s+(?:(?:full|whole)[- ]time\s+)?(?:WTE|FTE|(?i:whole[- ]time\s+equivalent|full[- ]time\s+equivalent|(?:health\s+visitor|school\s+nurse|nurse|(?:social\s+)?worker|practitioner|clinician|therapist|consultant|paediatrician|psychiatrist|psychologist|member\s+of\s+staff|staff\s+member)s?)|GPs?)\b`)
	// Ratios: "twice as likely", "three times as likely", "2.5 times more
	// likely", "four times higher", "a threefold rise", "1.8 times their
	// 2019 level", "1.6 times its pre-pandemic level".
	// oneForEveryRe is a ratio of people to one worker or place written
	// the other way round: "one school nurse for every 4,000 pupils", "1
	// for every 2,500", "one nurse per 4,600 pupils", "one nurse to every
	// 3,000 pupils", "one school nurse to 2,600 pupils". Groups: 1 the
	// words between the one and "for every", "to every", "per" or "to",
	// 2 the people counted to the one, 3 the noun after them. Pasted
	// apart as "4,000 pupils" it was a false count, and its "one" a count
	// of 1. The noun may be hyphenated, "500 under-fives", read whole
	// (hostile check 64: "one health visitor for every 500 under"), or an
	// age group in two words, "500 under 5s", "500 under fives" (hostile
	// check 65).
	oneForEveryRe = lazyre.New(`(?i)\b(?:one|1|a|an)\s+((?:[a-z][a-z-]*\s+){0,4}?)(?:(?:for|to)\s+every|per|to)\s+(` + numberRe + `)(?:\s+(?:or\s+so\s+)?(under\s+(?:\d{1,2}['’]?s|(?:twos|threes|fours|fives|sevens|eights|nines|tens|elevens|twelves|eighteens))\b|[a-z]+(?:-(?:[a-z]+|\d{1,2}['’]?s))*))?`)
	// ratioOfRe is a ratio named before its value, people to one worker:
	// "the ratio of pupils to school nurses was 4,000 to 1", "... is
	// 2,100:1", "the pupil to nurse ratio was 2,600:1". Groups: 1 the
	// value. Its text runs from "ratio" (or the people's word before "to
	// ... ratio") to the one, so measure.ratioMeasure reads "pupils per
	// school nurse" from it.
	ratioOfRe = lazyre.New(`(?i)\b(?:ratio\s+of\s+[a-z]+\s+to\s+(?:[a-z][a-z-]*\s+){0,3}?[a-z]+|[a-z]+[- ]to[- ](?:[a-z]+[- ]){0,2}?[a-z]+\s+ratio)\s+(?:was|is|stood\s+at|of)\s+(?:around\s+|about\s+)?(` + numberRe + `)\s*(?:to\s+|:\s*)(?:one|1)\b`)
	// ratioToOneRe is a value of a ratio named before it, to one: the
	// "2,200:1" of "the ratio rose from 2,200:1 to 2,600:1". Groups: 1
	// the value.
	ratioToOneRe = lazyre.New(`(` + numberRe + `)\s*:\s*1\b`)
	// eachCoversRe is a ratio told of each worker: "each school nurse
	// covers 2,600 pupils", "every health visitor looks after 480
	// children". Groups: 1 the value. Its text runs from "each" to the
	// people, so measure.ratioMeasure reads "pupils per school nurse"
	// from it, keyed as "one school nurse for every 2,600 pupils" is.
	eachCoversRe = lazyre.New(`(?i)\b(?:each|every)\s+(?:[a-z][a-z-]*\s+){0,3}?[a-z]+\s+(?:covers|covered|serves|served|looks\s+after|looked\s+after|is\s+responsible\s+for|was\s+responsible\s+for)\s+(?:around\s+|about\s+|roughly\s+|an\s+average\s+of\s+)?(` + numberRe + `)\s+(?:` + peopleNouns + `)\b`)
	ratioRe      = lazyre.New(`(?i)\b(twice|half|(?:((?:` + numberRe + `|` + smallWordRe + `)(?:\s+and\s+a\s+half)?)\s+times))\s+(as|more|less|higher|greater|larger|lower|bigger|smaller|the|those|that|what|their|its|our|pre-pandemic)\b`)
	// ratioExactRe is the exact ratio in brackets after one in words:
	// "almost four times as likely (3.7)", "(3.7 times)".
	ratioExactRe = lazyre.New(`^\s?\((\d{1,3}(?:\.\d{1,2})?)(?:\s?(?:times|x|×))?\)`)
	foldRe       = lazyre.New(`(?i)\b(` + numberRe + `|two|three|four|five|six|seven|eight|nine|ten)[- ]?fold\b`)
	// "from 164 to 391 a year": two counts with nothing after either.
	fromToRe = lazyre.New(`(?i)\bfrom\s+(` + numberRe + `)\s+to\s+(` + numberRe + `)\b`)
	// fromPeriodToRe is a change whose ends are each dated: "from 920 in
	// 2020/21 to 2,640", "from 40 children in September 2023 to 65".
	// Groups: 1 the earlier value, 2 the level.
	fromPeriodToRe = lazyre.New(`(?i)\bfrom\s+(` + numberRe + `)(?:\s+[a-z][a-z-]*)?\s+in\s+(?:(?:january|february|march|april|may|june|july|august|september|october|november|december|q[1-4])\s+)?(?:19|20)\d{2}(?:\s?[/–-]\s?\d{2,4})?\s+to\s+(` + numberRe + `)\b`)
	// comparedRateRe is a bare number compared with a rate after it: "312
	// against 108 per 100,000", "41 compared with 29 per 1,000". Group 1
	// is the first rate.
	comparedRateRe = lazyre.New(`(?i)(?:^|[\s(\[])(` + numberRe + `)\s+(?:against|compared\s+(?:with|to)|versus|vs\.?)\s+$`)
	// fromRateRe ends with the first of two rates of a change: "from 26.7
	// to" before "66.4 per 10,000".
	fromRateRe = lazyre.New(`(?i)\bfrom\s+(` + numberRe + `)\s+to\s+$`)
	// "(n=60)", "n = 1,204": the base of a survey.
	nEqualsRe = lazyre.New(`\b[nN]\s?=\s?(` + numberRe + `)`)

	wordNumbers = map[string]float64{"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "twice": 2, "half": 0.5}
	monthNames  = lazyre.New(`^\s*(?i:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b`)
	// notCountAfter ends with what makes the number after it no count:
	// "Figure 3", "aged 15", "questions 2, 4 and", "§". notCountBefore
	// says the same without running it.
	// A capital "Ask" is a numbered ask's label ("Ask 3 reallocates
	// ..."), a paper's own as "Recommendation 3" is; "we ask 12 schools"
	// counts the schools.
	notCountAfter = lazyre.New(`(?i)(?:\b(?:` + strings.Join(notCountWords, "|") + `)|(?-i:\bAsk)|` + notCountRanges + `|[-/–]` +
		`|` + notCountParts + `|` + notCountChoice + `|§)\s*$`)
	// notCountNumbered is notCountAfter's numbered ranges and parts alone.
	notCountNumbered = lazyre.New(`(?i)(?:` + notCountRanges + `|` + notCountParts + `)\s*$`)
	// notCountChosen is notCountAfter's design of a question alone.
	notCountChosen = lazyre.New(`(?i)(?:` + notCountChoice + `)\s*$`)
	rangeAfter     = lazyre.New(`^\s?[-–]\s?\d`)
	// yearNamedRe ends with a year that a determiner names ("Last year
	// 1,240 families", "At the end of the year 1,960 children"): the
	// number after it is not a school year group ("Year 6").
	// Year groups run to 13 and are written with a capital.
	// yearOpenerRe ends with a time opener naming a year: "Last year ",
	// "this year ", "In the past year ": the number after it counts.
	yearOpenerRe = newEndRe(lazyre.New(`\b(?i:last|this|next|past|previous)\s+year\s+$`))
	yearNamedRe  = newEndRe(lazyre.New(`\b(?i:last|this|next|that|each|every|per|a|the|same|previous|financial|calendar|recent|past|coming|following|whole|full|first|second|third|final|opening)\s+years?\s*$`))
	// yearGroupListRe ends with a year group and a joining word: "Years 5
	// and" before the 6 of "Years 5 and 6". A number after it that no
	// year group can be ("1,187 children in Year 6 and 402 in Reception")
	// is no year group.
	// yearGroupNounRe opens with a school year group before the noun a
	// count counts: "Year 6 pupils", "Years 10 and 11 students".
	yearGroupNounRe = lazyre.New(`^Years?\s+(?:[1-9]|1[0-3])(?:\s*(?:and|to|-|–)\s*(?:[1-9]|1[0-3]))?\s+()(?:pupils|children|students|girls|boys|learners|young\s+people)\b`)
	yearGroupListRe = newEndRe(lazyre.New(`(?i)\byears?\s+\d{1,2}\s*(?:or|and|to|-|–)\s*$`))
	// ofThoseRe ends with the group a count is drawn from, with no noun
	// after the count: "Of those, 28 said...".
	ofThoseRe = newEndRe(lazyre.New(`(?:^|[.;]\s*)of\s+(?:those|these|them|whom|the\s+\w+)\s*,\s*$`))
	// ageBefore ends with the words before an age: "turn 18", "until 19",
	// "reaching 25"; only numbers an age can be are read as one.
	// "young adults up to 25" and "people aged up to 19" bound an age.
	ageBefore = newEndRe(lazyre.New(`(?i)\b(?:until|till|turn|turns|turned|turning|reach|reaches|reached|reaching|is now|was now|aged over|aged under|(?:adults|people|persons|children|youngsters|aged)\s+up\s+to)\s*$`))
	// A duration that dates something rather than measuring it: "two years
	// ago", "over the next 10 years", "in the past 12 months", "rose in two
	// years".
	periodBefore = newEndRe(lazyre.New(`(?i)\b(?:next|last|past|coming|previous|recent|first|following|final|in(?:\s+the)?)\s*$`))
	// "six weeks after birth" places a moment in a life, as an age does.
	// "up from 4 days two years before." dates the earlier value, as
	// "earlier" does; "two years before being seen" is a wait.
	periodAfter = lazyre.New(`(?i)^\s*(?:(?:ago|since|later|earlier|into|on from|from now|time|ending|ended|of birth|of age|old)\b|before(?:\s*$|\s*[.;,)!?]|\s+(?:that|then)\b)|to\s+(?:the\s+end\s+of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|\d)|after\s+(?:the\s+)?(?:birth|pregnancy|delivery|childbirth|giving\s+birth|being\s+born)\b)`)
	// gapThanRe follows a gap between two groups: "diagnosed 2.3 years
	// later than boys" measures how much later, where "two years later"
	// alone dates what follows.
	gapThanRe = lazyre.New(`(?i)^\s*(?:later|earlier)\s+than\b`)
	// endOfChangeRe follows the first duration of a change ("from 14 weeks
	// to 31 weeks") or the last, dated from a year ("grown to 31 weeks
	// since 2022"): waits compared, not a period "to 31 March" or "since
	// the referral". It also follows a limit on a wait ("the 20-week time
	// limit"), which is no "in six weeks' time".
	endOfChangeRe = lazyre.New(`^\s*(?:time\s+(?:limits?|frames?|standards?|targets?)\b|to\s+(?:around\s+|about\s+|almost\s+|nearly\s+|over\s+|more\s+than\s+)?\d[\d.,]*\s*(?:weeks?|months?|years?|days?)\b|to\s+\d{1,3}(?:\.\d+)?(?:\s*$|\s*[.;,)]|\s+(?:and|but|while)\b)|since\s+(?:19|20)\d\d(?:[/-]\d\d)?\b(?:\s*$|\s*[.;,)]|\s+(?:and|but|when|while|in|for|across)\b))`)
	// scheduleBefore ends with a promise of when the next event will come:
	// "the next inspection will be within", "the next review is due in".
	// The duration is a timetable, not a finding.
	scheduleBefore = newEndRe(lazyre.New(`(?i)\bnext\b[^.;]{0,60}\b(?:will|is\s+due|are\s+due|is\s+expected|are\s+expected|is\s+planned|are\s+planned)\b[^.;]{0,40}\b(?:within|in|after|every)\s+(?:[a-z]+\s+)?$`))
	// ageChainBefore ends with an age at which something is measured and
	// the joining word of a list of them: "measured at 24 months or".
	// The first age may leave its unit to the last: "at two and five years".
	ageChainBefore = lazyre.New(`(?i)\bat\s+(?:\d{1,2}|` + smallAge + `)(?:[- ](?:months?|years?|weeks?))?(?:\s*,\s*(?:\d{1,2}|` + smallAge + `)(?:[- ](?:months?|years?))?)*\s*(?:,|or|and)\s*$`)
	// yearsAfterRe: "Ten years after the Act" dates the Act.
	yearsAfterRe = lazyre.New(`(?i)^\s*(?:after|on)\b`)
	// ratioVerbRe: "have doubled", "more than tripled", "roughly doubles",
	// "is doubling", "halves", and the bare word after a hedge: "almost
	// double the number".
	ratioVerbRe = lazyre.New(`(?i)\b((doubl|tripl|trebl|quadrupl|halv)(?:ed|es|ing)|(doubl|tripl|trebl|quadrupl|halv)e)\b`)
)

// Figures finds the figures in a sentence, in order, at most MaxFigures. It
// reads percentages (in digits or words, "Eighty-two per cent"), "nine in
// 10" ratios, fractions ("a third", "three quarters (76%)"), money,
// durations, ranges ("10-15 years", "between 70 and 90%"), rates ("12.5 per
// 100,000"), multiples ("twice as likely") and counts (in digits or words,
// and a count that ends its clause). It ignores years, financial years,
// dates, times, act names, list and footnote numbers, codes such as
// Core20PLUS5, named plans, ages and age bands, phone numbers, addresses
// and reading times. A count that is the base of a percentage in the same
// sentence ("our survey of 60 young people found that 58%") is marked as
// the base, and the percentage as the headline.
func Figures(s string) []evidence.Figure {
	if asksForNumbers(s) {
		return nil
	}
	written := s
	s, through := readable(s)
	s, at := dropMarkers(s)
	at = composeAt(through, at)
	figs := dropNamedStandards(s, dropUnachievedComparators(s, dropPriorValues(s, readFigures(s))))
	signed(s, figs)
	plusHedged(s, figs)
	if at == nil {
		if s != written {
			rewrapped(figs, written)
		}
		return figs
	}
	// A figure is the text as written: a marker left out is in it again
	// ("1,200[^4] referrals"), and so is an invisible character read
	// through ("4\u200b0%"), at the written bytes.
	for i := range figs {
		a, b := writtenSpan(written, s, at, figs[i].Offset, figs[i].Offset+len(figs[i].Text))
		figs[i].Offset = a
		figs[i].Text = written[a:b]
	}
	return figs
}

// dropMarkers leaves out each note set after a number (evidence's
// NumberNotes: "1,200[^4] referrals", "950† children", "1,010 (a)
// children", "2,000 (1,800) children"), with the space that set it apart,
// so the number is read with the noun or unit after it as it would be
// without the note: between them, the marker hid the noun and the count
// was no figure, and as blanks it still parted a number from its unit
// ("£300 (a) million" read £300, "18 (a) weeks" and "45 (a) per cent" no
// figure). Emphasis closing after a number and the spaces grouping its
// thousands are left out with them. at[i] is the written byte of the read
// byte i, nil when nothing was left out.
func dropMarkers(s string) (string, []int) {
	ms := evidence.NumberNotes(s)
	if es := emphasisClosers(s); es != nil {
		ms = append(ms, es...)
	}
	if ss := spacedThousands(s); ss != nil {
		ms = append(ms, ss...)
	}
	sort.Slice(ms, func(i, j int) bool { return ms[i].Start < ms[j].Start })
	return dropSpans(s, ms)
}

// numberAt is the end of a number in digits ("1,800", "12.5") opening at
// i of s, or i when none does.
func numberAt(s string, i int) int {
	j := i
	for j < len(s) && (isDigit(s[j]) || (s[j] == ',' || s[j] == '.') && j > i && j+1 < len(s) && isDigit(s[j+1])) {
		j++
	}
	return j
}

// dropPriorValues leaves out a figure in brackets of its own right after
// a figure of its unit, or with none of its own: the "(1,800)" of "2,000
// children (1,800)", the "(43%)" of "45% (43%)". Such a bracket is an
// earlier value, of a year it does not say, set beside the figure before
// it; read as a figure, it took the sentence's year. "41 (72%)", a count
// and its share, keeps both, and so does "1,200 (n=4,000) children", a
// count and its sample.
func dropPriorValues(s string, figs []evidence.Figure) []evidence.Figure {
	out := figs[:0]
	for i, f := range figs {
		if i > 0 {
			p, a, b := figs[i-1], f.Offset, f.Offset+len(f.Text)
			if a >= 2 && b < len(s) && s[a-2:a] == " (" && s[b] == ')' && p.Offset+len(p.Text) == a-2 &&
				(f.Unit == p.Unit || numberAt(s, a) == b) && !isYearNumber(f.Text) && !nEqualsRe.MatchString(f.Text) {
				if statesRoundedExactly(p, f) {
					// "less than 1% (0.93%)": the bracket states
					// exactly what the hedged words round.
					out[len(out)-1] = f
				}
				continue
			}
		}
		out = append(out, f)
	}
	return out
}

// statesRoundedExactly reports a bracketed figure f that states exactly
// the hedged, rounded figure p before it: "less than 1% (0.93%)", "around
// 40% (41.3%)". The bracket is written with a decimal the rounded figure
// lacks and lies within its rounding (1 point, or a tenth of the value),
// so it is the same value, not an earlier one beside it ("about 45%
// (43%)" stays the earlier value's bracket).
func statesRoundedExactly(p, f evidence.Figure) bool {
	if p.Qualifier == "" || p.Unit != f.Unit || p.Low != 0 || p.High != 0 || f.Low != 0 || f.High != 0 {
		return false
	}
	if !strings.Contains(f.Text, ".") || strings.Contains(strings.TrimPrefix(p.Text, p.Qualifier), ".") {
		return false
	}
	return math.Abs(p.Value-f.Value) <= math.Max(1, p.Value/10)
}

// dropSpans is s without the markers ms (in order), a bracketed one with
// the space that set it apart, and at, the written byte of each byte
// left; s and nil when ms is empty.
func dropSpans(s string, ms []evidence.Marker) (string, []int) {
	if ms == nil {
		return s, nil
	}
	b := make([]byte, 0, len(s))
	at := make([]int, 0, len(s))
	last := 0
	for _, m := range ms {
		start := m.Start
		if start > last && s[start-1] == ' ' && (s[start] == '(' || s[start] == '[') {
			start--
		}
		for i := last; i < start; i++ {
			b = append(b, s[i])
			at = append(at, i)
		}
		last = m.End
	}
	for i := last; i < len(s); i++ {
		b = append(b, s[i])
		at = append(at, i)
	}
	return string(b), at
}

// emphasisClosers are the Markdown emphasis marks around a number, the
// ones closing it and the ones opening it: both "*" of "*640* children",
// "**45%**". They are no note marker, but left in they parted a count from
// its noun and the count was no figure.
func emphasisClosers(s string) []evidence.Marker {
	var out []evidence.Marker
	for i := 1; i < len(s); i++ {
		if c := s[i]; c != '*' && c != '_' || !isDigit(s[i-1]) && s[i-1] != '%' {
			continue
		}
		j := i
		for j > 0 && (isDigit(s[j-1]) || strings.IndexByte(",.%", s[j-1]) >= 0) {
			j--
		}
		if strings.HasSuffix(s[:j], "£") {
			j -= len("£")
		}
		n := 0
		for n < 2 && j-n > 0 && s[j-n-1] == s[i] {
			n++
		}
		if n == 0 || i+n > len(s) || strings.Count(s[i:i+n], s[i:i+1]) != n || i+n < len(s) && s[i+n] == s[i] {
			continue
		}
		// The opening mark goes too: "_640" is a word to the reader, as
		// "_" joins words, and "We saw _640_ children" had no figure.
		out = append(out, evidence.Marker{Start: j - n, End: j}, evidence.Marker{Start: i, End: i + n})
		i += n - 1
	}
	return out
}

// readFigures is Figures on a sentence whose markers are left out.
func readFigures(s string) []evidence.Figure {
	r := reader{s: s, lower: lazyre.ASCIILower(s)}
	r.f = scan(r.lower)
	if !r.f.digit && !r.f.numWord && !r.f.fraction && !strings.Contains(s, "£") && !hasRatioVerb(r.lower) &&
		!(mayHoldDuration(r.lower) && (strings.Contains(r.lower, "a ") || strings.Contains(r.lower, "an "))) {
		return nil
	}
	r.taken = make([]bool, len(s)+1)
	r.read()
	r.readJudgedCounts()
	sort.Slice(r.figs, func(i, j int) bool { return r.figs[i].Offset < r.figs[j].Offset })
	if len(r.figs) > 1 {
		r.join()
	}
	if len(r.figs) > MaxFigures {
		r.figs = r.figs[:MaxFigures]
	}
	if len(r.figs) > 0 && (strings.Contains(r.lower, " and ") || strings.Contains(r.lower, " or ")) {
		r.shareUnits()
	}
	markRoles(r.lower, r.figs)
	unmarkPlaceGaps(r.s, r.figs)
	markThresholds(r.lower, r.figs)
	markChangeTargets(r.lower, r.figs)
	markRatioHeadlines(r.lower, r.figs)
	markShareBars(r.lower, r.figs)
	headlineOverPrevious(r.lower, r.figs)
	markAsideParts(r.lower, r.figs)
	markSharesOfCounts(r.lower, r.figs)
	return r.figs
}

// shareUnits reads a bare number joined by "and" or "or" to a percentage
// after it as a percentage too, the unit written once for both: "up 2.4
// and 2.1 percentage points", "rose by three and four per cent". A range
// ("between 4 and 6%") is read before this as one figure, and a number
// that is not countable (a year, "Year 9 and 10%") is left alone.
//
// Counts listed before the one that names their noun are counts of it:
// "In Kent, Sussex and Surrey, 300, 200 and 100 children respectively
// were referred" (hostile check 60: the 300 and 200 were left in the
// measure). A count takes its list only of three or more, or with
// "respectively" after it: "aged 5 and 100 children" lists nothing. So
// does a time in weeks, months or years: "fell by 3 and 2 weeks
// respectively" (hostile check 62: the 3 was left in the measure).
func (r *reader) shareUnits() {
	n := len(r.figs)
	for k := 0; k < n; k++ {
		f := r.figs[k]
		count := (f.Unit == evidence.UnitCount || f.Unit == evidence.UnitWeeks || f.Unit == evidence.UnitMonths || f.Unit == evidence.UnitYears) &&
			strings.Contains(strings.TrimSpace(f.Text), " ") ||
			// "45.2 and 38.1 per 100,000 respectively": a rate written
			// once for both (hostile check 64: the 45.2 was lost).
			f.Unit == evidence.UnitOther && strings.Contains(f.Text, " per ")
		if f.Qualifier != "" || f.IsRange() || !(f.Unit == evidence.UnitPercent || count ||
			f.Unit == evidence.UnitOther && measure.PercentagePoints(f.Text)) {
			continue
		}
		// "fell by 3, 2 and 1 percentage points": each number listed
		// before the joined one takes the unit too.
		var listed [][2]int
		var values []float64
		for re, to := sharedUnitRe, f.Offset; ; re = sharedListRe {
			a, b, v, ok := r.sharedNumber(re, to, f.Unit)
			if !ok {
				break
			}
			listed, values = append(listed, [2]int{a, b}), append(values, v)
			to = a
		}
		after := r.lower[min(len(r.lower), f.Offset+len(f.Text)):]
		respectively := measure.RespectivelyAfter(after) || measure.RespectivelyLead(r.s[:f.Offset])
		if count && len(listed) < 2 && !respectively {
			continue
		}
		// One number joined to a share of a group ("rose by 1 and 45% of
		// children waited", "the median wait was 12 and 45% of pupils")
		// opens a clause of its own after "and", and so does one set off
		// by a comma ("rose by +1, and 45% ..."): the per cent is the
		// second clause's alone (hostile check 90, A6: a score's change
		// read as 1% and made the headline). A list of three, or
		// "respectively", still shares it ("30 and 45% of boys and girls
		// respectively").
		if len(listed) == 1 && !respectively && f.Unit == evidence.UnitPercent &&
			(strings.HasPrefix(after, " of ") || strings.Contains(r.lower[listed[0][1]:f.Offset], ",")) {
			continue
		}
		for i, ab := range listed {
			r.addFigure(ab[0], ab[1], evidence.Figure{Value: values[i], Unit: f.Unit})
		}
	}
	if len(r.figs) > n {
		sort.Slice(r.figs, func(i, j int) bool { return r.figs[i].Offset < r.figs[j].Offset })
	}
}

// sharedUnitRe ends with a bare number and the "and" or "or" joining it to
// the figure after: "up 2.4 and ", "three or ". sharedListRe ends with one
// listed before those, "by 3, ".
var (
	sharedUnitRe = lazyre.New(`(?:^|[^\w.,£])(\d{1,3}(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)(?:\s*,)?\s+(?:and|or)\s+$`)
	sharedListRe = lazyre.New(`(?:^|[^\w.,£])(\d{1,3}(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)\s*,\s+$`)
)

// sharedNumber reads the bare number that re ends with just before byte
// to, as a figure in unit u written once after it; ok is false where
// there is none, or it is no number to read (a year, a word taken, a
// percentage over 100, the low end of "between 4 and 6%").
func (r *reader) sharedNumber(re *lazyre.Regexp, to int, u evidence.Unit) (a, b int, v float64, ok bool) {
	lead := before(r.lower, to, 40)
	m := re.FindStringSubmatchIndex(lead)
	if m == nil {
		return 0, 0, 0, false
	}
	at := to - len(lead)
	a, b = at+m[2], at+m[3]
	if precededByLetter(r.s, a) || b < len(r.s) && r.s[b] == '.' {
		return 0, 0, 0, false
	}
	// A signed number ("rose by +1", "an NPS of -12") is a score or its
	// change, written with no unit of its own: no share (hostile check
	// 90, A6).
	if sign := strings.TrimRight(r.s[max(0, a-3):a], " "); strings.HasSuffix(sign, "+") || strings.HasSuffix(sign, "-") || strings.HasSuffix(sign, "−") {
		return 0, 0, 0, false
	}
	if endsWithAny(strings.TrimRight(before(r.lower, a, 12), " "), "between", "from") {
		return 0, 0, 0, false
	}
	if isDigit(r.s[a]) {
		if !r.countable(a, b) {
			return 0, 0, 0, false
		}
		v = parseNumber(r.s[a:b])
	} else {
		w, found := wordNumbers[r.lower[a:b]]
		if !found || w < 1 || !r.free(a, b) {
			return 0, 0, 0, false
		}
		v = w
	}
	if u == evidence.UnitPercent && v > 100 {
		return 0, 0, 0, false
	}
	return a, b, v, true
}

// reader holds one sentence while its figures are read.
type reader struct {
	s, lower string
	f        features
	taken    []bool // bytes already read as a figure or masked as not one
	figs     []evidence.Figure
}

func (r *reader) free(a, b int) bool {
	for i := a; i < b; i++ {
		if r.taken[i] {
			return false
		}
	}
	return true
}

// add records a figure over s[a:b] (a qualifier before a is taken in) when
// none of its bytes is taken; it reports whether it did.
func (r *reader) add(a, b int, value float64, unit evidence.Unit) bool {
	return r.addFigure(a, b, evidence.Figure{Value: value, Unit: unit})
}

func (r *reader) addFigure(a, b int, f evidence.Figure) bool {
	start, qual := qualifierBefore(r.s, a)
	shown := r.s[a:b]
	f.Value, f.Low, f.High = roundShown(f.Value, shown), roundShown(f.Low, shown), roundShown(f.High, shown)
	// A number no report states (or one that overflows when rounded)
	// is not a figure: found by FuzzExtract with a 300-digit number.
	for _, v := range []float64{f.Value, f.High} {
		if math.IsNaN(v) || math.IsInf(v, 0) || math.Abs(v) > maxFigure {
			return false
		}
	}
	if !r.free(start, b) || len(r.figs) >= 2*MaxFigures || numberFragment(r.s, a, b) {
		return false
	}
	for i := start; i < b; i++ {
		r.taken[i] = true
	}
	if qual == "" {
		qual = f.Qualifier // a hedge inside the figure's own text
	}
	f.Text, f.Qualifier, f.Offset = r.s[start:b], qual, start
	r.figs = append(r.figs, f)
	return true
}

// readPeriodEnds reads the ends of a change each dated by its period
// (fromPeriodToRe): "from 920 in 2020/21 to 2,640 in 2024/25" two counts,
// and "from 40 children in September 2023 to 65 this term" the level a
// count as its earlier value is. A bare end is read only beside a count:
// "from 11 in 2021 to 19 weeks in 2024" is a wait's.
func (r *reader) readPeriodEnds() {
	s := r.s
	for _, m := range fromPeriodToRe.FindAllStringSubmatchIndex(s, -1) {
		from := r.countable(m[2], m[3]) && !isYearNumber(s[m[2]:m[3]])
		to := r.countable(m[4], m[5]) && !isYearNumber(s[m[4]:m[5]]) && !nextWordIs(s, m[5], "weeks", "week", "months", "month", "years", "year", "days", "day", "hours", "per", "times")
		r.addChangeEnds(m, from, to)
	}
}

// addChangeEnds adds the ends of a change, m[2]:m[3] from and m[4]:m[5]
// to, as counts: both where both may be, else the one beside an end read
// as a count already. "…, from 612 to 574 children": the level was read
// first as a count of its own, and the earlier value is one too; "waiting
// from 1,320 to 870 in a year": the earlier value was read first, and the
// level is a count too. Before, the other end was lost.
func (r *reader) addChangeEnds(m []int, from, to bool) {
	s := r.s
	switch {
	case from && to:
		r.add(m[2], m[3], parseNumber(s[m[2]:m[3]]), evidence.UnitCount)
		r.add(m[4], m[5], parseNumber(s[m[4]:m[5]]), evidence.UnitCount)
	case from && r.countAt(m[4]):
		r.add(m[2], m[3], parseNumber(s[m[2]:m[3]]), evidence.UnitCount)
	case to && r.countAt(m[2]):
		r.add(m[4], m[5], parseNumber(s[m[4]:m[5]]), evidence.UnitCount)
	}
}

// betweenBareRe is a range of two bare numbers, "between 15 and 20 of
// the children", "between 4,100 and 4,500 by 2030": groups 1 and 2 its
// ends, 3 what follows.
var betweenBareRe = lazyre.New(`(?i)\bbetween\s+(` + numberRe + `)\s+and\s+(` + numberRe + `)(\s+(?:of\s+(?:the|them|those|these)|by|if)\b|\s*[.,;:]|\s*$)`)

// agedPeopleWords are the words before "between N and M" that make the
// range people's ages: "each child between 1 and 4", "pupils between 11
// and 16", "aged between 5 and 10".
var agedPeopleWords = map[string]bool{"child": true, "children": true, "pupil": true, "pupils": true, "baby": true, "babies": true,
	"infants": true, "people": true, "person": true, "adults": true, "girls": true, "boys": true, "students": true, "teenagers": true,
	"aged": true, "ages": true, "age": true, "those": true, "anyone": true, "everyone": true, "carers": true}

// lastWord is the last word of s, in the case s has.
func lastWord(s string) string {
	f := strings.Fields(s)
	if len(f) == 0 {
		return ""
	}
	return strings.Trim(f[len(f)-1], ",;:()\"'’”“")
}

// readBetweenBare reads "between 15 and 20 of the children" and "to
// reach between 4,100 and 4,500 by 2030" as one range, a count, as
// "between 15 and 20 children" is: the ends have no noun of their own,
// and the sentence's people are what they count. Before, the first end
// was lost or each end was a count of its own.
func (r *reader) readBetweenBare() {
	s := r.s
	for _, m := range betweenBareRe.FindAllStringSubmatchIndex(s, -1) {
		if !r.countable(m[2], m[3]) || !r.countable(m[4], m[5]) || isYearNumber(s[m[2]:m[3]]) || isYearNumber(s[m[4]:m[5]]) {
			continue
		}
		lo, hi := parseNumber(s[m[2]:m[3]]), parseNumber(s[m[4]:m[5]])
		if !(lo < hi) || strings.Contains(s[m[2]:m[5]], ".") {
			continue
		}
		if w := lastWord(r.lower[:m[0]]); agedPeopleWords[w] {
			continue // "for each child between 1 and 4": ages
		}
		r.addFigure(m[0], m[5], evidence.Figure{Value: lo, Low: lo, High: hi, Unit: evidence.UnitCount})
	}
}

// countAt reports a count already read whose number starts at i.
func (r *reader) countAt(i int) bool {
	for _, f := range r.figs {
		if f.Unit == evidence.UnitCount && f.Offset <= i && i < f.Offset+len(f.Text) {
			return i == f.Offset || !isDigit(r.s[i-1]) && r.s[i-1] != ',' && r.s[i-1] != '.'
		}
	}
	return false
}

// numberFragment reports a figure over s[a:b] whose number is the tail
// of a longer one written with a decimal comma or a stray separator:
// "12,5%" read from its "5%" was a figure of 5%; or its head, ending at a
// comma with fewer digits after it than a thousands group has (the
// number reader takes every whole group): "£1,2m" read from its "£1"
// was £1, a millionth of £1.2m or of £1,200 (hostile check 69).
func numberFragment(s string, a, b int) bool {
	i := a
	for i < b && !isDigit(s[i]) {
		i++
	}
	if i >= 2 && i < b && (s[i-1] == ',' || s[i-1] == '.') && isDigit(s[i-2]) {
		return true
	}
	return b+1 < len(s) && s[b] == ',' && isDigit(s[b-1]) && isDigit(s[b+1])
}

func (r *reader) read() {
	s, lower := r.s, r.lower
	maskNonFigures(s, lower, r.f, r.taken)
	hasFraction := r.f.fraction
	hasDigit := r.f.digit
	// "45pc", as newspapers write it, is 45 per cent (pcPercent).
	// "fell by 3pp" is a change in percentage points (pointsAbbrev).
	hasPercent := strings.Contains(s, "%") || strings.Contains(lower, "per cent") || strings.Contains(lower, "percent") || pcPercent(s) || pointsAbbrev(lower)
	// Most specific forms first; each claims its bytes. Each pattern runs
	// only when the sentence holds what it needs, which keeps extraction
	// fast on the many sentences with one figure or none.
	// "three quarters (76%)", "one in eight (12.8%)": the bracketed
	// percentage is the figure. Fractions and ratios are found once; those
	// without a bracket are read further down, after the digits.
	fracs := findAllAt(fractions, s, hasFraction)
	nInMs := findAll(nInMRe.Get(), s, r.f.nInM)
	for _, m := range findAll(oneNounInMRe.Get(), s, r.f.nInM) {
		if oneOfEvery(s, m) {
			nInMs = append(nInMs, m)
		}
	}
	if strings.Contains(s, "%") {
		for _, m := range append(fracs[:len(fracs):len(fracs)], nInMs...) {
			if b := bracketPercentRe.FindStringSubmatchIndex(s[m[1]:]); b != nil {
				r.add(m[0], m[1]+b[1], parseNumber(s[m[1]+b[2]:m[1]+b[3]]), evidence.UnitPercent)
			}
		}
	}
	if hasDigit && strings.Contains(s, "(") {
		// "Nearly half of parents (59) said": the bracket after the group
		// a share is of counts the share's people. "Almost half of the
		// hospices that replied (14 of 29)": the bracket states the share
		// exactly, its count and its base, and where the words only round
		// it (48%, "almost half"), as "three quarters (76%)" does, the
		// count and base are the figures and the words none; words as
		// exact as the bracket ("A third of families (29 of 87)") stay the
		// share.
		for k, m := range append(fracs[:len(fracs):len(fracs)], nInMs...) {
			if b := shareCountRe.FindStringSubmatchIndex(s[m[1]:]); b != nil && !isYearNumber(s[m[1]+b[2]:m[1]+b[3]]) {
				count := parseNumber(s[m[1]+b[2] : m[1]+b[3]])
				if r.add(m[1]+b[2], m[1]+b[3], count, evidence.UnitCount) && b[4] >= 0 {
					words := 0.0
					if k < len(fracs) {
						words = fractionWords[strings.ToLower(strings.ReplaceAll(s[m[4]:m[5]], "-", " "))]
					} else if d := wordOrNumber(s[m[8]:m[9]]); d > 0 {
						words = 100 * wordOrNumber(s[m[4]:m[5]]) / d
					}
					base := parseNumber(s[m[1]+b[4] : m[1]+b[5]])
					if r.add(m[1]+b[4], m[1]+b[5], base, evidence.UnitCount) && base > 0 && math.Abs(words-100*count/base) >= 0.5 {
						start, _ := qualifierBefore(s, m[0])
						for k := start; k < m[1]; k++ {
							r.taken[k] = true
						}
					}
				}
			}
		}
	}
	if r.f.digitRange {
		r.readRanges()
	}
	// Every base a rate is written with opens "1" or a word of scale, so
	// "per cent" alone does not run the pattern.
	for _, m := range findAll(oneForEveryRe.Get(), s, hasDigit && (strings.Contains(lower, " every ") || strings.Contains(lower, " per ") || strings.Contains(lower, " to "))) {
		if r.maskStandardRatio(m[0], m[1]) {
			continue
		}
		r.readOneForEvery(m)
	}
	for _, m := range findAll(eachCoversRe.Get(), s, hasDigit && (strings.Contains(lower, "each ") || strings.Contains(lower, "every "))) {
		if r.maskStandardRatio(m[0], m[1]) {
			continue
		}
		// "Each school nurse covers 2,600 pupils on average": the ratio
		// "one school nurse for every 2,600 pupils" is, one count of
		// pupils to a nurse, never pupils "on average" that each school
		// nurse covers (hostile check 63).
		if v := parseNumber(s[m[2]:m[3]]); v >= 2 && !precededByLetter(s, m[0]) {
			// "serves around 2,600 pupils": the hedge sits inside the
			// ratio's text, so it is read before the number, not before
			// "Each" (hostile check 64: an estimate copied as exact).
			_, q := qualifierBefore(s, m[2])
			r.addFigure(m[0], m[1], evidence.Figure{Value: v, Unit: evidence.UnitCount, Qualifier: q})
		}
	}
	for _, m := range findAll(ratioOfRe.Get(), s, hasDigit && strings.Contains(lower, " ratio")) {
		if r.maskStandardRatio(m[0], m[1]) {
			continue
		}
		// "the ratio of pupils to school nurses was 4,000 to 1": one
		// count of pupils to a nurse, as "one school nurse for every
		// 4,000 pupils" is, never 4,000 measuring "... was 1" (hostile
		// check 62), nor "the pupil to nurse ratio was 2,600:1" a count
		// of 2,600 and a count of 1 (hostile check 63).
		if v := parseNumber(s[m[2]:m[3]]); v >= 2 && !precededByLetter(s, m[0]) {
			r.add(m[0], m[1], v, evidence.UnitCount)
		}
	}
	for _, m := range findAll(ratioToOneRe.Get(), s, hasDigit && strings.Contains(lower, " ratio") && strings.Contains(s, ":")) {
		// "The pupil-to-nurse ratio rose from 2,200:1 in 2020 to 2,600:1
		// in 2023": each value of the ratio is one count, its ":1" none
		// (hostile check 64: counts of 1 took the years, the values none).
		if v := parseNumber(s[m[2]:m[3]]); v >= 2 && !precededByLetter(s, m[0]) && (m[1] == len(s) || !isDigit(s[m[1]]) && !strings.HasPrefix(s[m[1]:], ".5")) {
			r.add(m[0], m[1], v, evidence.UnitCount)
		}
	}
	for _, m := range findAll(caseloadRe.Get(), s, hasDigit && strings.Contains(lower, " per ")) {
		if m[4] >= 0 && isFunctionWord(s[m[4]:m[5]]) || precededByLetter(s, m[2]) {
			continue
		}
		r.add(m[0], m[1], parseNumber(s[m[2]:m[3]]), evidence.UnitOther)
	}
	// "48% held caseloads above 500", "caseloads of more than 600": a
	// caseload's size with no noun after it is a count of the children
	// held, as "a caseload of 540 children" is.
	for _, m := range findAll(bareCaseloadRe.Get(), s, hasDigit && strings.Contains(lower, "caseload")) {
		if e := m[3]; e < len(s) && (isDigit(s[e]) || s[e] == '%' || s[e] == '.' && e+1 < len(s) && isDigit(s[e+1])) {
			continue
		}
		if rest := strings.TrimLeft(s[m[3]:], " "); rest != "" && isWordByte(rest[0]) && !strings.HasPrefix(rest, "and ") && !strings.HasPrefix(rest, "while ") && !strings.HasPrefix(rest, "but ") && !strings.HasPrefix(rest, "in ") {
			continue // "caseloads above 500 children": read as a count with its noun
		}
		r.add(m[2], m[3], parseNumber(s[m[2]:m[3]]), evidence.UnitCount)
	}
	// "about 18 children for every nurse", "no more than 250 children to
	// one health visitor", "2,900 pupils for each school nurse": the
	// same caseload per worker, written with the worker after "for
	// every", "for each" or "to one", a rate as "per" makes it, never a
	// count of the people.
	for _, m := range findAll(caseloadEveryRe.Get(), s, hasDigit && (strings.Contains(lower, "for every ") || strings.Contains(lower, "for each ") || strings.Contains(lower, " to one ") || strings.Contains(lower, " to each "))) {
		if isFunctionWord(s[m[4]:m[5]]) || precededByLetter(s, m[2]) {
			continue
		}
		r.add(m[0], m[1], parseNumber(s[m[2]:m[3]]), evidence.UnitOther)
	}
	for _, m := range findAll(rateRe.Get(), s, hasDigit && (strings.Contains(lower, "per 1") || strings.Contains(lower, "per thousand") ||
		strings.Contains(lower, "per million") || strings.Contains(lower, "per hundred") || strings.Contains(lower, "for every 1"))) {
		// Groups: 1 the low end of a range, 2 the rate, 3 a noun between.
		if m[6] >= 0 && (isFunctionWord(s[m[6]:m[7]]) || s[m[6]:m[7]] == "cent") {
			continue
		}
		start, va, vb := m[0], m[4], m[5]
		if m[2] >= 0 {
			lo, hi := parseNumber(s[m[2]:m[3]]), parseNumber(s[va:vb])
			lead := strings.TrimRight(before(lower, m[0], 16), " ")
			if lo < hi && !endsWithAny(lead, "from", "between") && !precededByLetter(s, m[2]) && !afterSlash(s, m[2]) {
				r.addFigure(m[0], m[1], evidence.Figure{Value: lo, Low: lo, High: hi, Unit: evidence.UnitOther})
				continue
			}
			start = va // "from 26.7 to 66.4 per 10,000": the rate is the second
		}
		if !precededByLetter(s, va) {
			r.add(start, m[1], parseNumber(s[va:vb]), evidence.UnitOther)
			// "from 26.7 to 66.4 per 10,000": the first is a rate too.
			lead := before(s, start, 40)
			if f := fromRateRe.FindStringSubmatchIndex(lead); f != nil {
				at := start - len(lead)
				r.add(at+f[2], at+f[3], parseNumber(lead[f[2]:f[3]]), evidence.UnitOther)
			} else if f := comparedRateRe.FindStringSubmatchIndex(lead); f != nil {
				// "(312 against 108 per 100,000)": the first is a rate
				// on the same base.
				at := start - len(lead)
				r.add(at+f[2], at+f[3], parseNumber(lead[f[2]:f[3]]), evidence.UnitOther)
			}
		}
	}
	r.readComparedRates()
	if hasDigit || r.f.numWord || strings.Contains(lower, "half") {
		r.readRatios()
	}
	if hasDigit {
		r.readEffectSizes(lower)
		r.readOddsRatios(lower)
	}
	if hasDigit && (strings.Contains(lower, "base") || strings.Contains(lower, "sample")) {
		// A sample's size labelled in brackets, "(base: 1,200)",
		// "(sample size 845)", "(unweighted base = 2,010)", is a base, as
		// "(n=1,200)" is (measure.SampleBracketAt, the one reading of
		// such a bracket). Read as a count (hostile check 68), "64%
		// (base: 1,200) of children" gave a level of 1,200 children seen.
		for k := strings.IndexAny(s, "(["); k >= 0; {
			if sb, ok := measure.SampleBracketAt(s, k); ok && sb.Labelled {
				r.addFigure(sb.Start, sb.End, evidence.Figure{Value: parseNumber(s[sb.Start:sb.End]), Unit: evidence.UnitCount, Role: evidence.RoleBase})
			}
			n := strings.IndexAny(s[k+1:], "([")
			if n < 0 {
				break
			}
			k += n + 1
		}
	}
	if hasDigit && strings.Contains(s, "=") {
		for _, m := range nEqualsRe.FindAllStringSubmatchIndex(s, -1) {
			if m[0] == 0 || !isLetter(s[m[0]-1]) {
				r.addFigure(m[0], m[1], evidence.Figure{Value: parseNumber(s[m[2]:m[3]]), Unit: evidence.UnitCount, Role: evidence.RoleBase})
			}
		}
	}
	for _, m := range findAllAt(percents, s, hasDigit && hasPercent) {
		if precededByLetter(s, m[4]) {
			continue
		}
		unit, end := evidence.UnitPercent, m[1]
		if measure.PercentagePoints(s[m[0]:m[1]]) {
			unit = evidence.UnitOther
			if !pointsAbbrevRead(lower, s[m[6]:m[7]], m[0], m[1]) {
				if end = percentSignEnd(s, m[6], m[7]); end < 0 {
					continue // "a 12pp report": its pages
				}
				unit = evidence.UnitPercent // "45% points to a gap": a share
			}
		}
		r.add(m[0], end, parseNumber(s[m[4]:m[5]]), unit)
	}
	if (hasPercent || strings.Contains(lower, " pp")) && r.f.numWord {
		r.readWordPercents()
	}
	if hasDigit && (strings.Contains(lower, "point") || strings.Contains(lower, "pt")) && (hasPercent || shareNamed(lower)) {
		// "rose by 3 points to 64%": a change in a share's points, as
		// "percentage points" is, where a verb of change comes before; a
		// score's points ("marked down by 3 points") are no share's.
		for _, m := range pointsChangeRe.FindAllStringSubmatchIndex(s, -1) {
			by := lower[m[2]:m[3]] == "by"
			if by && !changeBefore(tail(lower, m[0])+"by ") || countLevelAfter(lower[m[1]:]) {
				continue
			}
			pts := m[8] < 0 || strings.HasPrefix(lower[m[8]:m[9]], "pt")
			if (!by || pts) && !shareOwnsPoints(lower, m[0], m[1]) {
				continue // "caseloads rose by 12 pts": patients
			}
			// "rose 3 and 2 pts": each bare number listed is in points.
			for _, n := range numbersIn(s[m[4]:m[5]]) {
				r.add(m[4]+n[0], m[4]+n[1], parseNumber(s[m[4]+n[0]:m[4]+n[1]]), evidence.UnitOther)
			}
			r.add(m[6], m[1], parseNumber(s[m[6]:m[7]]), evidence.UnitOther)
			r.readPointsListed(m[1])
		}
	}
	if hasDigit && strings.Contains(lower, " point") {
		// "The capital sits almost 18 points below the best-performing
		// region": a gap between two levels, in their points.
		for _, m := range pointsGapRe.FindAllStringSubmatchIndex(s, -1) {
			if !precededByLetter(s, m[2]) {
				r.add(m[2], m[5], parseNumber(s[m[2]:m[3]]), evidence.UnitOther)
			}
		}
	}
	for _, m := range nInMs {
		if m[4] >= 2 && s[m[4]-1] == '.' && isDigit(s[m[4]-2]) {
			// "3.2 in every 1,000 children": a share of a round base
			// written with decimals, as "45 in every 10,000" is one
			// (0.32%); before (hostile check 69), a count of 1,000
			// children, the 3.2 lost. "7.2 out of 10" is a rating's
			// decimals, read below.
			start := numberStart(s, m[4])
			if b := wordOrNumber(s[m[8]:m[9]]); strings.EqualFold(s[m[6]:m[7]], "in") && strings.Contains(strings.ToLower(s[m[7]:m[8]]), "every") &&
				(b == 100 || b == 1000 || b == 10000 || b == 100000) && !precededByLetter(s, start) {
				if share := parseNumber(s[start:m[5]]) / b * 100; r.add(start, m[1], share, evidence.UnitPercent) {
					r.figs[len(r.figs)-1].Value = roundSignificant(share, 3)
				}
			}
			continue
		}
		a, b := wordOrNumber(s[m[4]:m[5]]), wordOrNumber(s[m[8]:m[9]])
		if m[9]+1 < len(s) && (s[m[9]] == '.' || s[m[9]] == ',') && isDigit(s[m[9]+1]) {
			continue // "4 in 1.5 million": the second number goes on
		}
		if b == 1 && a > 1 && a <= 10 && strings.EqualFold(s[m[6]:m[7]], "in") && !precededByLetter(s, m[4]) {
			// "2 in 1 devices", "a 3-in-1 vaccine": a thing that is several
			// in one, neither a share nor a count of its noun.
			for k := m[4]; k < m[9]; k++ {
				r.taken[k] = true
			}
			continue
		}
		if b > 1000 && b > a && strings.Contains(s[m[8]:m[9]], ",") && !precededByLetter(s, m[4]) {
			// "3 in 100,000 children", "1 in 2,500": a share, as "one in
			// 1,000" is (0.003%, 0.04%), its text as written. Its words
			// were read as "3 in 100" (3%) or a count of 100,000
			// children, and then as a rate of 3 with its base lost, so
			// "1 in 10,000" and "1 in 2,500" agreed on 1 (hostile check
			// 53).
			if a/b*100 < 0.001 {
				// "1 in 2,000,000": a share too small to show (0%); left out.
				for k := m[0]; k < m[1]; k++ {
					r.taken[k] = true
				}
				continue
			}
			if r.add(m[0], m[1], a/b*100, evidence.UnitPercent) {
				// Rounded to a tenth it was 0%: three significant figures.
				f := &r.figs[len(r.figs)-1]
				f.Value = roundSignificant(a/b*100, 3)
			}
			continue
		}
		if b <= a || b > 1000 || isYearNumber(s[m[8]:m[9]]) || precededByLetter(s, m[4]) || nInMTimeRe.MatchString(s[m[9]:]) && !schoolYearAfterRe.MatchString(s[m[9]:]) {
			continue
		}
		if r.restates(m[0], a/b*100) {
			continue
		}
		// "three out of 42 ICBs" is a count of ICBs; "nine out of 10" a share.
		if strings.EqualFold(s[m[6]:m[7]], "out of") && !roundDenominator(b) {
			continue
		}
		// "one in eight children (12.8%)": the percentage is the figure,
		// and the words of the ratio are not read again as a count.
		if r.percentSoonAfter(m[1]) {
			for k := m[0]; k < m[1]; k++ {
				r.taken[k] = true
			}
			continue
		}
		r.add(m[0], m[1], a/b*100, evidence.UnitPercent)
	}
	if hasDigit && (strings.Contains(lower, "rat") || strings.Contains(lower, "scor") || strings.Contains(lower, " out of ")) {
		// A rating on a scale: "rated the service 4.6 out of 5", "an
		// average score of 8.2/10". The score itself is the figure, in no
		// unit; "4 out of 5 parents" is a share and read above. A number
		// with decimals "out of" 5 or 10 is a rating whatever the words
		// around it: "Satisfaction rose to 7.2 out of 10" (hostile check
		// 59: a count of 7 measured "2 out of 10").
		for _, m := range ratingRe.FindAllStringSubmatchIndex(s, -1) {
			r.add(m[2], m[1], parseNumber(s[m[2]:m[3]]), evidence.UnitOther)
		}
	}
	// Money in pounds, by its sign or its currency code ("GBP 2.6
	// million", as a committee system's plain-text alert writes it).
	// "Spending was 4,500 (£000s)": the note scales the number before
	// it, as a header's scales its column: £4.5m. Before, "£000" was a
	// figure of £0 and 4,500 a term of its key (hostile check 55).
	noSum := func(a, b int) bool {
		// "was 45%", "was 300 children", "up 3 points": no sum
		// "Budget (£000s): 4,500  Staff in post: 45": the next label
		// pair's words are no unit of the sum (labelPairAfter).
		return b < len(s) && (s[b] == '%' || isDigit(s[b])) || !labelPairAfter(s, b) && unitWordAfterRe.Get().MatchString(s[b:]) || isYearNumber(s[a:b])
	}
	// A value listed after the first is a sum only standing bare: "and 12
	// schools closed" counts schools. A label pair after it ends it.
	listed := func(a, b int) bool {
		return !noSum(a, b) && (moneyListEndRe.Get().MatchString(s[b:]) || labelPairAfter(s, b))
	}
	// next is the bounds of the value listed after the one ending at b,
	// or ok false: a semicolon lists a value only after a place, "; Medway
	// 1,200", another time's label, "; 2022/23: 4,200", or a part of the
	// sum, "; of this, 1,200", as "; 310 places"
	// or "; 3,100 were seen" starts a clause. A part of the sum may say
	// where it went, "of which 1,200 went to Kent", "with 1,200 spent on
	// staff", where "and 3,100 were seen" counts people; after "with" it
	// must.
	next := func(b int) (int, int, bool) {
		if comparatorClosesAt(s, b) {
			b++ // "4,500 (2022: 4,200), of which 1,200": the bracket ends no clause
		}
		n := moneyNoteNextRe.Get().FindStringSubmatchIndex(s[b:])
		if n == nil {
			return 0, 0, false
		}
		gap, a, e := s[b:b+n[2]], b+n[2], b+n[3]
		part := partOfSumRe.Get().FindStringIndex(gap)
		verb := partVerbAfterRe.Get().MatchString(s[e:])
		if !listed(a, e) && (part == nil || noSum(a, e) || !verb) || withBeforeRe.Get().MatchString(gap) && !verb {
			return 0, 0, false
		}
		if k := strings.IndexByte(gap, ';'); k >= 0 && !timeLabelGapRe.Get().MatchString(gap[k+1:]) && (!placeBeforeRe.Get().MatchString(gap[k+1:]) || countingLabel(gap[k+1:])) && (part == nil || part[0] < k) {
			return 0, 0, false
		}
		return a, e, true
	}
	for _, m := range findAll(moneyNoteAfterRe.Get(), s, strings.Contains(s, "£")) {
		if endsWithAny(strings.TrimRight(strings.ToLower(tail(s, m[4])), " "), "table", "figure", "chart", "page", "annex", "appendix", "section") {
			continue // "as Table 2 (£000s) shows": the table's number, no sum
		}
		if isYearNumber(s[m[4]:m[5]]) || moneyYearBeforeNoteRe.Get().MatchString(tail(s, m[4])) {
			// "Spending in 2023 (£m) was 45.2", "for 2023/24 (£000s):": a
			// year is the period, never the sum the note scales; the note
			// is the measure's, read below (hostile check 60).
			continue
		}
		// A note written on the value itself always scales it, money per
		// person too: "The cost per child was 320 (£000s)" is £320,000.
		// Only a caption's or heading's note over a per-person column is
		// left unscaled (MoneyScaleReach, for tables). Hostile check 59
		// found the per-person exception here giving £320 a child in
		// residential care and £6.10 beside £5,900 in one sentence.
		sc, _ := measure.MoneyScale(s[m[6]:m[7]])
		if !r.add(m[0], m[1], parseNumber(s[m[4]:m[5]])*sc, evidence.UnitGBP) {
			continue
		}
		// "45.2 (£m), up from 40.1 in 2022": a bare value its clause
		// lists after it is in its scale (hostile check 59: 40.1 was lost
		// in the measure).
		for a, b, ok := next(m[1]); ok; a, b, ok = next(b) {
			if !r.add(a, b, parseNumber(s[a:b])*sc, evidence.UnitGBP) {
				break
			}
		}
	}
	// "Spending (£000s) in 2023 was 4,500": a note after the money's
	// measure scales the bare number its clause gives it, as a header's
	// scales its column. Before, 4,500 was a count (hostile check 57).
	// Every value the clause lists after it is scaled too, each with
	// its place or year: "was 4,500 in 2023 and 4,200 in 2022", "by
	// region: London 4,500 and the North West 3,200", "(£m): 45.2 in
	// 2023, up 3.1". Before (hostile check 58), only the first was.
	for _, m := range findAll(moneyNoteSubjectRe.Get(), s, strings.Contains(s, "£")) {
		n, first := moneyNoteValueRe.Get().FindStringSubmatchIndex(s[m[3]:]), noSum
		if n == nil {
			// after a colon only a bare sum: "(£m): 45.2 in 2023"
			n, first = moneyNoteColonRe.Get().FindStringSubmatchIndex(s[m[3]:]), func(a, b int) bool { return !listed(a, b) }
		}
		if n == nil {
			continue
		}
		sc, _ := measure.MoneyScale(s[m[2]:m[3]])
		a, b := m[3]+n[2], m[3]+n[3]
		if first(a, b) {
			// "rose by 5% from 40.1 to 45.2": a change in per cent is
			// no sum, the values it went from and to are.
			if b >= len(s) || s[b] != '%' || !strings.HasSuffix(strings.TrimRight(s[:a], " "), " by") {
				continue
			}
			var ok bool
			if a, b, ok = next(b + 1); !ok {
				continue
			}
		}
		for ok := true; ok; a, b, ok = next(b) {
			r.add(a, b, parseNumber(s[a:b])*sc, evidence.UnitGBP)
			// "rose from 40.1 to 45.2 between 2022 and 2023", "fell from
			// 4,500 to 4,200 over the year": the value a change from a
			// sum reached is a sum whatever the period after it, as
			// "to" says so. Before (hostile check 60), only a value
			// with a year or a clause's end after it was, and 45.2 was
			// lost in the measure or read as 45.2 "years".
			if t := moneyNoteToRe.Get().FindStringSubmatchIndex(s[b:]); t != nil && strings.HasSuffix(strings.TrimRight(s[:a], " "), "from") && !noSum(b+t[2], b+t[3]) {
				a, b = b+t[2], b+t[3]
				r.add(a, b, parseNumber(s[a:b])*sc, evidence.UnitGBP)
			}
		}
	}
	// A money note standing alone, "(£000s)", is no sum of £0; nor is
	// one unbracketed, "All figures are in £000s unless stated." (hostile
	// check 57: a figure "£000" with no value).
	for _, re := range []*regexp.Regexp{moneyNoteRe.Get(), moneyNoteBareRe.Get()} {
		for _, m := range findAll(re, s, strings.Contains(s, "£")) {
			if m[1] < len(s) && (isDigit(s[m[1]]) || m[1]+1 < len(s) && (s[m[1]] == ',' || s[m[1]] == '.') && isDigit(s[m[1]+1])) {
				continue // "£000,500" is no note
			}
			for k := m[0]; k < m[1]; k++ {
				r.taken[k] = true
			}
		}
	}
	for _, m := range findAll(moneyRe.Get(), s, strings.Contains(s, "£") || strings.Contains(s, "GBP")) {
		end := m[1]
		if m[6] >= 0 {
			// "£3.6bn3": a footnote marker glued to the scale is not part of it.
			for end > m[6] && isDigit(s[end-1]) {
				end--
			}
		}
		sc := moneyScale(s, m[6], end)
		if !r.add(m[0], end, parseNumber(s[m[4]:m[5]])*sc, evidence.UnitGBP) {
			continue
		}
		// "£45.2m in 2023 and 40.1 in 2022": a bare value the sum's
		// clause lists after it is a sum in its scale, as one a money
		// note's clause lists is (hostile check 59: 40.1 was lost in
		// the measure).
		for a, b, ok := next(end); ok; a, b, ok = next(b) {
			if !r.add(a, b, parseNumber(s[a:b])*sc, evidence.UnitGBP) {
				break
			}
		}
	}
	// "1.2 billion pounds", "40 pounds sterling", "420,000 pounds":
	// pounds by name after the number, with a scale, "sterling" or
	// thousands grouped to say it is money.
	for _, m := range findAll(moneyWordsRe.Get(), s, hasDigit && strings.Contains(lower, "pound")) {
		if m[6] < 0 && m[8] < 0 && !strings.Contains(s[m[4]:m[5]], ",") {
			// "9 pounds": a weight as often as money; no figure.
			// "420,000 pounds" is money.
			for k := m[4]; k < m[1]; k++ {
				r.taken[k] = true
			}
			continue
		}
		r.add(m[0], m[1], parseNumber(s[m[4]:m[5]])*moneyScale(s, m[6], m[7]), evidence.UnitGBP)
	}
	for _, m := range findAllAt(durations, s, hasDigit && mayHoldDuration(lower)) {
		if !r.durationCountable(m[4], m[5], durationUnit(s[m[6]:m[7]])) {
			continue
		}
		if r.datesSomething(m[0], m[1]) {
			// Neither the duration nor its number is a figure: "2 working
			// days before it" is not read again as a count of days.
			for k := m[0]; k < m[1]; k++ {
				r.taken[k] = true
			}
			continue
		}
		v, unit := parseNumber(s[m[4]:m[5]]), durationUnit(s[m[6]:m[7]])
		if r.tally(m[1], v, unit) {
			unit = evidence.UnitCount // "41,250 days of care"
		}
		r.add(m[0], m[1], v, unit)
	}
	// "between half and two thirds": one range of shares.
	for k := 0; k+1 < len(fracs); k++ {
		a, b := fracs[k], fracs[k+1]
		lo, okA := fractionWords[strings.ToLower(strings.ReplaceAll(s[a[4]:a[5]], "-", " "))]
		hi, okB := fractionWords[strings.ToLower(strings.ReplaceAll(s[b[4]:b[5]], "-", " "))]
		if !okA || !okB || !(lo < hi) || lower[a[1]:b[0]] != " and " || !strings.HasSuffix(tail(lower, a[0]), "between ") {
			continue
		}
		start := a[0] - len("between ")
		if r.addFigure(start, b[1], evidence.Figure{Value: lo, Low: lo, High: hi, Unit: evidence.UnitPercent}) {
			k++
		}
	}
	for _, m := range fracs {
		frac := strings.ToLower(strings.ReplaceAll(s[m[4]:m[5]], "-", " "))
		v, ok := fractionWords[frac]
		_, qual := qualifierBefore(s, m[0])
		// "half a million" is a count with no hedge before it: "has
		// passed half a million".
		if !ok || (frac == "half" && qual == "" && !strings.HasPrefix(strings.ToLower(s[m[5]:]), " of") && !ofAMillionRe.MatchString(s[m[1]:])) {
			continue
		}
		// "the first half of 2024/25", "the second half of the year", "the
		// first three quarters of 2025/26": a period, not a share.
		if frac == "half" && endsWithAny(strings.TrimRight(tail(lower, m[4]), " "), "first", "second", "latter", "earlier", "later") ||
			strings.HasSuffix(frac, " quarters") && endsWithAny(strings.TrimRight(tail(lower, m[4]), " "), "first", "last", "past", "final", "latest") {
			continue
		}
		// "has fallen for a third month running", "a fifth consecutive
		// year": an ordinal before the period it counts, not a share.
		if ordinalFraction[frac] && ordinalAfterFractionRe.MatchString(lower[m[5]:]) {
			continue
		}
		// "delivered once a quarter": how often, not a share.
		if strings.HasSuffix(frac, "quarter") && endsWithAny(strings.TrimRight(tail(lower, m[0]), " "), "once", "twice") {
			continue
		}
		// "up five weeks in a quarter", "rose by 200 in a quarter of a
		// year": a span of time, not a share ("in a quarter of cases" is).
		if frac == "a quarter" && (quarterOfYearRe.MatchString(lower[m[1]:]) ||
			quarterOfTimeRe.MatchString(lower[m[1]:]) && endsWithAny(strings.TrimRight(tail(lower, m[0]), " "), "in", "within")) {
			continue
		}
		if r.restates(m[0], v) {
			continue
		}
		// "two and a half" is a number, not a share; "..., and a fifth
		// had" is one.
		if t := tail(lower, m[2]); strings.HasSuffix(t, "and ") && numberEndsAt(t, len(t)-len(" and ")) {
			continue
		}
		// "a third of respondents (33%)": the percentage is the figure.
		if r.percentSoonAfter(m[1]) {
			for k := m[0]; k < m[1]; k++ {
				r.taken[k] = true
			}
			continue
		}
		// "a quarter of a million children", "half a million": a count.
		if mm := ofAMillionRe.FindStringSubmatchIndex(s[m[1]:]); mm != nil {
			scale := 1e6
			if strings.EqualFold(s[m[1]+mm[2]:m[1]+mm[3]], "billion") {
				scale = 1e9
			}
			end := m[1] + mm[1]
			r.add(m[0], countEnd(s, skipSpace(s, end), end), v/100*scale, evidence.UnitCount)
			continue
		}
		r.add(m[0], m[1], v, evidence.UnitPercent)
	}
	if r.f.numWord {
		r.readWordNumbers()
	}
	if mayHoldDuration(lower) {
		r.readOneUnit()
	}
	if hasRatioVerb(lower) {
		for _, m := range ratioVerbRe.FindAllStringSubmatchIndex(s, -1) {
			stem := submatch(lower, m, 2)
			if stem == "" {
				// The bare word is a figure after a hedge only: "almost
				// double the number", not "double-check" or "Double the
				// grant" (an ask).
				if _, q := qualifierBefore(s, m[2]); q == "" || m[1] < len(s) && s[m[1]] == '-' {
					continue
				}
				stem = submatch(lower, m, 3)
			}
			v := map[string]float64{"doubl": 2, "tripl": 3, "trebl": 3, "quadrupl": 4, "halv": 0.5}[stem]
			r.add(m[2], m[3], v, evidence.UnitRatio)
		}
	}
	if hasDigit && strings.Contains(lower, "between ") {
		r.readBetweenBare()
	}
	if hasDigit {
		r.readCounts()
	}
	if r.f.numWord && (strings.Contains(lower, " of ") || r.countedBefore(len(s)) || strings.Contains(lower, "remaining ") ||
		strings.Contains(lower, "other ") || strings.Contains(lower, "further ") || strings.Contains(lower, "last ") || openingNumberWord(s)) {
		r.readGroupWords()
	}
	// "from 164 to 391 a year": two counts, with nothing after either.
	if hasDigit && strings.Contains(lower, "from ") && strings.Contains(lower, " to ") {
		for _, m := range fromToRe.FindAllStringSubmatchIndex(s, -1) {
			r.addChangeEnds(m, r.countable(m[2], m[3]), r.countable(m[4], m[5]) && !isYearNumber(s[m[4]:m[5]]))
		}
		r.readPeriodEnds()
		r.readChangeEnds()
	}
	if hasDigit && strings.Contains(lower, " to ") {
		r.readChangeLevel()
	}
	if hasDigit && len(r.figs) > 0 && (strings.Contains(lower, "compared ") || strings.Contains(lower, "against ") || strings.Contains(lower, "versus ") ||
		strings.Contains(lower, ", up ") || strings.Contains(lower, ", down ") || strings.Contains(s, ": ") && strings.Contains(s, "(") ||
		// "(previous year 1,150)", "(2022 = 1,150)": a comparator
		// written without its colon (hostile check 64: the 1,150 lost).
		strings.Contains(s, "(") && comparatorBracketIn(s)) {
		r.readComparedValues()
	}
	if hasDigit && len(r.figs) > 0 && strings.Contains(lower, " from ") && (strings.Contains(lower, " to ") || strings.Contains(lower, "down from") || strings.Contains(lower, "up from")) {
		r.readEarlierEnds()
	}
}

var (
	// comparedBeforeRe ends with the words that set a bare value beside
	// the figure before it: "compared with", "against", "versus".
	comparedBeforeRe = newEndRe(lazyre.New(`(?i)\b(?:compared\s+(?:with|to)|against|versus)\s+$`))
	// comparedAfterRe follows a compared value that leaves its unit to
	// the figure it is compared with: the end of its clause, or a place,
	// group or time of its own ("in the north", "for girls", "in 2019"),
	// the whole country's ("nationally"), an earlier time named by its
	// distance ("the year before", "the previous year") or the same rate
	// in time ("a month").
	comparedAfterRe = lazyre.New(`^(?:\s*(?:[.,;:)]|$)|\s+(?:in|for|among|across|at|last|a\s+year|nationally|a\s+(?:month|week)|the\s+(?:year|month|quarter)\s+(?:before|earlier)|the\s+previous\s+(?:year|month|quarter))\b)`)
	// changedBeforeRe ends with the words that set a bare change after
	// the level before it: ", up", ", down", ", an increase of", ", a
	// fall of" (hostile check 63: "1,240 children were referred, an
	// increase of 90" was a count of 90 measuring "an increase").
	// changedAfterRe follows it: its clause's end, or what it is on ("up
	// 40 on 2022").
	changedBeforeRe = lazyre.New(`(?i),\s+(?:up|down|an?\s+(?:increase|rise|fall|decrease|drop|reduction|decline)\s+of)\s+$`)
	// changedListedRe ends with the words that list a second bare change
	// after a first: "down 2 on 2022 and up 1 on 2019".
	changedListedRe = lazyre.New(`(?i)\s(?:and|but)\s+(?:up|down)\s+$`)
	changedAfterRe  = lazyre.New(`^(?:\s*(?:[.;:)]|,\s+(?:and|while|but)\b|$)|\s+(?:on|since|from|over|compared)\b)`)
)

// readComparedValues reads a bare number set beside the figure before it
// with the unit of that figure: "480 children per WTE in the south,
// compared with 310 in the north" (a caseload, as the 480), "waits
// averaged 14 weeks, against 9 in the north", never a time limit's. A
// share or a sum compared so is written with its sign and read as such
// already. A bare change after a count or a time, "1,200 patients were
// seen, up 40", is read so too: 40 patients (hostile check 58: no figure,
// and "up 40" in the patients' measure).
//
// A prior year's value in brackets, "Staff numbers were 1,200 (2022:
// 1,150)", "Places (2022: 420) rose to 450 in 2023", "The rate was 12.5
// per 1,000 children (2022: 11.2)", is read so too, with the unit of the
// value it is set beside: the one before it in its clause, else the one
// after it. A share's bracket written without its sign, "91% (2022:
// 89)", is a share; a sum's is the money note's, read with it. Before
// (hostile check 62), the 420 and 11.2 were lost (the 11.2 and its year
// read into the rate's measure and period), and a bracketed value with
// a comma was a count whatever it was set beside; one no value is set
// beside is still a count with a comma only.
func (r *reader) readComparedValues() {
	for _, n := range numbersIn(r.s) {
		a, b := n[0], n[1]
		if !r.free(a, b) || isYearNumber(r.s[a:b]) || precededByLetter(r.s, a) {
			continue
		}
		if priorComparatorValue(r.s, a, b) {
			r.readPriorComparator(a, b)
			continue
		}
		start, _ := qualifierBefore(r.s, a)
		listed := changedListedRe.MatchString(tail(r.lower, start)) && changedAfterRe.MatchString(r.s[b:])
		changed := listed || changedBeforeRe.MatchString(tail(r.lower, start)) && changedAfterRe.MatchString(r.s[b:])
		if !changed && (!comparedAfterRe.MatchString(r.s[b:]) || !comparedBeforeRe.MatchString(tail(r.lower, start))) {
			continue
		}
		// A time limit is no value compared: "900 children were waiting
		// more than 18 weeks, compared with 700 in Sussex ICB" compares
		// the children, and the 700 were weeks before (hostile check 55).
		prev := -1
		for i, f := range r.figs {
			if f.Offset+len(f.Text) <= a && (prev < 0 || f.Offset > r.figs[prev].Offset) && !limitWorded(r.lower, f) {
				prev = i
			}
		}
		if prev < 0 {
			continue
		}
		switch u := r.figs[prev].Unit; u {
		case evidence.UnitOther:
			if !changed || !listed && rateAt(r.lower, r.figs[prev].Offset) {
				// "45 per 1,000 in 2023, down 2 on 2022": the rate's
				// change (hostile check 60: "down 2" was left in the
				// rate's measure).
				r.add(a, b, parseNumber(r.s[a:b]), u)
			} else if listed && r.bareChange(prev) {
				// "down 2 on 2022 and up 1 on 2019": each change its own
				// comparison (hostile check 60: the 1 was left in the
				// 2's measure, "up 1").
				r.add(a, b, parseNumber(r.s[a:b]), u)
			}
		case evidence.UnitCount, evidence.UnitWeeks, evidence.UnitMonths, evidence.UnitYears:
			r.add(a, b, parseNumber(r.s[a:b]), u)
		case evidence.UnitPercent:
			// "Attendance was 91% in 2023, down 2 on 2022": a share's
			// change in points, as after a count it is the count's change
			// (hostile check 59: the 2 was left in the measure).
			if changed && parseNumber(r.s[a:b]) < 100 {
				r.add(a, b, parseNumber(r.s[a:b]), evidence.UnitOther)
			}
		}
	}
}

// priorComparatorValue reports the bare number s[a:b] the value of a
// part of a comparator bracket that is a figure of the measure beside it
// (measure.Comparators, Comparator.Figured): a prior time's, "(2022:
// 1,150)", "(2022: 1,150; 2021: 1,010)", "(March 2023: 335)", "(previous
// year: 1,150)", another place's or a group's, "(England: 9500)", "(boys:
// 640; girls: 600)", read with the unit of the value it is set beside.
// Before (hostile check 63), only a year's label and a lone part were
// read: "(2022: 1,150; 2021: 1,010)" and "(March 2023: 335)" lost their
// values, and "(previous year: 1,150)" was read as a count of the
// clause, of its year; before hostile check 64, a place's or a group's
// bare value was lost.
func priorComparatorValue(s string, a, b int) bool {
	c, ok := measure.ComparatorAt(s, a, b)
	return ok && c.ValueStart == a && c.ValueEnd == b && c.Figured()
}

// comparatorBracketIn reports a comparator bracket (measure.Comparators)
// anywhere in s.
func comparatorBracketIn(s string) bool {
	for k := strings.IndexByte(s, '('); k >= 0; {
		if measure.Comparators(s, k) != nil {
			return true
		}
		n := strings.IndexByte(s[k+1:], '(')
		if n < 0 {
			return false
		}
		k += n + 1
	}
	return false
}

// comparatorClosesAt reports the bracket closing at s[b] a comparator
// (measure.Comparators) whose last value ends there, "(2022: 4,200)": its
// closing bracket ends no clause, so the parts of a sum after it are
// still the note's (hostile check 62: ", of which 1,200 was on staff"
// was a count of staff).
func comparatorClosesAt(s string, b int) bool {
	if b >= len(s) || s[b] != ')' {
		return false
	}
	from := max(0, b-measure.MaxComparatorBytes)
	open := strings.LastIndexByte(s[from:b], '(')
	if open < 0 {
		return false
	}
	cs := measure.Comparators(s, from+open)
	return len(cs) > 0 && cs[len(cs)-1].ValueEnd == b
}

// dropUnachievedComparators leaves out the figures in a comparator
// bracket whose value is no value of the measure achieved: a target,
// "(target: 92%)", an interval about the value before, "(95% CI:
// 60-68%)", a pointer, "(see Table 2: 14)". Before (hostile check 63),
// the 92% was read as the share seen, keyed as the 64% beside it, and
// the interval as a second value of the measure.
func dropUnachievedComparators(s string, figs []evidence.Figure) []evidence.Figure {
	if strings.IndexAny(s, "([") < 0 {
		return figs
	}
	out := figs[:0]
	for _, f := range figs {
		from := max(0, f.Offset-measure.MaxComparatorBytes)
		// A square bracket too, "[target: 92%]" (hostile check 67).
		if open := max(strings.LastIndexByte(s[from:f.Offset], '('), strings.LastIndexByte(s[from:f.Offset], '[')); open >= 0 && strings.IndexAny(s[from+open:f.Offset], ")]") < 0 {
			if cs := measure.Comparators(s, from+open); len(cs) > 0 {
				// The part whose value it is says; a number in a label,
				// the "95%" of "95% CI", is none.
				c, ok := measure.ComparatorAt(s, f.Offset, f.Offset+len(f.Text))
				if !ok || !c.Figured() {
					continue
				}
			}
		}
		out = append(out, f)
	}
	return out
}

// clauseGapRe is text within one clause between a value and a prior
// year's bracket beside it: no mark that ends a clause or lists.
var clauseGapRe = lazyre.New(`^[^,;:.()]*$`)

// readPriorComparator reads the number a..b of a prior year's bracket
// with the unit of the value it is set beside (readComparedValues).
func (r *reader) readPriorComparator(a, b int) {
	open := strings.LastIndexByte(r.s[:a], '(')
	beside := -1
	for i, f := range r.figs {
		end := f.Offset + len(f.Text)
		if end <= open && !limitWorded(r.lower, f) && clauseGapRe.MatchString(r.s[end:open]) {
			beside = i // the nearest before, in its clause
		}
	}
	if beside < 0 && !measure.CitedPage(r.s[:open], r.s[b+1:]) {
		for i, f := range r.figs {
			if f.Offset > b && f.Unit == evidence.UnitCount && measure.LevelVerbAfter(r.s[b+1:f.Offset]) && clauseGapRe.MatchString(r.s[b+1:f.Offset]) {
				beside = i // "Places (2022: 420) rose to 450"
				break
			}
		}
	}
	afterChange := false
	if beside >= 0 && isChange(r.lower, r.figs[beside]) {
		// "1,240 children were referred, an increase of 8% (2022:
		// 1,150)": the bracket is the level's of 2022, never the
		// change's. The level is the value before the change in its
		// sentence; with none, no unit of the change's (hostile check
		// 63: 1,150%): "Referrals increased by 8% (2022: 1,150; 2023:
		// 1,240)" gives levels written as counts, with a comma (hostile
		// check 64: both were lost).
		beside = r.levelBeforeChange(beside)
		afterChange = beside < 0
	}
	v := parseNumber(r.s[a:b])
	if beside < 0 {
		// After a change with no level, a bare value of a time is a
		// level however it is written: "Referrals rose by 13% (870 in
		// 2023; 980 in 2024)", "(2022: 870; 2023: 940)" (hostile check
		// 65: both were lost where they had no comma).
		if (strings.Contains(r.s[a:b], ",") || afterChange && measure.PeriodComparatorAt(r.s, a, b)) && r.countable(a, b) {
			r.add(a, b, v, evidence.UnitCount)
		}
		return
	}
	switch u := r.figs[beside].Unit; u {
	case evidence.UnitCount, evidence.UnitWeeks, evidence.UnitMonths, evidence.UnitYears, evidence.UnitOther, evidence.UnitPercent:
		r.add(a, b, v, u)
	}
}

// levelGapRe is text between a level and its change after a comma in
// one sentence: "children were referred, an increase of ".
var levelGapRe = lazyre.New(`^[^;:.()]*,[^;:.()]*$`)

// levelBeforeChange is the level figure c is a change of, the nearest
// figure before it in its sentence that is no change, no time limit, no
// range, with a comma between them; -1 where there is none.
func (r *reader) levelBeforeChange(c int) int {
	from := r.figs[c].Offset
	level := -1
	for i, f := range r.figs {
		if end := f.Offset + len(f.Text); end <= from && (level < 0 || f.Offset > r.figs[level].Offset) {
			level = i
		}
	}
	if level < 0 {
		return -1
	}
	f := r.figs[level]
	if f.IsRange() || limitWorded(r.lower, f) || isChange(r.lower, f) || !levelGapRe.MatchString(r.s[f.Offset+len(f.Text):from]) {
		return -1
	}
	return level
}

// rateAt reports a rate written at lower[at:]: "45 per 1,000".
func rateAt(lower string, at int) bool {
	m := rateRe.FindStringIndex(lower[at:])
	return m != nil && m[0] == 0
}

// bareChange reports figure i as a bare change set after a level by ",
// up" or ", down": "91% in 2023, down 2 on 2022".
func (r *reader) bareChange(i int) bool {
	f := r.figs[i]
	start, _ := qualifierBefore(r.s, f.Offset)
	return f.Unit == evidence.UnitOther && changedBeforeRe.MatchString(tail(r.lower, start))
}

// readChangeEnds reads the two ends of a change whose second end leaves
// its unit to the first: "the median wait fell from 40 weeks to 18",
// "cut admissions, from 29 young people to 18", "rose from 64 in 2022 to
// 97 in 2024". The second end takes the first's unit, and a first end
// with none is a count. Only after a word of change in the clause, and
// only where the second end is bare and ends its clause, so "from 9 to 5
// o'clock" or "from 2 years to 5 years old" are not read.
func (r *reader) readChangeEnds() {
	for _, m := range changeEndsRe.FindAllStringSubmatchIndex(r.s, -1) {
		// Groups: 1 the first end, 2 a noun after it, 3 the second end.
		xa, xb, ya, yb := m[2], m[3], m[6], m[7]
		if !changeWordBefore(before(r.lower, m[0], 80)) || isYearNumber(r.s[ya:yb]) || !r.countable(ya, yb) {
			continue
		}
		if m[4] >= 0 && ageNounRe.MatchString(r.lower[m[4]:m[5]]) {
			continue
		}
		if len(changeMonthAloneRe.FindAllString(r.lower[m[0]:m[1]], 2)) == 2 && !changeYearRe.MatchString(r.lower[m[0]:m[1]]) {
			// "from 455 in March to 410 in June": both ends' months, no
			// year to date them, were read as people and keys (hostile
			// check 65), so no figure; "from 251 in September to 236"
			// is read.
			continue
		}
		unit, ok := evidence.UnitCount, false
		for _, f := range r.figs {
			if f.Offset <= xa && xb <= f.Offset+len(f.Text) && !f.IsRange() {
				unit, ok = f.Unit, true
				break
			}
		}
		if !ok {
			if m[4] >= 0 && durationUnit(r.lower[m[4]:m[5]]) != "" {
				continue // a duration not read as one
			}
			if !r.countable(xa, xb) || !r.add(xa, xb, parseNumber(r.s[xa:xb]), evidence.UnitCount) {
				continue
			}
		}
		if unit == evidence.UnitGBP || unit == evidence.UnitPercent && parseNumber(r.s[ya:yb]) > 100 {
			continue
		}
		r.add(ya, yb, parseNumber(r.s[ya:yb]), unit)
	}
}

var (
	// changeEndsRe is "from X [noun] [in year] to Y [in year]", Y bare
	// and ending its clause or before a bracket; the year may follow its
	// month ("from 610 in March 2024 to 188 in March 2025"). The "1" of
	// "to 1,240 (2022 to 2023)" ends nothing: a comma or a point before a
	// digit is inside the number (hostile check 64: a count of 1).
	changeEndsRe = lazyre.New(`(?i)\bfrom\s+(` + numberRe + `)(?:%|\s+([a-z][a-z’' -]{0,30}?))?` + changeWhen + `?\s+to\s+(` + numberRe + `)` + changeWhen + `?(?:\s*$|\s*[;)]|\s*[.,](?:\D|$)|\s+\(|\s+(?:and|but|while|when|after|since|over|across)\b)`)
	// ageNounRe is a noun of age or time of day: "from 2 years old to
	// 5", "from 9am to 5".
	ageNounRe = lazyre.New(`\b(?:old|aged?|ages|year|years|am|pm|o’clock|o'clock|tier|stage|level|band|grade|key)\b`)
)

// changeMonth is a month or a quarter, optional, before a change's year:
// "from 300 in Q1 2023 to 360 in Q4 2023" reads as "in 2022 ... in 2023"
// does (hostile check 62: no figure was read).
const changeMonth = `(?:(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|q[1-4]|quarter\s+[1-4](?:\s+of)?)\s+)?`

// changeWhen is the time of one end of a change: "in 2022", "in March
// 2022", or a month alone or with its year after "of" or a comma, "in
// June", "in June of 2022", "in June, 2022", or set in brackets, "455
// (March) to 410 (June 2022)" (hostile check 64: each was no figure). The
// period reader dates a month alone by the other end's year.
const changeWhen = `(?:\s+in\s+(?:` + changeMonth + `(?:19|20)\d\d(?:[/–-]\d\d)?|` + changeMonthName + `(?:(?:\s+of|,)\s+(?:19|20)\d\d)?\b)|\s*\((?:` + changeMonthName + `(?:,?\s+(?:19|20)\d\d)?|(?:19|20)\d\d(?:[/–-]\d\d)?)\))`

// changeMonthAloneRe and changeYearRe are a month and a year in a
// change's ends: two months with no year are no times the period reader
// can date.
var (
	changeMonthAloneRe = lazyre.New(`\b` + changeMonthName + `\b`)
	changeYearRe       = lazyre.New(`\b(?:19|20)\d\d\b`)
)

// changeMonthName is a month's name or its abbreviation.
const changeMonthName = `(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)`

// changeWords are the words of a change in the clause before "from".
var changeWords = []string{"rose", "risen", "rise", "increased", "grew", "grown", "fell", "fallen", "fall", "dropped",
	"decreased", "declined", "cut", "reduced", "reduction", "improved", "worsened", "went up", "went down", "climbed", "jumped", "shrank", "increase", "decrease"}

// changeWordBefore reports a word of change in the clause of lead, the
// text before "from" (cut at a semicolon or colon).
func changeWordBefore(lead string) bool {
	if k := strings.LastIndexAny(lead, ";:"); k >= 0 {
		lead = lead[k+1:]
	}
	for _, w := range changeWords {
		if i := strings.Index(lead, w); i >= 0 && (i == 0 || !isLetter(lead[i-1])) && (i+len(w) == len(lead) || !isLetter(lead[i+len(w)])) {
			return true
		}
	}
	return false
}

// numberEndsAt reports a number in digits or words ending at i of lower:
// "two" in "two and a half", "2" in "2 and a half".
func numberEndsAt(lower string, i int) bool {
	if i <= 0 || i > len(lower) {
		return false
	}
	if isDigit(lower[i-1]) {
		return true
	}
	j := i
	for j > 0 && isLetter(lower[j-1]) {
		j--
	}
	return numberWordSet[lower[j:i]]
}

// ratingRe is a score with a decimal on a scale of 5 or 10: "4.6 out of
// 5", "8.2/10".
var ratingRe = lazyre.New(`\b(\d{1,2}\.\d{1,2})\s?(?:out\s+of|/)\s?(?:5|10)\b`)

// roundDenominator reports a denominator of a share said in words: "two
// out of three", "nine out of 10", "one in 20".
func roundDenominator(b float64) bool {
	switch b {
	case 2, 3, 4, 5, 6, 8, 10, 20, 100, 1000:
		return true
	}
	return false
}

// restates reports a share in words at i that says again a percentage
// stated before it in the sentence, in apposition: "20.3% of 8 to 16 year
// olds had a disorder, about one in five".
func (r *reader) restates(i int, v float64) bool {
	start, _ := qualifierBefore(r.s, i)
	lead := strings.TrimRight(r.lower[:start], " ")
	if !strings.HasSuffix(lead, ",") && !strings.HasSuffix(lead, " or") && !strings.HasSuffix(lead, "–") && !strings.HasSuffix(lead, "—") {
		return false
	}
	for _, f := range r.figs {
		if f.Unit == evidence.UnitPercent && f.Offset < i && math.Abs(f.Value-v) <= 3 {
			return true
		}
	}
	return false
}

// hasRatioVerb is the cheap test for ratioVerbRe.
func hasRatioVerb(lower string) bool {
	return strings.Contains(lower, "doubl") || strings.Contains(lower, "tripl") || strings.Contains(lower, "trebl") ||
		strings.Contains(lower, "quadrupl") || strings.Contains(lower, "halv")
}

// countable reports whether the number at s[a:b] may be a count: not part
// of a code, not a year, not a page, section or list number.
func (r *reader) countable(a, b int) bool { return r.countableAs(a, b, true) }

// countableAs is countable, with the check for an age ("turn 18", "is now
// 9") made only when age is set: a duration is not an age ("the wait is
// now 26 weeks").
func (r *reader) countableAs(a, b int, age bool) bool {
	// "v0.3": the digits after a decimal point are not a number of their own.
	if a >= 2 && (r.s[a-1] == '.' || r.s[a-1] == ',') && isDigit(r.s[a-2]) {
		return false
	}
	if !r.free(a, b) || precededByLetter(r.s, a) || isYearNumber(r.s[a:b]) && !r.hedgedCount(a, b) {
		return false
	}
	// "Last year two of our five nurses left": a number in words after a
	// time opener ("last year", "this year") counts, as one over 13
	// does; no school year group is written "Year two" after "last".
	if t := tail(r.s, a); notCountBefore(t) && !((yearNamedRe.MatchString(t) || yearGroupListRe.MatchString(t)) && parseNumber(r.s[a:b]) > 13) && !underNoAge(t, r.s[a:b]) && !(!isDigit(r.s[a]) && yearOpenerRe.MatchString(t)) {
		return false
	}
	if r.countsReaders(b) {
		return false // "welcome to the 1,140 of you who joined"
	}
	if r.contractTerm(a) {
		return false // "the option to extend by up to two further years"
	}
	if namesOne(r.s, r.lower, a, b) || identifierLabel(r.s, a, b) {
		return false // "Bay 2", "Session 3 covers", "Parent 3 said", "Ref: 1,234"
	}
	if v := parseNumber(r.s[a:b]); age && v <= 30 && ageBefore.MatchString(tail(r.s, a)) {
		return false
	}
	return true
}

// underNoAge reports a number after "under" (t the text before it) too
// large to be an age: "just under 483,000 plans", "under 400 children".
// "under" ends notCountWords for "children under 5"; before, every count
// hedged "just under" was lost with the ages.
func underNoAge(t, num string) bool {
	e := strings.ToLower(strings.TrimRight(t, " "))
	rest, ok := strings.CutSuffix(e, "under")
	if !ok || rest != "" && isWordByte(rest[len(rest)-1]) {
		return false
	}
	if w := lastWord(rest); w == "aged" || w == "age" || w == "ages" {
		return false
	}
	return parseNumber(num) >= 100 && !isYearNumber(num)
}

// datesSomething reports a duration that places something in time rather
// than measuring it: "two years ago", "over the next 10 years"; or that
// is the span over which something is measured, spent or done rather than
// a finding: "£120 million over two years", "every two to three years", "a
// five-year roll-out", "within six months of this report", "reduced it
// after 12 weeks".
func (r *reader) datesSomething(a, b int) bool {
	after := r.lower[b:min(len(r.lower), b+16)]
	if strings.HasSuffix(r.lower[a:b], "years") && yearsAfterRe.MatchString(after) {
		return true
	}
	if strings.HasPrefix(after, " after ") && !measureWordBefore(tail(r.lower, a)) && r.timePoint(a, b) {
		// "what happened to young people six months after they moved":
		// when an outcome is looked at, as "two years after" already is;
		// "waited six months after referral" is a wait.
		return true
	}
	t := tail(r.lower, a)
	if r.contractTerm(a) {
		return true
	}
	if trendSpanRe.MatchString(t) {
		// "has dropped in each of the last 10 years", "has been slipping
		// for ten years": how long a trend has run, the reach of a
		// comparison as a superlative's span is, not a length of anything
		// found; the level the trend reached stays a figure.
		return true
	}
	// "85% of visits within 14 days of birth" is the time limit the share
	// is counted against, as "within 14 days of referral" is; with no
	// share ("Most visits took place within 14 days of birth") it names
	// the visit, and "six weeks after birth" is a moment in a life.
	limitFromBirth := strings.HasPrefix(after, " of birth") && strings.HasSuffix(t, "within ") && r.hasShare()
	if periodBefore.MatchString(t) || periodAfter.MatchString(after) && !endOfChangeRe.MatchString(r.lower[b:min(len(r.lower), b+32)]) && !gapThanRe.MatchString(after) && !levelSince(t, after) && !limitFromBirth {
		return true
	}
	// "within six months of this report" sets a deadline; "a maximum wait
	// of six months from the decision to operate" is a wait.
	if spanBefore(t, before(r.lower, a, 120)) || r.spanOf(a, b) || deadlineAfterRe.MatchString(r.lower[b:min(len(r.lower), b+48)]) && r.timePoint(a, b) {
		return true
	}
	if strings.HasSuffix(t, "after ") && r.timePoint(a, b) {
		return true
	}
	// "Babies are seen at six to eight weeks": an age at which something
	// is done; "waits stood at 12 to 14 weeks" measures.
	if lead := strings.TrimRight(t, " "); strings.HasSuffix(t, " ") && endsWithAny(lead, "at") && !atMeasure(strings.TrimSuffix(lead, "at")) &&
		(strings.HasSuffix(r.lower[a:b], "weeks") || strings.HasSuffix(r.lower[a:b], "months") || strings.HasSuffix(r.lower[a:b], "years")) {
		return true
	}
	// "we would phase the model in over two years", "we plan to roll it
	// out across three years": the span of what is intended, not a
	// measurement; "families will wait over two years" is a wait.
	if (strings.HasSuffix(t, " ") || t == "") && planSpan(before(r.lower, a, 120)) && r.timePoint(a, b) {
		return true
	}
	// "opens 4 weeks before each session": a timetable, unless the clause
	// waits ("waited 18 weeks before the appointment").
	if strings.Contains(after, "before") && eventAfterRe.MatchString(r.lower[b:min(len(r.lower), b+40)]) && r.timePoint(a, b) {
		return true
	}
	// "The programme runs for 8 weeks": the length of what is offered.
	if (strings.HasSuffix(t, "for ") || strings.Contains(t, "run") || strings.Contains(t, "last")) &&
		programmeSpanRe.MatchString(before(r.lower, a, 80)) && r.timePoint(a, b) {
		return true
	}
	// "That the ICB funds a lead nurse for two years": the term of what
	// is funded or asked for, not a finding.
	if strings.Contains(t, "for ") && fundedSpanRe.MatchString(before(r.lower, a, 100)) && r.timePoint(a, b) {
		return true
	}
	// "confirm the grant for three years at a time": the term an
	// arrangement is renewed for, not a finding.
	if strings.HasPrefix(r.lower[b:], " at a time") && (strings.HasSuffix(r.lower[a:b], "year") || strings.HasSuffix(r.lower[a:b], "years") ||
		strings.HasSuffix(r.lower[a:b], "month") || strings.HasSuffix(r.lower[a:b], "months")) && r.timePoint(a, b) {
		return true
	}
	// "should set budgets at least two years in advance", "should fund a
	// dietitian to join the clinic two days a week": the notice an ask
	// asks a body to give and how often a post it asks for is worked,
	// terms of the ask as "at a time" is; "letters sent more than two
	// weeks in advance" and "the clinic ran two days a week" measure.
	if r.askedTerm(a, b) || r.askedDeadline(a, b) {
		return true
	}
	// "had access to the figures 24 hours before publication": a
	// release's timetable; "the recording will stay in the channel for
	// 30 days", "the form will be open for six weeks": how long a
	// meeting's or a page's things are kept or open. Procedure, not
	// findings; "waited 18 weeks before" and "remain on the waiting list
	// for" measure.
	if releaseAfterRe.MatchString(r.lower[b:min(len(r.lower), b+40)]) && r.timePoint(a, b) ||
		strings.HasSuffix(t, "for ") && keptForRe.MatchString(before(r.lower, a, 100)) {
		// (A thing kept is no wait, though "stay" is a wait's word.)
		return true
	}
	// "The ICB will respond formally within 20 working days": the time a
	// body promises to reply in; "answered 41% within 20 days" measures,
	// and "must respond within 20 working days" states a duty.
	if strings.HasSuffix(t, "within ") && (replyDeadlineRe.MatchString(before(r.lower, a, 80)) || readerWithinRe.MatchString(before(r.lower, a, 120)) ||
		r.usualProcessWithin(before(r.lower, a, 80))) {
		return true
	}
	if r.dataSpan(a, b) || r.processPeriod(a) || r.regulatorReturn(a, b) || r.leaveTerm(b) {
		return true
	}
	// "We read every referral within 10 working days", "Appointments
	// usually last 45 minutes", "please tell us at least 24 hours
	// before": a service's procedure told to its reader.
	if r.readerProcedureTime(a, b) {
		return true
	}
	// "At follow-up, six months after finishing, ...", "Two years later,
	// ...": a duration opening a clause before "after" or "later" dates
	// what follows; "waited six months after referral" is a wait.
	if lead := strings.TrimRight(t, " "); (lead == "" || strings.HasSuffix(lead, ",")) &&
		(strings.HasPrefix(after, " after ") || strings.HasPrefix(after, " later")) {
		return true
	}
	return strings.Contains(r.lower, "next") && scheduleBefore.MatchString(before(r.lower, a, 140))
}

// askedTerm reports a duration at r.lower[a:b] that is a term of an ask
// in its sentence (askingModalRe before it): a lead time, "at least two
// years in advance", or days of a week or month, "three days a week".
func (r *reader) askedTerm(a, b int) bool {
	next := r.lower[b:min(len(r.lower), b+24)]
	lead := strings.TrimRight(r.lower[a:b], " ")
	days := strings.HasSuffix(lead, "day") || strings.HasSuffix(lead, "days")
	if !strings.HasPrefix(next, " in advance") && !(days && cadenceAfterRe.MatchString(next)) {
		return false
	}
	return askingModalRe.MatchString(before(r.lower, a, 200)) && r.timePoint(a, b)
}

var (
	// cadenceAfterRe follows days worked in a week or a month: "a week",
	// "per week", "each month".
	cadenceAfterRe = lazyre.New(`^\s+(?:a|per|each|every|in\s+the)\s+(?:week|month|fortnight)\b`)
	// askingModalRe is a word that asks something of a body: "should",
	// "must", "needs to", "we are asking", "calls on", "urges".
	askingModalRe = lazyre.New(`\b(?:should|must|needs?\s+to|asking|asks?|calls?\s+on|calling\s+on|urges?|urging)\b`)
	// trendSpanRe ends with the words of a trend that held for a span:
	// "in each of the last 10 years", "every year for the past five
	// years", "has been slipping for", "had risen over the past", "has been
	// squeezed for", "has stalled for", "has held steady for"; "for
	// the third year running" is left to the ordinal. A verb of waiting or
	// staying ("waiting for ten years") names no movement.
	trendSpanRe = lazyre.New(`\b(?:each|every\s+one)\s+of\s+the\s+(?:last|past|previous|preceding)\s+$|\bevery\s+(?:year|month|quarter)\s+(?:for|in|over)\s+the\s+(?:last|past|previous)\s+$|` +
		`\b(?:ris(?:en|ing)|rose|f[ae]ll(?:en|ing)?|slipp(?:ed|ing)|slid(?:ing)?|declin(?:ed|ing)|dropp(?:ed|ing)|grow(?:n|ing)|grew|increas(?:ed|ing)|improv(?:ed|ing)|climb(?:ed|ing)|worsen(?:ed|ing)|squeez(?:ed|ing)|shr[iau]nk(?:en|ing)?|stall(?:ed|ing)|erod(?:ed|ing)|stagnat(?:ed|ing)|flatlin(?:ed|ing))` +
		`(?:\s+(?:steadily|slowly|sharply|gradually|every\s+year|each\s+year|year\s+on\s+year))?\s+(?:for|over)\s+(?:the\s+(?:last|past|previous)\s+)?$|` +
		// "has held steady for three years", "stayed flat over the past":
		// a level that held is a trend too.
		`\b(?:held|holding|remained|remaining|stayed|staying|been)\s+(?:broadly\s+|largely\s+|roughly\s+)?(?:steady|stable|flat|level|static|unchanged|constant)\s+(?:for|over)\s+(?:the\s+(?:last|past|previous)\s+)?$`)
	// spanBeforeRe ends with a preposition that makes the duration after
	// it a span: "over two years", "across three years", "during the
	// 12 months", "rose by 46% over the five years", "£11m over its five
	// years" (a contract's term), "every two to three
	// years"; group 1 is the word before "over".
	spanBeforeRe = lazyre.New(`(?:^|(?:^|[^\w’'])([\w’'£%]+)[,;:]?\s+)(over|across|during|throughout|every|each)(?:\s+(?:the\s+)?course\s+of)?(?:\s+(?:the|these|those|its|their|our))?\s*$`)
	// deadlineAfterRe follows a duration that sets a deadline from the
	// report: "within six months of this report", "of its publication".
	// replyDeadlineRe ends with a promise to reply within a time: "will
	// respond formally within", "would reply in writing within", "will
	// publish its response to the panel's findings within". A duty
	// the law sets ("must respond in writing within 20 working days") is
	// a finding about the rules, and stays a figure.
	replyDeadlineRe = lazyre.New(`\b(?:will|would)\s+(?:\w+\s+)?(?:respond|reply|answer|acknowledge|write\s+back|(?:publish|issue|send|give|set\s+out)\s+(?:its|their|our|a|the)\s+(?:formal\s+|written\s+|full\s+|public\s+)?(?:response|reply|answer))(?:\s+[a-z’']+){0,5}\s+within\s+$`)
	// releaseAfterRe follows a time before a release is published: "24
	// hours before publication", "before its release".
	releaseAfterRe = lazyre.New(`^\s+before\s+(?:(?:the|its|their)\s+)?(?:publication|release|being\s+published|(?:it|they)\s+(?:is|are|was|were)\s+published)\b`)
	// keptForRe ends with a thing of a meeting or a page kept, stored or
	// open "for" a time: "the recording will stay in the channel for",
	// "slides are available for".
	keptForRe       = lazyre.New(`\b(?:recordings?|videos?|slides|links?|files?|forms?|surveys?|questionnaires?|chat|transcripts?|notes|minutes|materials|resources|documents?)\s+(?:will\s+|would\s+|is\s+|are\s+)(?:be\s+)?(?:stay|remain|kept|stored|held|retained|available|saved|open|live|accessible)\b[^.;]{0,40}\bfor\s+$`)
	deadlineAfterRe = lazyre.New(`^\s*(?:of|from|after)\s+(?:(?:the\s+)?date\s+of\s+)?(?:(?:this|the|its|our|their)\s+)?(?:report|publication|review|inquiry|response|strategy|plan|guidance|letter|paper|decision|announcement|consultation|act|bill|debate|contract|new\s+contract)\b`)
)

// planSpanRe ends with a clause of intention (would, will, shall, plan
// to, intend to, aim to, propose to, going to, thinking of, considering,
// expect to in the present, "expect to leave the profession within"
// (the development set counts a past "expected to leave their post
// within two years" as a figure); told in the past too, "said
// they planned to retire within") and the preposition that
// makes the duration after it the span over which the plan is carried
// out: "we would phase it in over", "we will expand the team across",
// "we aim to recruit within".
var planSpanRe = lazyre.New(`\b(?:would|will|shall|[’']ll|plan(?:s|ned)?\s+to|planning\s+to|intend(?:s|ed)?\s+to|intending\s+to|aim(?:s|ed)?\s+to|aiming\s+to|propos(?:es?|ed)\s+to|proposing\s+to|going\s+to|thinking\s+(?:of|about)|considering|expects?\s+to|expecting\s+to)\s[^,;:()]*\b(?:over|across|during|within|in)\s+$`)

// expectToBeRe is an expectation of what is done to people, "expect to
// be seen within": a standard of care, not the horizon of a plan.
var expectToBeRe = lazyre.New(`\bexpect(?:s|ed|ing)?\s+to\s+be\b`)

// planSpan reports a duration in a clause of intention (lead is the text
// before it): the clause is cut at its last comma, semicolon, colon or
// bracket, so an intention in another clause does not count.
func planSpan(lead string) bool {
	if k := strings.LastIndexAny(lead, ",;:()"); k >= 0 {
		lead = lead[k+1:]
	}
	if !strings.Contains(lead, "ll") && !strings.Contains(lead, "would") && !strings.Contains(lead, " to ") && !strings.Contains(lead, "thinking") && !strings.Contains(lead, "considering") {
		return false // no "will", "would", "shall", "'ll", "plan to", "thinking of" or "considering"
	}
	// "expect to leave the service within": the horizon of what people
	// expect to do; "can expect to be seen within" is a standard of care.
	if expectToBeRe.MatchString(lead) {
		return false
	}
	if !planSpanRe.MatchString(lead) {
		return false
	}
	// "Teams aim to see urgent referrals within 4 hours": a standard for
	// care, which is a figure, not the timetable of a plan.
	for _, w := range strings.Fields(lead) {
		if standardWords[strings.Trim(w, ".,;:’'\"")] {
			return false
		}
	}
	return true
}

// standardWords are the verbs and nouns of care given to a standard:
// a duration in a clause of intention that holds one ("will assess every
// child within 12 weeks") is a standard, a figure.
var standardWords = map[string]bool{"see": true, "assess": true, "respond": true, "treat": true, "contact": true,
	"visit": true, "review": true, "answer": true, "reply": true, "triage": true, "discharge": true, "admit": true,
	"receive": true, "referred": true, "referral": true, "referrals": true, "appointment": true, "appointments": true}

// overQualified are the words after which "over" hedges a wait ("waited
// over two years", "waits of over a year", "for just over a year") rather
// than opening the span something is measured over.
var overQualified = map[string]bool{"waited": true, "wait": true, "waits": true, "waiting": true, "for": true, "of": true,
	"lasted": true, "lasting": true, "lasts": true, "last": true, "took": true, "take": true, "takes": true, "taking": true,
	"spent": true, "spend": true, "spends": true, "spending": true, "been": true, "after": true, "be": true, "is": true,
	"are": true, "was": true, "were": true, "stayed": true, "stay": true, "stays": true, "remained": true, "remain": true,
	"remains": true, "delayed": true, "delay": true, "delays": true, "to": true, "at": true, "by": true, "than": true,
	"just": true, "well": true, "slightly": true, "little": true, "still": true, "now": true, "already": true, "in": true,
	"time": true, "times": true, "old": true, "aged": true, "waitlist": true, "be’": true}

// spanBefore reports a duration after a preposition of span (t is the
// text before it, wide the clause before that): "over" only where it does
// not hedge a wait.
func spanBefore(t, wide string) bool {
	if t != "" && t[len(t)-1] != ' ' && t[len(t)-1] != '\n' {
		return false // a PDF's line may break before the duration
	}
	m := spanBeforeRe.FindStringSubmatch(t)
	if m == nil {
		return false
	}
	switch m[2] {
	case "over":
		if spendWords[m[1]] && sumInClause(wide) {
			// "£4.1 billion for community health spending over three
			// years": the years a sum is spent over, not a wait.
			return true
		}
		return !overQualified[m[1]] && !shareOverLimit(m[1], wide)
	case "every", "each":
		// How often a survey is run or data are published is a schedule;
		// how often care is given ("reviews follow every six months") is
		// a standard, and a figure.
		return measuringRe.MatchString(wide) || meetsRe.MatchString(wide) || oversightRe.MatchString(wide)
	}
	return true
}

// spendWords are the words of spending before "over": after a sum in
// its clause, "over" opens the span the sum is spent over.
var spendWords = map[string]bool{"spending": true, "spend": true, "spent": true, "spends": true, "investment": true, "funding": true}

// sumInClause reports a sum of money in the clause that ends wide (the
// text before a duration): "£4.1 billion for ... spending over".
func sumInClause(wide string) bool {
	if k := strings.LastIndexAny(wide, ";:()"); k >= 0 {
		wide = wide[k+1:]
	}
	return strings.Contains(wide, "£")
}

// shareOverLimit reports "over" after a share that no change precedes
// ("and 20% over 52 weeks", "with 20% over a year"): the time limit the
// share is counted against, as "20% waited over 52 weeks" is; "rose by
// 20% over five years" is a change over a span. word is the word before
// "over", wide the text before the duration.
func shareOverLimit(word, wide string) bool {
	if !strings.HasSuffix(word, "%") && word != "cent" && word != "percent" || !waitWordRe.MatchString(wide) {
		return false
	}
	lead := strings.TrimRight(wide, " ")
	lead = strings.TrimSuffix(lead, "over")
	if k := strings.LastIndexAny(lead, ",;:("); k >= 0 {
		lead = lead[k+1:]
	}
	words := strings.Fields(lead)
	for i := max(0, len(words)-6); i < len(words); i++ {
		if shareChangeWords[strings.Trim(words[i], ".,;:’'\"")] {
			return false
		}
	}
	return true
}

// waitWordRe names waiting, which a time limit bounds: a share "over 52
// weeks" elsewhere ("savings of 20% over three years") is over a span.
var waitWordRe = lazyre.New(`\b(?:wait|waits|waited|waiting|seen|treated|assessed|referred|referrals?|list|lists)\b`)

// shareChangeWords make a share before "over" a change over a span:
// "rose by 20% over five years", "a 20% increase over two years".
var shareChangeWords = map[string]bool{"rose": true, "risen": true, "rise": true, "rises": true, "rising": true,
	"fell": true, "fallen": true, "fall": true, "falls": true, "falling": true, "grew": true, "grown": true,
	"grow": true, "growth": true, "increase": true, "increased": true, "increases": true, "increasing": true,
	"decrease": true, "decreased": true, "decreasing": true, "drop": true, "dropped": true, "declined": true,
	"decline": true, "cut": true, "cuts": true, "reduced": true, "reduce": true, "reduction": true, "by": true,
	"up": true, "down": true, "jumped": true, "climbed": true, "improved": true, "improvement": true,
	"uplift": true, "real-terms": true, "inflation": true, "annual": true, "average": true}

// measuringRe names the collecting and publishing of evidence, whose
// frequency is a schedule: "the survey is run every two years", "data are
// published each quarter", "has counted the workforce every three years".
var measuringRe = lazyre.New(`(?i)\b(?:surveys?|surveyed|audits?|census|count(?:ed|s|ing)?|collect(?:ed|ion|s)?|publish(?:ed|es)?|publications?|report(?:s|ed|ing)?|statistics|data|measured|runs?|conducted|carried\s+out|held|updated|refreshed|repeated|inspect(?:ed|ions?)|refreshes|releases?d?)\b`)

// spanOf reports a duration joined to the noun after it ("a five-year
// roll-out", "a 12-week programme"): the length of what the noun names,
// unless the noun is a wait or a standard for one ("an 18-week wait", "a
// four-week waiting time standard").
func (r *reader) spanOf(a, b int) bool {
	if b >= len(r.lower) || r.lower[b] != ' ' || strings.HasSuffix(r.lower[a:b], "s") {
		return false
	}
	k := strings.LastIndexByte(r.lower[a:b], '-')
	if k < 0 || a+k+1 >= b || !isLetter(r.lower[a+k+1]) {
		return false // "12 week", "18 weeks": not joined
	}
	i := b
	for words := 0; words < 4; words++ {
		j := skipSpace(r.lower, i)
		w, end := wordAt(r.lower, j)
		if w == "" {
			return words > 0
		}
		if waitWords[w] {
			return false
		}
		i = end
		for i < len(r.lower) && r.lower[i] == '-' {
			_, i = wordAt(r.lower, i+1)
		}
	}
	return true
}

// waitWords are the words of a wait or a standard for one: what a
// duration measures when it is a finding.
var waitWords = map[string]bool{"wait": true, "waits": true, "waiting": true, "waited": true, "standard": true,
	"standards": true, "target": true, "targets": true, "delay": true, "delays": true, "backlog": true,
	"deadline": true, "deadlines": true, "timescale": true, "timescales": true, "limit": true, "maximum": true,
	"guarantee": true, "breach": true, "breaches": true, "waiters": true, "stay": true, "stays": true,
	"gap": true, "seen": true, "discharged": true, "still": true, "remained": true, "treated": true,
	"assessed": true, "appointment": true, "contact": true, "started": true, "began": true, "start": true}

// measureWordBefore reports a duration's tail that makes it a length:
// "for 14 weeks after referral", "within six months after", "about 7
// months after", "took nine months after".
func measureWordBefore(t string) bool {
	f := strings.Fields(t)
	if len(f) == 0 {
		return false
	}
	switch f[len(f)-1] {
	case "for", "within", "in", "over", "to", "of", "than", "about", "around", "nearly", "almost", "approximately",
		"roughly", "some", "least", "most", "only", "just", "up", "under", "by", "took", "takes", "take", "spent",
		"lasted", "average", "another", "further", "extra", "additional", "full":
		return true
	}
	return false
}

// timePoint reports a duration after "after" that says when an outcome
// was measured ("reduced it after 12 weeks"), not how long someone
// waited: no word of waiting in the clause before it.
func (r *reader) timePoint(a, b int) bool {
	lead := before(r.lower, a, 80)
	if k := strings.LastIndexAny(lead, ",;:("); k >= 0 {
		lead = lead[k+1:]
	}
	for _, w := range strings.Fields(lead) {
		if waitWords[strings.Trim(w, ".,;:’'\"")] {
			return false
		}
	}
	return true
}

// durationCountable is countable for a duration: "under six months" is a
// wait, though "under 16" is an age.
func (r *reader) durationCountable(a, b int, unit evidence.Unit) bool {
	if quotedStoryDuration(r.s, a) {
		return false
	}
	t := tail(r.lower, a)
	// "the second dose at five years", "weighed at 12 months", "At 12
	// months, children are...": an age; "waits stood at 12 weeks" is a
	// figure. An age may be one of a list: "measured at 24 months or 5
	// years".
	if unit != evidence.UnitOther {
		trimmed := strings.TrimRight(t, " ")
		// "vaccinated at eight weeks", "at 8, 12 and 16 weeks": ages; "the
		// longest at 61 weeks" and "waits stood at 18 weeks" measure.
		if endsWithAny(trimmed, "at") && !atMeasure(strings.TrimSuffix(trimmed, "at")) {
			return false
		}
		if strings.HasSuffix(trimmed, ",") || endsWithAny(trimmed, "or", "and") {
			if m := ageChainBefore.FindStringIndex(before(r.lower, a, 64)); m != nil {
				lead := before(r.lower, a, 64)
				if !atMeasure(lead[:m[0]]) {
					return false
				}
			}
		}
	}
	if unit != evidence.UnitYears && strings.HasSuffix(strings.TrimRight(t, " "), "under") {
		return r.free(a, b) && !precededByLetter(r.s, a)
	}
	if scheduleMoveRe.MatchString(before(r.lower, a, 64)) {
		// "the second dose moves to 18 months": the age a schedule
		// gives a dose or a check at.
		return false
	}
	// "Coverage of the 12-month review by 15 months": an age by which
	// something is done; "cut waits by 3 months" is a change.
	if trimmed := strings.TrimRight(t, " "); strings.HasSuffix(trimmed, " by") && !changeBeforeRe.MatchString(before(r.lower, a, 48)) &&
		!changeVerbBefore(r.lower, len(trimmed)-len("by")) {
		return false
	}
	return r.countableAs(a, b, false)
}

// tally reports days or hours that count provision rather than measure a
// wait: "provided 41,250 days of care", "1,300 hours of support". A
// hundred days or more of something is a volume of activity; "within 100
// days of the request" is not one.
func (r *reader) tally(end int, v float64, unit evidence.Unit) bool {
	if unit != evidence.UnitOther || v < 100 || !strings.HasPrefix(r.lower[end:], " of ") {
		return false
	}
	w, _ := wordAt(r.lower, end+len(" of "))
	return w != "" && !tallyStops[w]
}

// tallyStops are the words after "days of" that date rather than count:
// "within 100 days of the request", "of birth", "of receipt".
var tallyStops = map[string]bool{"the": true, "a": true, "an": true, "their": true, "his": true, "her": true,
	"its": true, "being": true, "birth": true, "age": true, "referral": true, "request": true, "receipt": true,
	"diagnosis": true, "discharge": true, "admission": true, "starting": true, "leaving": true, "arrival": true,
	"notification": true, "application": true, "each": true, "every": true, "this": true, "that": true}

// atMeasure reports the words before "at" that make what follows a
// measure rather than an age: "waits stood at", "capped at".
func atMeasure(lead string) bool {
	return endsWithAny(strings.TrimRight(lead, " "), "stood", "stands", "standing", "remained", "remains", "peaked", "was", "is", "were", "are",
		"capped", "set", "fixed", "estimated", "wait", "waits", "waiting", "time", "times", "longest", "shortest", "median", "average",
		"mean", "maximum", "minimum", "highest", "lowest", "peak", "running", "runs", "ran", "sitting", "sits", "sat")
}

// orEstimate says "lo or hi" in digits names an estimate between the two:
// whole numbers one apart ("3 or 4"), or round ones no more than twice the
// lower ("5 or 10", "300 or 400").
func orEstimate(lo, hi float64) bool {
	if lo != math.Trunc(lo) || hi != math.Trunc(hi) || !(lo < hi) {
		return false
	}
	return hi-lo == 1 || math.Mod(lo, 5) == 0 && math.Mod(hi, 5) == 0 && hi <= 2*lo
}

// readRanges reads ranges as one figure each, with Low and High.
func (r *reader) readRanges() {
	s, lower := r.s, r.lower
	for _, m := range rangeRe.FindAllStringSubmatchIndex(s, -1) {
		// Groups: 1 £, 2 low, 3 its scale, 4 its %, 5 the joining word,
		// 6 £, 7 high, 8 its %, 9 its scale, 10 a unit of time.
		g := func(n int) (int, int) { return m[2*n], m[2*n+1] }
		has := func(n int) bool { return m[2*n] >= 0 }
		text := func(n int) string { a, b := g(n); return s[a:b] }
		loText, hiText := text(2), text(7)
		if precededByLetter(s, m[4]) || afterSlash(s, m[4]) || isYearNumber(loText) || isYearNumber(hiText) || !r.free(m[0], m[1]) {
			continue
		}
		if m[1] < len(s) && (s[m[1]] == '/' || isDigit(s[m[1]]) || s[m[1]] == '-' && m[1]+1 < len(s) && isDigit(s[m[1]+1])) {
			continue // "2-3/4", "1-2-1"
		}
		if monthNames.MatchString(s[m[1]:]) {
			continue // "between 10 and 14 June": dates
		}
		conn := strings.ToLower(strings.TrimSpace(text(5)))
		before := strings.TrimRight(lower[max(0, m[0]-12):m[0]], " ")
		between := strings.HasSuffix(before, "between")
		from := strings.HasSuffix(before, "from") && conn == "to"
		pound := has(1) || has(6)
		loScale, hiScale := 1.0, 1.0
		if has(3) {
			loScale = moneyScale(s, m[6], m[7])
			hiScale = loScale
		}
		if has(9) {
			hiScale = moneyScale(s, m[18], m[19])
			if !has(3) {
				loScale = hiScale
			}
		}
		var unit evidence.Unit
		switch {
		case has(8) || has(4):
			unit = evidence.UnitPercent
			if has(8) && (strings.Contains(text(8), "point") || measure.PercentagePoints("0"+text(8))) {
				unit = evidence.UnitOther
			}
		case pound:
			unit = evidence.UnitGBP
		case has(10):
			unit = durationUnit(text(10))
		case has(9) || has(3):
			unit = evidence.UnitCount
		}
		if has(4) && !has(8) {
			continue // "rose by 11% to 576,000": a percentage, then a count
		}
		switch conn {
		case "and":
			if !between {
				continue
			}
		case "or":
			// "3 or 4 months", "1 or 2%", "300 or 400 children": an
			// estimate between the two, never the second alone. Only
			// numbers an estimate names (one apart, or round ones):
			// "fell by 5 or 7 per cent in the two schools" is two figures
			// sharing their unit, "6 or 4" two figures.
			if between || from || !orEstimate(parseNumber(loText), parseNumber(hiText)) {
				continue
			}
		case "to":
			// "10 to 15%" has its unit after both numbers; "£60 to £90"
			// before each; "500 to 700 children per health visitor" its
			// caseload's after the second.
			if !between && !from && !has(8) && !has(9) && !has(10) && !(has(1) && has(6)) && caseloadEnd(s, m[14]) < 0 && !spanOfCounts(lower[:m[0]], has(3)) && r.comparedSpan(lower[:m[0]]) == "" {
				continue
			}
		}
		end := m[1]
		if e := caseloadEnd(s, m[14]); unit == "" && e >= 0 {
			// "from 310 to 690 children per full-time health visitor",
			// "between 4,000 and 6,000 pupils per WTE nurse": a range of
			// caseloads, a rate as one caseload is (caseloadRe), never a
			// range of counts of children with its "per" cut off.
			end, unit = e, evidence.UnitOther
		} else if unit == "" {
			// A range of counts needs the noun it counts: "300-400 children",
			// or the range it is compared with: "from 350 to 700 families,
			// compared with 400 to 500 in Hampshire" (hostile check 68:
			// Hampshire's range no figure, in Surrey's measure).
			end = countEnd(s, skipSpace(s, m[1]), m[1])
			if end == m[1] && conn == "to" && !between && !from {
				unit = r.comparedSpan(lower[:m[0]])
			} else if end != m[1] {
				unit = evidence.UnitCount
			}
			if unit == "" || !r.countable(m[4], m[5]) {
				continue
			}
		}
		lo, hi := parseNumber(loText)*loScale, parseNumber(hiText)*hiScale
		start := m[0]
		if between || from {
			prefix := strings.TrimRight(lower[:m[0]], " ")
			start = len(prefix) - len("from")
			if between {
				start = len(prefix) - len("between")
			}
		}
		if notCountBefore(tail(s, start)) {
			continue // "Figure 1 – 45%", "aged under 5-10"
		}
		if has(8) && unit == evidence.UnitOther && !pointsAbbrevRead(lower, text(8), start, end) {
			continue // "pages 4-6pp": no points
		}
		if conn == "to" && (from && changeVerbBefore(lower, start) ||
			!from && !between && (has(4) && has(8) || has(1) && has(6)) && directChangeVerbRe.MatchString(tail(lower, m[0]))) {
			// "rose from 12% to 18%" is a change between two figures, not
			// a range: each is read on its own, the later one the headline.
			// In "widened from 11.2 to 15.9 percentage points" the first
			// has the unit of the second.
			if !has(4) && !has(1) && (has(8) || has(10)) {
				r.add(m[4], m[5], lo, unit)
			}
			// "fell from 640 to 410 children": the value it fell from
			// counts what the value it reached does.
			if (unit == "" || unit == evidence.UnitCount) && !pound && !has(4) && !has(8) && !has(10) &&
				countEnd(s, skipSpace(s, m[1]), m[1]) != m[1] && r.countable(m[4], m[5]) {
				loEnd := m[5]
				if has(3) {
					loEnd = m[7]
				}
				r.add(m[4], loEnd, lo, evidence.UnitCount)
			}
			continue
		}
		if conn == "to" && !between && !from && (has(1) || has(3) || has(4)) && strings.HasSuffix(before, " by") &&
			changeVerbBefore(lower, len(strings.TrimRight(lower[:m[0]], " "))-len("by")) {
			// "fell by £2m to £10m": a change with a unit of its own,
			// then the level it reached, never a range; each is read on
			// its own. "rose by 10 to 15%", whose first number borrows
			// the unit of the second, is a change of between 10 and 15%.
			continue
		}
		if !(lo < hi) || !r.free(start, end) {
			continue
		}
		if has(10) && r.datesSomething(start, end) {
			// "every 2-3 years", "over the next 3 to 5 years": a span,
			// whose second end is not read on its own either.
			for k := start; k < end; k++ {
				r.taken[k] = true
			}
			continue
		}
		r.addFigure(start, end, evidence.Figure{Value: lo, Low: lo, High: hi, Unit: unit})
	}
}

// spanOfCounts reports the words before a "LO to HI" of bare numbers
// (lead, lower case) naming a span of what they count, the
// noun after the second: "a caseload of 2,800 to 3,200 pupils",
// "caseloads of 400 to 600 children". Before (hostile check 68), the two
// were read as two counts (the first of no noun) or the second alone,
// the first in its measure ("had caseloads of 400"). A change "of" them
// stays two figures: "an increase of 200 to 3,200 children" is a change,
// then the level it reached.
func spanOfCounts(lead string, scaled bool) bool {
	lead = strings.TrimRight(lead, " ")
	if scaled || !strings.HasSuffix(lead, " of") {
		return false
	}
	lead = lead[:len(lead)-len(" of")]
	return spanOfNouns[lead[strings.LastIndexByte(lead, ' ')+1:]]
}

// comparedSpan is the unit of the range of counts read before a "LO to
// HI" compared with it (lead, lower case, ends with the comparison):
// "ranged from 350 to 700 families, compared with 400 to 500 in
// Hampshire" gives count; "" where there is none.
func (r *reader) comparedSpan(lead string) evidence.Unit {
	for i := len(r.figs) - 1; i >= 0; i-- {
		if f := r.figs[i]; f.Unit == evidence.UnitCount && f.IsRange() {
			if comparedWithEndRe.MatchString(lead) {
				return f.Unit
			}
			break
		}
	}
	return ""
}

// comparedWithEndRe ends the words that set a value beside one before it:
// ", compared with ", " against ", " than ".
var comparedWithEndRe = newEndRe(lazyre.New(`(?:,\s+|\s)(?:compared\s+(?:with|to)|against|than|versus|vs\.?)\s*$`))

// spanOfNouns are the nouns whose "of" a span of counts follows: what a
// worker or a service holds, "a caseload of", "a list of".
var spanOfNouns = map[string]bool{"caseload": true, "caseloads": true, "case-load": true, "case-loads": true,
	"list": true, "lists": true, "population": true, "populations": true, "cohort": true, "cohorts": true,
	"roll": true, "rolls": true, "capacity": true, "size": true, "sizes": true}

// caseloadEnd is the end of the caseload (caseloadRe) whose number
// starts at s[at:], "690 children per full-time health visitor", or -1.
func caseloadEnd(s string, at int) int {
	if at < 0 || !strings.Contains(s[at:], " per ") {
		return -1
	}
	m := caseloadRe.FindStringSubmatchIndex(s[at:min(len(s), at+120)])
	if m == nil || m[0] != 0 || m[4] >= 0 && isFunctionWord(s[at+m[4]:at+m[5]]) {
		return -1
	}
	return at + m[1]
}

// changeVerbFromRe is a verb of change before "from": "rose from",
// "went from", "fell, from", "fell slightly, from" (a comma after the
// verb or its adverb sets the values apart).
var changeVerbFromRe = lazyre.New(`(?i)\b(?:widened|widening|widen|widens|narrowed|narrowing|narrow|narrows|improved|improving|worsened|worsening|doubled|halved|trebled|tripled|shrank|shrunk|expanded|soared|plummeted|slipped|dipped|rose|risen|rising|rise|increased?|increasing|grew|grown|growing|fell|fallen|falling|dropped|decreased?|decreasing|declined?|declining|went up|went down|gone up|gone down|jumped|climbed|changed|moved|went|gone|shifted|up|down)(?:\s+(?:\w+\s+){0,2}|(?:\s+\w+ly)?,\s+)$`)

// changeObjectFromRe is a verb that changes what it names, then that
// object, before "from": "cut the share waiting over a year from",
// "reduced the average wait for an assessment from". The object may be
// a long noun phrase, but no clause: no punctuation stands in it.
var changeObjectFromRe = lazyre.New(`(?i)\b(?:cut|cuts|cutting|reduced?|reduces|reducing|lowered|lowering|raised|raising|increased?|increases|increasing|decreased?|decreasing|halved|halving|doubled|doubling|slashed|shortened|lengthened|improved|brought|bringing|got|getting)\s+(?:[\w’'-]+\s+){0,7}(?:down\s+|up\s+)?$`)

// changeVerbBefore reports a verb of change before the "from" ending at
// fromAt: the figures after it are the values a change went between, not
// a range.
func changeVerbBefore(lower string, fromAt int) bool {
	fromAt = max(0, fromAt)
	if changeVerbFromRe.MatchString(tail(lower, fromAt)) {
		return true
	}
	// "increased support for families waiting from 12 to 18 months": a
	// word that spans what follows makes it a range, whatever the verb
	// before.
	lead := before(lower, fromAt, 80)
	return changeObjectFromRe.MatchString(lead) && !endsWithAny(strings.TrimRight(lead, " "), spanWords...)
}

// spanWords take a span after them: "waiting from 12 to 18 months",
// "aged from 5 to 11", "ranging from".
var spanWords = []string{"waiting", "waited", "aged", "lasting", "lasted", "ranging", "ranged", "varying", "varied",
	"spanning", "running", "born"}

// directChangeVerbRe ends with a verb of change standing right before
// the value a change went from, with no "from": "went 31% to 9%",
// "improved 41% to 58%".
var directChangeVerbRe = newEndRe(lazyre.New(`(?i)\b(?:went|moved|shifted|changed|improved|worsened|rose|fell|dropped|climbed|jumped|increased|decreased|declined|grew|cut|reduced|lowered|raised)\s+$`))

// readRatios reads multiples: "twice as likely", "three times as likely",
// "a threefold rise".
func (r *reader) readRatios() {
	s, lower := r.s, r.lower
	if strings.Contains(lower, "twice") || strings.Contains(lower, "times") || strings.Contains(lower, "half as") {
		for _, m := range ratioRe.FindAllStringSubmatchIndex(s, -1) {
			head := strings.ToLower(s[m[2]:m[3]])
			comp := strings.ToLower(s[m[6]:m[7]])
			if head == "half" && comp != "as" {
				continue
			}
			v := wordNumbers[head]
			if m[4] >= 0 {
				n := s[m[4]:m[5]]
				half := 0.0
				if k := strings.Index(strings.ToLower(n), " and a half"); k > 0 {
					n, half = strings.TrimSpace(n[:k]), 0.5 // "two and a half times"
				}
				v = wordOrNumber(n) + half
				if precededByLetter(s, m[4]) {
					continue
				}
			}
			end := m[3]
			switch comp {
			case "as", "more", "less":
				// Through the adjective: "twice as likely", "three times more likely".
				if w, e := wordAt(s, skipSpace(s, m[7])); w != "" && e > m[7] {
					end = e
				}
			case "the", "those", "that", "what", "their", "its", "our", "pre-pandemic":
			default:
				end = m[7]
			}
			// "almost four times as likely (3.7)": the exact ratio in
			// brackets is the figure, and it is not hedged.
			exact := false
			if b := ratioExactRe.FindStringSubmatchIndex(s[end:]); b != nil {
				if x := parseNumber(s[end+b[2] : end+b[3]]); x >= v*0.6 && x <= v*1.4 {
					v, end, exact = x, end+b[1], true
				}
			}
			start, low := m[2], 0.0
			if m[4] >= 0 && !exact {
				start, low = ratioLowEnd(s, m[4], v) // "three to four times as often"
			}
			added := r.add(start, end, v, evidence.UnitRatio)
			if added && exact {
				r.figs[len(r.figs)-1].Qualifier = ""
			} else if added && low > 0 {
				f := &r.figs[len(r.figs)-1]
				f.Value, f.Low, f.High = low, low, v
			}
		}
	}
	if strings.Contains(lower, "fold") {
		for _, m := range foldRe.FindAllStringSubmatchIndex(s, -1) {
			r.add(m[0], m[1], wordOrNumber(s[m[2]:m[3]]), evidence.UnitRatio)
		}
	}
}

// readWordPercents reads percentages written in words: "Eighty-two per
// cent", "twenty percent".
func (r *reader) readWordPercents() {
	lower := r.lower
	for _, sign := range []string{"per cent", "percent", "pp"} {
		if sign == "pp" && !strings.Contains(lower, " pp") {
			continue
		}
		for from := 0; ; {
			k := strings.Index(lower[from:], sign)
			if k < 0 {
				break
			}
			at := from + k
			from = at + len(sign)
			end := at
			for end > 0 && lower[end-1] == ' ' {
				end--
			}
			if end == at || end == 0 || !isLetter(lower[end-1]) {
				continue
			}
			// "two percentage points" is a difference of percentages, in
			// points; "percentile" and the like are no per cent.
			stop, unit := at+len(sign), evidence.UnitPercent
			if rest := lower[stop:]; strings.HasPrefix(rest, "age point") {
				stop, unit = stop+len("age point"), evidence.UnitOther
				if strings.HasPrefix(lower[stop:], "s") {
					stop++
				}
			}
			if stop < len(lower) && isLetter(lower[stop]) {
				continue
			}
			if sign == "pp" {
				// "fell by three pp": points, where "3pp" would be.
				unit = evidence.UnitOther
			}
			if start, v, ok := wordNumberBefore(r.s, end); ok && v <= 100 {
				if sign == "pp" && !pointsAbbrevRead(lower, r.s[at:stop], start, stop) {
					continue // "three pp of notes": pages
				}
				if from, lo, ok := wordRangeLow(r.s, start); ok && lo < v {
					r.addFigure(from, stop, evidence.Figure{Value: lo, Low: lo, High: v, Unit: unit})
					continue
				}
				r.add(start, stop, v, unit)
			}
		}
	}
}

// readWordNumbers reads counts and durations written in words:
// "twenty-three trusts", "two million children", "waited two years",
// "six teams", and ranges: "two to three years", "between six and nine
// months". A number under ten in words is a count only when a plural
// noun follows it at once ("six teams", not "two main reasons"), and
// never after "the" or "these" ("the two services" names them).
func (r *reader) readWordNumbers() {
	s := r.s
	for i := 0; i < len(s); i++ {
		if !isLetter(s[i]) || (i > 0 && isLetter(s[i-1])) {
			continue
		}
		v, end, compound, ok := wordNumberAt(s, i)
		if !ok {
			continue
		}
		if r.readWordRange(i, end, v) {
			i = end
			continue
		}
		next := skipSpace(s, end)
		if s[min(end, len(s)-1)] == '-' {
			next = end + 1
		}
		w, wEnd := wordAt(s, next)
		if periodQualifiers[w] {
			// "two financial years", "three school years": the unit
			// after the kind of year is the figure's.
			if w2, e2 := wordAt(s, skipSpace(s, wEnd)); durationUnit(w2) != "" {
				w, wEnd = w2, e2
			}
		}
		before := strings.TrimRight(tail(r.lower, i), " ")
		switch {
		case next == end || w == "":
			if v >= 2 && establishmentWordCueRe.MatchString(tail(r.lower, i)) && r.countable(i, end) {
				// "against a funded establishment of nine.": the
				// workforce's establishment, as "of 9" is read.
				r.add(i, end, v, evidence.UnitCount)
			}
		case durationUnit(w) != "" && v >= 2 && (strings.HasSuffix(w, "s") || next == end+1):
			if !r.datesSomething(i, wEnd) && r.durationCountable(i, end, durationUnit(w)) {
				r.add(i, wEnd, v, durationUnit(w))
			}
		case s[end] != ' ' || !r.countable(i, end) || isFunctionWord(w) || !countedAhead(s, end) || proseCountedAhead(s, next):
		case scheduleNoun(w, v), radius(r.lower, i, w):
		case v >= 10 || compound:
			unit := nounUnit(w)
			if r.stay(i, w) {
				unit = evidence.UnitOther
			}
			r.add(i, countEnd(s, next, end), v, unit)
		case splitIntoRe.MatchString(tail(r.lower, i)):
			// "ranked by deprivation and split into five equal
			// groups": how the figures were grouped, no count.
		case v >= 2 && (!endsWithAny(before, "the", "these", "those", "both", "all", "its", "their", "every", "each") || noneOfTheRe.MatchString(before) && !verbAfterCount(s, next)) && !trendPeriods(before):
			// "six teams", "six face-to-face groups", "Four consultant
			// psychiatrist posts"; "None of the six trusts had": the
			// group the finding counts in full, as "two of the six" is.
			if e := smallCountEnd(s, next); e > next {
				r.add(i, e, v, evidence.UnitCount)
			} else {
				r.add(i, end, v, evidence.UnitCount)
			}
		}
		i = end
	}
}

// noneOfTheRe ends with "none of the" or "neither of the" opening a
// clause: the group after it is all the finding counts.
var noneOfTheRe = lazyre.New(`(?:^|[.;:,(]\s*|\b(?:and|but|that|while|whereas)\s+)(?:none|neither)\s+of\s+the$`)

// verbAfterCount reports the word at next as a verb, not the noun a
// count counts: one a determiner follows ("None of the four reaches the
// 95% level").
func verbAfterCount(s string, next int) bool {
	_, end := wordAt(s, next)
	w, _ := wordAt(s, skipSpace(s, end))
	switch strings.ToLower(w) {
	case "the", "a", "an", "its", "their", "this", "that", "any", "our":
		return true
	}
	return false
}

// scheduleMoveRe ends with a dose, check or review that a schedule moves to
// another age: "the second dose moves to", "the review was brought forward
// to". The age is the schedule's, no measure; a wait that moves to some
// weeks is one.
var scheduleMoveRe = newEndRe(lazyre.New(`(?i)\b(?:doses?|jabs?|vaccines?|vaccinations?|immuni[sz]ations?|boosters?|checks?|reviews?|screens?|screenings?)\s+(?:\w+\s+){0,2}(?:moves?|moved|moving|brought\s+forward|brings?\s+forward|changes?|changed|changing|shifts?|shifted|shifting|will\s+move|is\s+moving|are\s+moving)\s+to\s+$`))

// splitIntoRe ends with the words before the number of parts a method
// splits its subjects into: "split into", "divided equally into", "grouped
// into", "banded into". The parts are the method's, not a finding.
var splitIntoRe = newEndRe(lazyre.New(`(?i)\b(?:split|divided|grouped|sorted|banded|broken\s+down|separated|ranked|arranged)\s+(?:\w+\s+)?into\s+$`))

// establishmentWordCueRe ends with the words before a workforce's
// establishment or plan given in words at the end of its clause: "a
// funded establishment of nine", "against a planned twelve".
var establishmentWordCueRe = newEndRe(lazyre.New(`(?i)\b(?:establishment\s+of|against\s+(?:a|an|the|its|their|our)\s+(?:planned|funded|commissioned|budgeted|agreed)(?:\s+establishment\s+of)?)\s+$`))

// periodQualifiers name the kind of year, week or day a duration counts:
// "two financial years", "ten working days".
var periodQualifiers = map[string]bool{"financial": true, "academic": true, "school": true, "calendar": true, "working": true}

// notCounted are nouns that a small number in words counts in the
// report's own prose, not in what it found: "we make four
// recommendations", "for two reasons".
var notCounted = map[string]bool{"recommendations": true, "reasons": true, "ways": true, "things": true,
	"questions": true, "themes": true, "priorities": true, "principles": true, "steps": true, "shifts": true,
	"parts": true, "sections": true, "chapters": true, "options": true, "findings": true, "pillars": true,
	"aims": true, "objectives": true, "goals": true, "actions": true, "asks": true, "tests": true,
	"criteria": true, "categories": true, "elements": true, "stages": true, "phases": true, "levels": true,
	"tiers": true, "points": true, "lessons": true, "messages": true, "examples": true, "issues": true,
	"areas": false, "degrees": true, "tips": true, "facts": true, "myths": true, "ideas": true,
	// A paper's own decisions and proposals for its board ("sets out three
	// decisions for the Board").
	"decisions": true, "proposals": true,
	// What a report draws from its findings ("point to five implications
	// for decision makers", "we draw three conclusions").
	"implications": true, "conclusions": true,
	// Quarters of a year are a span of time, no people or things counted:
	// "in the first two quarters of 2024/25".
	"quarters": true}

// proseCountedAhead reports a noun of proseCounted at next or after one
// word more: "three suggestions", "three practical suggestions".
func proseCountedAhead(s string, next int) bool {
	w, end := wordAt(s, next)
	if proseCounted[w] {
		return true
	}
	w, _ = wordAt(s, skipSpace(s, end))
	return proseCounted[w]
}

// proseCounted are nouns that a small number in words counts only in the
// writer's own prose ("so three practical suggestions"), while a number
// in digits counts what was found ("212 suggestions from young people").
var proseCounted = map[string]bool{"suggestions": true}

// smallCountEnd is where the figure text of a small count in words ends:
// after a plural noun right after it ("six teams"), or after a hyphenated
// adjective and its plural noun ("six face-to-face groups"); next is the
// start of the word after the number. It returns next when there is none.
func smallCountEnd(s string, next int) int {
	hyphenated := func(i int) (string, int, bool) {
		w, end := wordAt(s, i)
		hy := false
		for end+1 < len(s) && s[end] == '-' && isLetter(s[end+1]) {
			_, end = wordAt(s, end+1)
			w, hy = strings.ToLower(s[i:end]), true
		}
		return w, end, hy
	}
	plural := func(w string) bool {
		return !notCounted[w] && (countNouns[w] || len(w) > 2 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us"))
	}
	w, end, hy := hyphenated(next)
	if w == "" {
		return next
	}
	if !hy && plural(w) {
		return end
	}
	if end < len(s) && s[end] == ' ' && (hy || !countStops[w] && !isFunctionWord(w) && durationUnit(w) == "") {
		// "six face-to-face groups", "six focus groups", "three
		// different workers".
		if w2, end2, _ := hyphenated(end + 1); w2 != "" && plural(w2) && durationUnit(w2) == "" {
			return end2
		}
	}
	return next
}

// readWordRange reads a range starting with the number in words at
// [i, end): "two to three years", "between six and nine months".
func (r *reader) readWordRange(i, end int, lo float64) bool {
	s, lower := r.s, r.lower
	k := skipSpace(s, end)
	conn, kEnd := wordAt(s, k)
	if k == end || conn != "to" && conn != "and" && conn != "or" {
		return false
	}
	between := strings.HasSuffix(strings.TrimRight(tail(lower, i), " "), "between")
	if conn == "and" && !between {
		return false
	}
	j := skipSpace(s, kEnd)
	hi, hEnd, _, ok := wordNumberAt(s, j)
	if !ok || j == kEnd || !(lo < hi) {
		return false
	}
	u := skipSpace(s, hEnd)
	w, wEnd := wordAt(s, u)
	unit := durationUnit(w)
	if u == hEnd {
		return false
	}
	if unit == "" {
		// "between three and four teeth": a range of counts of a noun.
		if e := smallCountEnd(s, u); e > u && r.countable(i, end) {
			unit, wEnd = evidence.UnitCount, e
		} else {
			return false
		}
	}
	start := i
	if between {
		start = len(strings.TrimRight(lower[:i], " ")) - len("between")
	} else if strings.HasSuffix(strings.TrimRight(tail(lower, i), " "), "from") {
		start = len(strings.TrimRight(lower[:i], " ")) - len("from")
	}
	if !r.free(start, wEnd) {
		return false
	}
	if r.datesSomething(start, wEnd) {
		// A span, not a finding: neither end is read on its own.
		for k := start; k < wEnd; k++ {
			r.taken[k] = true
		}
		return true
	}
	if unit == evidence.UnitCount && r.stay(start, w) {
		unit = evidence.UnitOther
	}
	return r.addFigure(start, wEnd, evidence.Figure{Value: lo, Low: lo, High: hi, Unit: unit})
}

// stay reports nights that measure how long someone stayed, "for" before
// them: "admitted for three nights", "each for between one and three
// nights", a length of time (other); "3,150 nights of respite" counts the
// nights given.
func (r *reader) stay(start int, noun string) bool {
	if noun != "nights" && noun != "night" {
		return false
	}
	q, _ := qualifierBefore(r.s, start)
	return endsWithAny(strings.TrimRight(tail(r.lower, q), " "), "for")
}

// dayCompoundRe is the noun "day" qualifies after "a day": "a day
// programme", "a day service", "a day-case" aside (a hyphen is read
// apart).
var dayCompoundRe = lazyre.New(`^\s+(?:programmes?|services?|centres?|centers?|units?|hospitals?|care|patients?|surgery|nursery|schools?|trips?|release|placements?|teams?|clinics?|wards?|beds?|treatment|sessions?|provision)\b`)

// spanChangeRe is a change told after a sentence's opening "Within a
// year": a verb of rising or falling, or "from N to M".
var spanChangeRe = lazyre.New(`\b(?:fell|rose|dropped|increased|decreased|halved|doubled|trebled|came\s+down|went\s+up|went\s+down|was\s+cut|were\s+cut|grew|shrank|from\s+\S+\s+to\s+\S+)\b`)

// readOneUnit reads a duration of one unit, which reports write as "a
// year" or "one week": "waited more than a year", "seen within one week".
// Only a hedge or a word of waiting before it makes it a figure: "£11bn a
// year" is a rate and "a year earlier" a date.
func (r *reader) readOneUnit() {
	s, lower := r.s, r.lower
	for _, unit := range []string{"year", "month", "week", "day", "hour"} {
		for from := 0; ; {
			k := strings.Index(lower[from:], unit)
			if k < 0 {
				break
			}
			at := from + k
			from = at + len(unit)
			if from < len(lower) && isLetter(lower[from]) || at < 2 || lower[at-1] != ' ' {
				continue
			}
			if from+1 < len(lower) && lower[from] == '-' && isLetter(lower[from+1]) && !strings.HasPrefix(lower[from+1:], "long") {
				continue // "a day-case procedure", "a week-end": a compound, not a duration
			}
			j := at - 1
			i := j
			for i > 0 && isLetter(lower[i-1]) {
				i--
			}
			if w := lower[i:j]; w != "a" && w != "one" && w != "an" {
				continue
			}
			if s[at] == 'Y' && unit == "year" && from+1 < len(s) && s[from] == ' ' && isDigit(s[from+1]) {
				continue // "a Year 2 pupil": a school year group
			}
			if unit == "day" && dayCompoundRe.MatchString(lower[from:]) {
				continue // "for a day programme": a kind of service, no day's length
			}
			_, qual := qualifierBefore(s, i)
			prev := strings.TrimRight(tail(lower, i), " ")
			if prev == "within" && strings.TrimSpace(lower[:i-len("within ")]) == "" && spanChangeRe.MatchString(lower[from:]) {
				// "Within a year the share turned away fell from 31% to
				// 12%": the time the change took, no limit a share is
				// counted against (set 82).
				continue
			}
			after := lower[from:min(len(lower), from+24)]
			// "had waited longer than a year": a comparison that hedges a wait.
			if qual == "" && !endsWithAny(prev, "within", "for", "waited", "wait", "waiting", "waits", "after") && !endsWithAny(prev, "longer than") &&
				!strings.HasPrefix(after, " on a waiting list") && !strings.HasPrefix(after, " on the waiting list") &&
				!strings.HasPrefix(after, " waiting") && !strings.HasPrefix(after, " of waiting") {
				continue
			}
			if r.datesSomething(i, from) || accountSpan(s, lower, i, from) || accountTerm(s, i, from) {
				continue
			}
			r.add(i, from, 1, durationUnit(unit))
		}
	}
}

// endsWithAny reports whether s ends with one of the words.
func endsWithAny(s string, words ...string) bool {
	for _, w := range words {
		if strings.HasSuffix(s, w) && (len(s) == len(w) || !isLetter(s[len(s)-len(w)-1])) {
			return true
		}
	}
	return false
}

// nounUnit is the unit of a number followed by noun: a distance ("50
// miles from home") is unit other, anything else a count.
func nounUnit(noun string) evidence.Unit {
	switch noun {
	case "miles", "mile", "km", "kilometres", "kilometers", "metres", "meters", "yards",
		"seconds", "second", "secs":
		// Distances, and times the units do not name: "answered within
		// 60 seconds" (days and hours are other too; "3,150 nights of
		// respite" counts nights given).
		return evidence.UnitOther
	}
	return evidence.UnitCount
}

// radius reports a distance that bounds a search or a rule rather than
// measuring anything: "every practice within 10 miles", "schools within
// 2 km"; "travelled a median of 38 miles" is a finding.
func radius(lower string, a int, noun string) bool {
	switch noun {
	case "miles", "mile", "km", "kilometres", "kilometers", "metres", "meters", "yards":
		return endsWithAny(strings.TrimRight(tail(lower, a), " "), "within")
	}
	return false
}

// measureUnits are units of measurement written after a number: "60.5
// mmol/mol", "3.2 kg", "120 ml".
var measureUnits = map[string]bool{"mmol": true, "mg": true, "kg": true, "cm": true, "mm": true, "ml": true,
	"kcal": true, "calories": true, "grams": true, "kilograms": true, "litres": true, "liters": true, "centimetres": true}

// scheduleNoun reports a small number of doses, which names a vaccine's
// schedule ("had received two doses of MMR"), not a count of anything.
func scheduleNoun(noun string, v float64) bool {
	return v <= 4 && (noun == "doses" || noun == "dose" || noun == "jabs" || noun == "injections")
}

// isFunctionWord reports a word that cannot be what a count counts.
func isFunctionWord(w string) bool {
	switch w {
	case "per", "times", "of", "in", "to", "and", "or", "a", "an", "the", "percent", "years", "year", "old",
		"is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "for", "on", "at", "by", "from", "with":
		return true
	}
	return false
}

// bareCuesRe are the words after which a number that ends its clause is
// a count: "numbered 270,000", "rose to 1.2 million", "41 in post against
// a planned 52" (the planned establishment, as "against 52" is), "it has
// received 341, up 11%" (referrals a service took in).
// earlierBracketAfterRe opens a bracket right after a value that gives
// the value's earlier one or its change: " (down from", " (previously",
// " (was", " (up 4% on".
var earlierBracketAfterRe = lazyre.New(`(?i)^ ?\((?:up|down|previously|formerly|was|were|compared\s+(?:with|to))\s`)

var bareCuesRe = lazyre.New(`(?i)\b(?:numbered|received|numbering|totall?ed|totall?ing|total of|reached|reaching|stood at|standing at|(?:stayed|stays|remained|remains)(?:\s+(?:broadly\s+|roughly\s+|largely\s+)?(?:flat|steady|stable|level|unchanged))?\s+at|rose to|risen to|rising to|increased to|increasing to|fell to|fallen to|falling to|decreased to|dropped to|grew to|grown to|climbed to|compared with|compared to|against|against\s+(?:a|an|the|its|their|our)\s+(?:planned|funded|commissioned|budgeted|agreed|expected|target)|up from|down from|estimated at|an estimated|to around|to about|to almost|to nearly|to over|to more than|out of|(?:maximum|minimum|target|cap|limit|ceiling|threshold|average|ambition|expectation|establishment) of|(?:a|the)\s+need\s+for|a\s+shortfall\s+of|a\s+gap\s+of)\s*$`)

// changedThenAtRe ends with a change and ", at" or ", to" before the
// level it changed to, which ends its clause: "were up 18% on the same
// quarter last year, to 611".
var changedThenAtRe = lazyre.New(`(?i)\b(?:up|down|rose|fell|increased|decreased|grew)\s+(?:by\s+)?\d[\d.,]*\s?(?:%|per\s?cent|pp|percentage\s+points?)?(?:\s+(?:on|from|since|in|over|compared\s+with)\s+[^.;:,]{1,50})?,\s*(?:at|to)\s*$`)

// sampleAfterCountRe is a sample's size in brackets right after a count
// and before the noun it counts: "1,200 (n=4,000) children", "(base:
// 4,000)", "(sample size 845)". Read past, the count keeps its noun
// (hostile check 68: "1,200 (n=4,000) children in Medway were referred"
// lost its 1,200, the item its headline).
var sampleAfterCountRe = lazyre.New(`^\((?:[nN]\s?=\s?|(?i:(?:un)?weighted\s+)?(?i:base|sample(?:\s+size)?)\s*[:=]?\s*)\d[\d,]*\)`)

// copulaCountRe ends with a sentence whose subject is a number of
// something, and its verb, before the count that ends it: "The average
// number of children in custody at any one time was 430."
var copulaCountRe = lazyre.New(`(?i)\b(?:number|numbers|total|count|population|caseload|headcount)\b[^.;:]{0,100}?\s(?:was|were|is|are|stood\s+at|stands\s+at|remained|remains)\s*$`)

// readCounts reads counts: a number and what it counts ("134
// individuals", "8,500 new staff", "2.5m children"), and a number that ends
// its clause with no noun after it ("Referrals numbered 270,000."), which
// is a count when a verb of quantity comes before it or when it is grouped
// in thousands. The numbers are found by hand rather than by two patterns
// over the sentence: this is the commonest figure and ran on every
// sentence with a digit.
func (r *reader) readCounts() {
	s := r.s
	for _, n := range numbersIn(s) {
		a, b := n[0], n[1]
		num := s[a:b]
		scaleEnd, scale, glued := scaleAfter(s, b)
		if r.approximateCount(a, b) || priorComparatorValue(s, a, b) {
			continue // a prior year's value takes its unit in readComparedValues
		}
		// "1,200+ children": the plus hedges the count (plusHedged), and
		// the noun after it is what is counted.
		wordFrom := scaleEnd
		if plusBeforeWord(s, scaleEnd, parseNumber(num)*scale) {
			wordFrom++
		}
		j := wordFrom
		for j < len(s) && isSpace(s[j]) {
			j++
		}
		sampled := false // a sample bracket stands between the count and its noun
		if j > wordFrom && j+1 < len(s) && s[j] == '(' && scaleEnd == b {
			if m := sampleAfterCountRe.FindStringIndex(s[j:]); m != nil {
				j, sampled = skipSpace(s, j+m[1]), true
			}
		}
		if j > wordFrom && j < len(s) && isLetter(s[j]) && !labelPairAfter(s, wordFrom) {
			// A number and a word: "134 individuals", "2.5m children".
			i := j
			yearGroup := false
			if s[j] == 'Y' && scaleEnd == b {
				if m := yearGroupNounRe.FindStringSubmatchIndex(s[j:]); m != nil {
					// "the 1,180 Year 6 pupils": the school year
					// qualifies the noun counted.
					i, yearGroup = j+m[2], true
				}
			}
			for _, w := range []string{"new ", "more ", "additional ", "extra "} {
				if strings.HasPrefix(s[i:], w) && i+len(w) < len(s) && isLetter(s[i+len(w)]) {
					i += len(w)
					break
				}
			}
			if scaleEnd == b && r.occurrences(a, b, j) {
				continue
			}
			if scaleEnd == b && r.staffCount(a, b, j) {
				continue
			}
			if !r.countable(a, b) || monthNames.MatchString(s[b:]) || rangeAfter.MatchString(s[b:]) ||
				!yearGroup && nextWordIs(s, wordFrom, "per", "times", "am", "pm", "million", "billion", "weeks", "week", "months", "month", "years", "year", "days", "day", "hours", "hour", "minutes", "minute", "mins", "out") && !countOutOf(s, wordFrom) {
				continue
			}
			if w, wEnd := wordAt(s, i); measureUnits[w] && scaleEnd == b && r.countable(a, b) {
				// "60.5 mmol/mol", "3.2 kg": a measurement.
				if wEnd+1 < len(s) && s[wEnd] == '/' && isLetter(s[wEnd+1]) {
					_, wEnd = wordAt(s, wEnd+1)
				}
				r.add(a, wEnd, parseNumber(num), evidence.UnitOther)
				continue
			}
			drawnK := glued && kDrawnCount(s, b)
			if !yearGroup && !countedAhead(s, wordFrom) && !strings.Contains(num, ",") && (scaleEnd == b || drawnK) && !ofThoseRe.MatchString(tail(r.lower, a)) {
				// A number with no noun of its own is a count where the
				// sentence has already said what is counted: "Of the 34
				// hospices, 11 received...", "only 11 of the 23 had",
				// "up from 69 in 2022/23", "Of the 10k children
				// referred, 3.2k were seen" (kDrawnCount).
				if drawnK && r.countable(a, b) || !drawnK && r.bareCount(a, b, j) {
					r.add(a, scaleEnd, parseNumber(num)*scale, evidence.UnitCount)
				}
				continue
			}
			noun, _ := wordAt(s, i)
			if scaleEnd == b && partOfPeople(s, r.lower, a, b, i, noun) {
				continue // "1.200 children": not known what number it is
			}
			if scheduleNoun(noun, parseNumber(num)*scale) || radius(r.lower, a, noun) {
				continue // "two doses of MMR": the schedule, not a count
			}
			// The figure text runs to the end of the noun it counts.
			unit := nounUnit(noun)
			if r.stay(a, noun) {
				unit = evidence.UnitOther
			}
			if sampled {
				// "1,200 (n=4,000) children": the count is the number
				// alone, its sample's bracket read as the base.
				r.add(a, b, parseNumber(num), unit)
				continue
			}
			r.add(a, countEnd(s, i, scaleEnd), parseNumber(num)*scale, unit)
			continue
		}
		if glued {
			continue // "2.5m." is money or a distance, not a count
		}
		// A number that ends its clause: "…numbered 270,000."
		k := scaleEnd
		for k < len(s) && isSpace(s[k]) {
			k++
		}
		if k < len(s) && s[k] == '(' {
			// "reached 3,400 (Surrey Heartlands, March 2024), the
			// highest": a source note's bracket ends no clause, the
			// number ends it after the bracket.
			if n := measure.NoteBracketAfter(s[scaleEnd:]); n > 0 {
				k = skipSpace(s, scaleEnd+n)
			}
		}
		// A prior year's value in brackets after it, "1,200 (2022: 1,150).",
		// ends no clause: the number is this year's value beside it.
		// So does a bracket of its earlier value or its change, "1,020
		// (down from 1,150)", "(previously 1,150)", "(up 4% on 2022:
		// 980)" (hostile check 65: the 1,020 was lost).
		compared := measure.ComparatorAfter(s[scaleEnd:]) || earlierBracketAfterRe.MatchString(s[scaleEnd:])
		if k < len(s) && !compared && !strings.ContainsRune(".,;:!?)]\"'’”", rune(s[k])) && !strings.HasPrefix(s[k:], "’") && !strings.HasPrefix(s[k:], "”") && !labelPairAfter(s, scaleEnd) {
			// "41 (72%) held", "(56, or 72%)": a count and its share.
			if scaleEnd == b && r.countable(a, b) && !strings.Contains(num, ".") && shareAfterRe.MatchString(s[b:]) {
				r.add(a, b, parseNumber(num), evidence.UnitCount)
			}
			continue
		}
		if scaleEnd == b && !strings.Contains(num, ".") && strings.HasPrefix(s[b:], ", or ") && shareAfterRe.MatchString(s[b:]) && r.countable(a, b) {
			r.add(a, b, parseNumber(num), evidence.UnitCount)
			continue
		}
		if !r.countable(a, b) || !r.free(a, scaleEnd) || (a > 0 && (s[a-1] == '.' || s[a-1] == ',')) {
			continue
		}
		if a > 1 && s[a-2] == 0xC2 && s[a-1] == 0xA3 { // "£" is two bytes
			continue
		}
		start, _ := qualifierBefore(s, a)
		cue := compared && !strings.Contains(num, ".") || bareCuesRe.MatchString(tail(r.lower, start)) ||
			r.countEndsBefore(start) || // "(29 of 87)", "239 of the 412)"
			r.outOfBase(start) || // "6.4 vacancies out of a funded team of 27."
			start < 40 && ofTheStartRe.MatchString(r.lower[:start]) || // "Of the 187, 121 (65%) need..."
			copulaCountRe.MatchString(before(r.lower, start, 140)) ||
			changedThenAtRe.MatchString(before(r.lower, start, 90)) ||
			r.labelsCount(a, scaleEnd) || // "Children waiting: 412"
			r.inRespectivelyList(a, scaleEnd) || // "were 300, 320 and 340 respectively"
			!strings.Contains(num, ".") && r.subjectLevel(start, scaleEnd) || // "Referrals were 300, 320 and 340 in Q1, Q2 and Q3 2023"
			r.laterPeriodLevel(start) || // "In Q1 2023 referrals were 300; in Q2, 320."
			!strings.Contains(num, ".") && r.gappedListCount(start) // "Schools referred 52 young carers, GPs 19"
		if !cue && !strings.Contains(num, ",") && scaleEnd == b {
			continue
		}
		r.add(a, scaleEnd, parseNumber(num)*scale, evidence.UnitCount)
	}
}

// hasShare reports a share read in the sentence so far.
func (r *reader) hasShare() bool {
	for _, f := range r.figs {
		if f.Unit == evidence.UnitPercent {
			return true
		}
	}
	return false
}

// approximateCount reads a count hedged after its number: "190 or so
// open cases", "190-odd children", "40 or thereabouts", with the
// qualifier "about", so that a later number is not taken for the
// sentence's level because this one went unread. A duration so hedged
// ("20 or so minutes") is left to the duration's readers.
func (r *reader) approximateCount(a, b int) bool {
	s := r.s
	e := -1
	for _, h := range []string{" or so", "-odd", " or thereabouts"} {
		if strings.HasPrefix(s[b:], h) && (b+len(h) == len(s) || !isLetter(s[b+len(h)])) {
			e = b + len(h)
			break
		}
	}
	if e < 0 || strings.Contains(s[a:b], ".") || !r.countable(a, b) {
		return false
	}
	end := e
	if i := skipSpace(s, e); i > e && i < len(s) && isLetter(s[i]) {
		if w, _ := wordAt(s, i); durationUnit(w) != "" || strings.EqualFold(w, "per") {
			return false
		}
		end = countEnd(s, i, e)
	}
	if !r.add(a, end, parseNumber(s[a:b]), evidence.UnitCount) {
		return false
	}
	if f := &r.figs[len(r.figs)-1]; f.Qualifier == "" {
		f.Qualifier = "about"
	}
	return true
}

// occurrences reads "used 9 times", "moved an average of 2.6 times": how
// often something happened, a count, when "times" ends its clause (a
// multiple, "3 times as likely", is read before this). In a sentence that
// has stated a multiple, the number is another multiple: "1.4 times as
// likely, up from 1.2 times in 2022". next is where the word after the
// number starts.
func (r *reader) occurrences(a, b, next int) bool {
	m := occurrencesRe.FindStringIndex(r.lower[next:])
	if m == nil || !r.countable(a, b) {
		return false
	}
	unit := evidence.UnitCount
	for _, f := range r.figs {
		if f.Unit == evidence.UnitRatio {
			unit = evidence.UnitRatio
		}
	}
	return r.add(a, next+len("times"), parseNumber(r.s[a:b]), unit)
}

// occurrencesRe is "times" ending its clause, or before the period it
// was counted in.
var occurrencesRe = lazyre.New(`^times\b(?:\s*$|\s*[.,;:)]|\s+(?:a|per|each|every|in|over|during|last|this|since|before|and|but|between)\b)`)

// staffCount reads a number of whole-time equivalent staff: "1.6 WTE
// administrative staff", "against the 7.0 WTE set out", "4.5 FTE". The
// unit says what is counted, so a decimal is a count and the number is
// one even after a list of pay bands ("at Band 4 and 1.6 WTE").
func (r *reader) staffCount(a, b, next int) bool {
	if !staffUnitRe.MatchString(r.lower[next:]) || precededByLetter(r.s, a) || isYearNumber(r.s[a:b]) ||
		a >= 2 && (r.s[a-1] == '.' || r.s[a-1] == ',') && isDigit(r.s[a-2]) {
		return false
	}
	return r.add(a, b, parseNumber(r.s[a:b]), evidence.UnitCount)
}

// staffUnitRe opens the unit of a count of staff.
var staffUnitRe = lazyre.New(`^(?:wte|fte|whole[- ]time[- ]equivalents?|full[- ]time[- ]equivalents?)\b`)

// numbersIn lists the numbers of s as numberRe reads them, each after a
// word boundary: "1,300", "2.5", "48"; "1,2345" gives "1,234" alone.
func numbersIn(s string) [][2]int {
	var out [][2]int
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) || i > 0 && isWordByte(s[i-1]) {
			continue
		}
		end := groupedEnd(s, i)
		if end < 0 {
			end = i
			for end < len(s) && isDigit(s[end]) {
				end++
			}
		}
		if end+1 < len(s) && s[end] == '.' && isDigit(s[end+1]) {
			end++
			for end < len(s) && isDigit(s[end]) {
				end++
			}
		}
		out = append(out, [2]int{i, end})
		i = end - 1
	}
	return out
}

// groupedEnd is the end of a number grouped in thousands at i ("12,345"),
// or -1.
func groupedEnd(s string, i int) int {
	j := i
	for j < len(s) && isDigit(s[j]) && j-i < 3 {
		j++
	}
	if j < len(s) && isDigit(s[j]) {
		return -1 // more than three digits before the first comma
	}
	groups := 0
	for j+3 < len(s) && s[j] == ',' && isDigit(s[j+1]) && isDigit(s[j+2]) && isDigit(s[j+3]) {
		j += 4
		groups++
	}
	if groups == 0 {
		return -1
	}
	return j
}

func isWordByte(c byte) bool { return isLetter(c) || isDigit(c) || c == '_' }

// scaleAfter reads a scale after a number at i: " thousand", " million",
// " billion", or glued "m" and "bn" ("2.5m"). It returns where the number
// with its scale ends, the multiplier, and whether the scale was glued.
// "3 thousand children" is 3,000 children, where it was a count of 3
// (hostile check 52). A glued "k" scales a count only of the people or
// events named right after it ("3.2k children", "3.2k referrals", "12k
// young people": 3,200, 3,200, 12,000), which were left out before
// (hostile check 53); otherwise it is no scale of a count, "a 5k run" a
// distance and "5k steps" no count of thousands.
func scaleAfter(s string, i int) (int, float64, bool) {
	j := i
	if j < len(s) && s[j] == ' ' {
		j++
	}
	for _, w := range []struct {
		word  string
		value float64
	}{{"thousand", 1e3}, {"million", 1e6}, {"billion", 1e9}} {
		if strings.HasPrefix(s[j:], w.word) && (j+len(w.word) == len(s) || !isLetter(s[j+len(w.word)])) {
			return j + len(w.word), w.value, false
		}
	}
	for _, w := range []struct {
		word  string
		value float64
	}{{"bn", 1e9}, {"m", 1e6}, {"M", 1e6}} {
		if strings.HasPrefix(s[i:], w.word) && (i+len(w.word) == len(s) || !isWordByte(s[i+len(w.word)])) {
			return i + len(w.word), w.value, true
		}
	}
	// A glued "K" in capitals is "k" ("3.2K children"), as a glued "M"
	// is "m" ("2.5M children"): hostile check 55 found both left out.
	if (strings.HasPrefix(s[i:], "k") || strings.HasPrefix(s[i:], "K")) && (kCountedRe.MatchString(s[i+1:]) && !kBaseRe.MatchString(s[:numberStart(s, i)]) || kDrawnCount(s, i)) {
		return i + 1, 1e3, true
	}
	return i, 1, false
}

// kDrawnCountRe opens a sentence with the group of people or events a
// later bare count is drawn from, up to the comma before that count: "Of
// the 10k children referred in 2023, ", "Among the 12,000 referrals, ".
var kDrawnCountRe = lazyre.New(`(?i)^\s*(?:of|out\s+of|among|amongst)\s+(?:(?:the|all|our|these|those|its|their)\s+)*\d[\d,.]*(?:k|\s+thousand)?\s+(?:[a-z’'-]+\s+){0,2}?(?:` + peopleNouns + `|` + eventNouns + `)\b[^.;:%]{0,80},\s*$`)

// kDrawnVerbRe follows a bare glued-"k" count that is its clause's
// subject: "3.2k were seen", "2k had waited".
var kDrawnVerbRe = lazyre.New(`^\s+(?:were|was|are|is|had|have|has|did|got|went|received|remained|waited|needed|left|moved)\b`)

// kDrawnCount reports a glued "k" at i after a number with no noun of its
// own that counts, in thousands, some of the people or events the
// sentence opened with: "Of the 10k children referred in 2023, 3.2k were
// seen" is 3,200 of them, as "..., 3,200 were seen" is read. Before
// (hostile check 55) the 3.2k was no figure and the 10k the headline.
func kDrawnCount(s string, i int) bool {
	return i+1 < len(s) && s[i] == 'k' && kDrawnVerbRe.MatchString(s[i+1:]) && kDrawnCountRe.MatchString(s[:numberStart(s, i)])
}

// kCountedRe follows a glued "k" with the people or events it counts,
// one adjective allowed between ("12k young people"). A possessive after
// the noun makes the number a name ("our 5k children's fun run", "the
// 10k children's fund"), no count (hostile check 54: 5,000 children).
// A plus may stand between ("10k+ families", "1.2k+ referrals": at least
// 10,000 and 1,200, plusHedged), which left them no figure before
// (hostile check 55).
var kCountedRe = lazyre.New(`(?i)^\+?\s+(?:[a-z’'-]+\s+)?(?:` + peopleNouns + `|` + eventNouns + `)(?:$|[^\w'’])`)

// kBaseRe ends the words before a glued-"k" number that is a base: a
// count and "of" or "out of" ("3.2k of 10k children"), so "10k children"
// is of whom the 3.2k are counted, never a count of 10,000 children
// waiting (hostile check 54), as "3,200 of 10,000 children" is read.
var kBaseRe = lazyre.New(`(?i)\d(?:k|m|bn)?\s+(?:out\s+)?of\s+$`)

// numberStart is where the number ending at i starts: its digits, commas
// and decimal point.
func numberStart(s string, i int) int {
	for i > 0 && (isDigit(s[i-1]) || s[i-1] == ',' || s[i-1] == '.') {
		i--
	}
	return i
}

// nextWordIs reports whether the word after i is one of words.
func nextWordIs(s string, i int, words ...string) bool {
	w, _ := wordAt(s, skipSpace(s, i))
	for _, x := range words {
		if w == x {
			return true
		}
	}
	return false
}

func durationUnit(w string) evidence.Unit {
	switch strings.TrimSuffix(strings.ToLower(w), "s") {
	case "week":
		return evidence.UnitWeeks
	case "month":
		return evidence.UnitMonths
	case "year":
		return evidence.UnitYears
	case "day", "hour", "minute", "min":
		return evidence.UnitOther
	}
	return ""
}

func mayHoldDuration(lower string) bool {
	return strings.Contains(lower, "week") || strings.Contains(lower, "month") || strings.Contains(lower, "year") ||
		strings.Contains(lower, "day") || strings.Contains(lower, "hour") || strings.Contains(lower, "minute") || hasWord(lower, "min") || hasWord(lower, "mins")
}

// moneyScale is the multiplier of a money suffix at s[a:b] ("bn", "m").
func moneyScale(s string, a, b int) float64 {
	if a < 0 {
		return 1
	}
	switch strings.ToLower(strings.TrimSpace(s[a:b])) {
	case "bn", "bln", "billion":
		return 1e9
	case "m", "mn", "mln", "million":
		// "£3.4mn" and "£2.1 mln", as financial writers and some
		// councils abbreviate a million: before (hostile check 69),
		// £3.4 and £2.1.
		return 1e6
	case "k", "thousand":
		return 1e3
	}
	return 1
}

// qualifierBefore finds a qualifier ending just before i; it returns where
// the figure then starts and the qualifier in lower case.
func qualifierBefore(s string, i int) (int, string) {
	if i == 0 || s[i-1] != ' ' {
		return i, ""
	}
	before := strings.ToLower(s[max(0, i-16) : i-1])
	for _, q := range qualifiers {
		if strings.HasSuffix(before, q) {
			start := i - 1 - len(q)
			if start == 0 || !isLetter(s[start-1]) {
				if (q == "c." || q == "ca.") && listLetter(s[:i-2]) {
					// "option c. 12": a list's letter, not circa.
					return i, ""
				}
				if as, ok := hedgesAs[q]; ok {
					return start, as
				}
				return start, q
			}
		}
	}
	return i, ""
}

func isLetter(c byte) bool { return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' }

// tail is the few words before i: what notCountAfter looks at. Matching
// the whole sentence before every number was quadratic (a 16 KB line of
// numbers took minutes; found by FuzzExtract).
func tail(s string, i int) string { return before(s, i, 32) }

// before is the n bytes of s before i, widened to start on a rune.
func before(s string, i, n int) string {
	start := max(0, i-n)
	for start > 0 && start < i && s[start]&0xC0 == 0x80 {
		start-- // not in the middle of a UTF-8 sequence
	}
	return s[start:i]
}

// findAllAt runs w over s when the cheap test passed.
func findAllAt(w *wordStartRe, s string, test bool) [][]int {
	if !test {
		return nil
	}
	return w.FindAllStringSubmatchIndex(s)
}

// findAll runs re over s when the cheap test passed.
func findAll(re *regexp.Regexp, s string, test bool) [][]int {
	if !test {
		return nil
	}
	return re.FindAllStringSubmatchIndex(s, -1)
}

// maxFigure is the largest value read as a figure: a quadrillion pounds,
// people or weeks is a typo or a code, not a statistic.
const maxFigure = 1e15

func round1(v float64) float64 { return math.Round(v*10) / 10 }

// roundShown rounds a value read from text to the decimal places the text
// shows, one at least: "0.12" stays 0.12 and "−0.09" −0.09, where rounding
// every value to one place made them 0.1 and −0.1 (a value no report
// states); "£1.25bn" is 1,250,000,000, with no trace of the float
// multiplication; and what has no decimals shown is a value made from
// words or parts ("a third": 33.3).
func roundShown(v float64, text string) float64 {
	places := 1
	for i := 1; i+1 < len(text); i++ {
		if text[i] != '.' || !isDigit(text[i-1]) || !isDigit(text[i+1]) {
			continue
		}
		n := 0
		for j := i + 1; j < len(text) && isDigit(text[j]); j++ {
			n++
		}
		places = max(places, min(n, 6))
	}
	p := math.Pow(10, float64(places))
	return math.Round(v*p) / p
}

// roundSignificant is v rounded to n significant figures.
func roundSignificant(v float64, n int) float64 {
	if v == 0 || math.IsNaN(v) || math.IsInf(v, 0) {
		return v
	}
	p := math.Pow(10, float64(n)-math.Ceil(math.Log10(math.Abs(v))))
	return math.Round(v*p) / p
}

func parseNumber(s string) float64 {
	v, err := strconv.ParseFloat(strings.ReplaceAll(s, ",", ""), 64)
	if err != nil {
		return math.NaN()
	}
	return v
}

func wordOrNumber(s string) float64 {
	if v, ok := wordNumbers[strings.ToLower(s)]; ok {
		return v
	}
	if v, ok := teenWords[strings.ToLower(s)]; ok {
		return v
	}
	if v, ok := tensWords[strings.ToLower(s)]; ok {
		return v
	}
	return parseNumber(s)
}

// isYearNumber reports a four-digit number that reads as a year.
func isYearNumber(s string) bool {
	if len(s) != 4 || strings.ContainsAny(s, ",.") {
		return false
	}
	v, _ := strconv.Atoi(s)
	return v >= 1800 && v <= 2100
}

// precededByLetter catches numbers inside codes ("Core20PLUS5", "COVID-19").
// afterSlash reports a number at i written after a slash: the tail of a
// financial year or a fraction, "2021/22" of "in 2021/22 to 420 per
// 100,000", which never opens a range. Before (hostile check 67), the
// range "22 to 420" was read, a value of 22 no one gave.
func afterSlash(s string, i int) bool { return i > 0 && s[i-1] == '/' }

func precededByLetter(s string, i int) bool {
	if i == 0 {
		return false
	}
	c := s[i-1]
	if c == '-' && i >= 2 {
		c = s[i-2]
	}
	return isLetter(c)
}

// percentSoonAfter reports a percentage figure within a few words after
// i, in the same clause: "one in four referrals (26 per cent)".
func (r *reader) percentSoonAfter(i int) bool {
	// A long gap ("Fewer than half of young people leaving care in 2023/24
	// (44%)") is allowed only when the bracket opens right before the
	// percentage, checked below.
	limit := min(len(r.s), i+72)
	for j := i; j < limit; j++ {
		// The clause ends at a semicolon or a full stop before a space.
		if r.s[j] == ';' || r.s[j] == '.' && (j+1 == len(r.s) || r.s[j+1] == ' ') {
			limit = j
			break
		}
	}
	for _, f := range r.figs {
		// In brackets, within the clause: "a third of them (33%)", not
		// "more than a fifth in 2023, and only 50.3%".
		if f.Unit != evidence.UnitPercent || f.Offset < i || f.Offset >= limit {
			continue
		}
		// Or right after a comma or dash: "More than half, 58%, said".
		gap := r.s[i:f.Offset]
		if len(gap) > 40 && !strings.HasSuffix(strings.TrimRight(gap, " "), "(") {
			continue
		}
		if strings.Contains(gap, "(") && !strings.ContainsAny(gap, ",;") || strings.Trim(gap, " ,–—-") == "" || ofGroupApposition(gap) {
			return true
		}
	}
	return false
}

// ofGroupApposition reports the gap between a fraction's words and a
// percentage as the group the fraction is of, set off before it: "fewer
// than half of new plans, 46%, were issued" restates the half as 46%.
func ofGroupApposition(gap string) bool {
	g := strings.TrimLeft(gap, " ")
	if !strings.HasPrefix(g, "of ") {
		return false
	}
	g = strings.TrimRight(g, " ")
	body, ok := strings.CutSuffix(g, ",")
	if !ok {
		if body, ok = strings.CutSuffix(g, "–"); !ok {
			body, ok = strings.CutSuffix(g, "—")
		}
	}
	return ok && !strings.ContainsAny(body, ",;()–—") && len(strings.Fields(body)) <= 6
}

// countingLabel reports a label before its colon, "Staff: ", whose words
// name what is counted or a statistic of another kind (labelCountNames,
// labelCountVerbs, labelCountStops, a counted noun): a label pair of its
// own after a money label's, no place whose sum it gives.
func countingLabel(gap string) bool {
	k := strings.LastIndexByte(gap, ':')
	if k < 0 || measure.IsPlaceName(gap[:k]) {
		// "; Wales: 1,200" gives Wales's sum (hostile check 64: a count)
		return false
	}
	for _, w := range strings.Fields(strings.ToLower(gap[:k])) {
		if labelCountNames[w] || labelCountVerbs[w] || labelCountStops[w] || isCountedNoun(w) {
			return true
		}
	}
	return false
}

// isCountedNoun reports a word a count can count: a plural ("areas"),
// a noun such as "people" or "staff", or an acronym in the plural ("ICBs").
func isCountedNoun(word string) bool {
	w := strings.ToLower(word)
	if countNouns[w] {
		return true
	}
	if len(w) > 2 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") {
		return true
	}
	return false
}

// countStops are words that cannot come between a count and what it
// counts: "I turned 17 before", "turn 18 while", "at 18 unless".
var countStops = map[string]bool{"while": true, "when": true, "whilst": true, "unless": true, "until": true,
	"because": true, "if": true, "but": true, "or": true, "so": true, "then": true, "than": true, "as": true,
	"is": true, "was": true, "were": true, "are": true, "be": true, "been": true, "being": true, "has": true,
	"have": true, "had": true, "will": true, "would": true, "can": true, "could": true, "may": true, "might": true,
	"should": true, "must": true, "do": true, "does": true, "did": true, "who": true, "which": true, "that": true,
	"this": true, "these": true, "those": true, "it": true, "they": true, "we": true, "he": true, "she": true,
	"you": true, "i": true, "said": true, "says": true, "say": true, "told": true, "brings": true, "bring": true,
	"brought": true, "altogether": true, "apiece": true, "instead": true, "before": true, "after": true,
	"into": true, "onto": true, "the": true, "a": true, "an": true, "his": true, "her": true, "their": true,
	"its": true, "our": true, "my": true, "your": true, "once": true, "again": true, "onwards": true, "upwards": true}

// countedAhead reports whether what a count counts follows it: a plural
// noun, a noun such as "people" or "staff", or an acronym in the plural
// ("12 ICBs") within six words, with no verb or conjunction first ("10
// health and wellbeing board areas" counts areas; "turned 17 before anyone
// saw me" counts nothing); "12 of the 41" counts members of a group.
func countedAhead(s string, i int) bool {
	i0 := i
	for words := 0; words < 6; words++ {
		j := skipSpace(s, i)
		if j < len(s) && s[j] == '(' {
			// "412 whole-time equivalent (WTE) staff": skip the aside.
			k := strings.IndexByte(s[j:], ')')
			if k < 0 || k > 24 {
				return false
			}
			i = j + k + 1
			continue
		}
		if j >= len(s) || !isLetter(s[j]) {
			return false
		}
		if ageGroupAhead(s[j:]) {
			return true
		}
		w, end := wordAt(s, j)
		// A hyphenated word is one: "face-to-face", "under-fives".
		for end+1 < len(s) && s[end] == '-' && isLetter(s[end+1]) {
			_, end = wordAt(s, end+1)
			w = strings.ToLower(s[j:end])
		}
		if words == 0 && w == "of" {
			// "12 of the 41" counts members of a group; "four of us" is
			// the speaker's own company.
			u, _ := wordAt(s, skipSpace(s, end))
			return u != "us"
		}
		if words == 0 && countOutOf(s, i) {
			return true // "12 out of 18 trusts", as "12 of 18 trusts"
		}
		if (w == "and" || w == "or") && words > 0 {
			// "38 secondary and 71 primary schools": the noun is shared.
			k := skipSpace(s, end)
			if k < len(s) && isDigit(s[k]) {
				for k < len(s) && (isDigit(s[k]) || s[k] == ',') {
					k++
				}
				i = k
				continue
			}
		}
		if countStops[w] {
			return false
		}
		if isCountedNoun(s[j:end]) {
			return (!notCounted[w] || sentInNouns[w] && sentInBefore(s, i0)) && !(words > 0 && topicNoun(s, j, w))
		}
		i = end
	}
	return false
}

// outOfCountRe follows a count: "out of" a whole written as a number
// that counts bodies or people, " out of 18 trusts", " out of the 152
// councils".
var outOfCountRe = lazyre.New(`^\s*out\s+of\s+(?:the\s+)?\d[\d,]*\s+[a-z]`)

// countOutOf reports the words at i a count's "out of" a whole
// (outOfCountRe) that counts things, "12 out of 18 trusts", read as "12
// of 18 trusts" is (hostile check 68: the 12 was no figure); a share,
// "9 out of 10", is read before, and a score ("rated 4 out of 5 stars")
// is no count.
func countOutOf(s string, i int) bool {
	m := outOfCountRe.FindStringIndex(s[i:])
	if m == nil {
		return false
	}
	j := i + m[1] - 1
	w, end := wordAt(s, j)
	return isCountedNoun(s[j:end]) && w != "stars" && w != "points"
}

// sentInNouns are what people send in that a writer also counts in its
// own prose: "Governors submitted 14 questions" counts what was sent,
// "we ask four questions" the writer's own.
var sentInNouns = map[string]bool{"questions": true, "ideas": true, "comments": true, "issues": true, "points": true}

// sentInBeforeRe ends with a verb of sending in, before a count: "submitted
// ", "received around ".
var sentInBeforeRe = lazyre.New(`(?i)\b(?:submitted|received|sent(?:\s+in)?|raised|posed|tabled|lodged|put\s+forward)\s+(?:a\s+total\s+of\s+|some\s+|around\s+|about\s+|over\s+|more\s+than\s+|nearly\s+|almost\s+)?$`)

// sentInBefore reports a count ending at i after a verb of sending in.
func sentInBefore(s string, i int) bool {
	k := strings.LastIndexByte(s[:i], ' ')
	if k < 0 {
		return false
	}
	return sentInBeforeRe.MatchString(s[max(0, k-60) : k+1])
}

// topicAdjectives make "areas" the topics of a framework, not places:
// "five clinical areas", "three priority areas".
var topicAdjectives = map[string]bool{"clinical": true, "priority": true, "key": true, "focus": true,
	"thematic": true, "policy": true, "improvement": true, "delivery": true, "work": true, "subject": true}

// topicNoun reports the noun w at s[j:] as a topic after its adjective:
// "clinical areas".
func topicNoun(s string, j int, w string) bool {
	if w != "areas" || j < 2 {
		return false
	}
	i := j - 1
	for i > 0 && s[i-1] != ' ' {
		i--
	}
	return topicAdjectives[strings.ToLower(strings.TrimRight(s[i:j], " "))]
}

// countNouns are singular or irregular nouns that name what is counted.
var countNouns = map[string]bool{"people": true, "staff": true, "children": true, "workforce": true, "per": false, "teeth": true,
	"women": true, "men": true, "youth": true, "personnel": true, "police": true, "cattle": true}

// countEnd is where a count's figure text ends: after the counted noun when
// the word at i is one ("134 individuals", "8,500 new staff"), else after
// the number, so "10 health and wellbeing board areas" gives "10".
func countEnd(s string, i, numEnd int) int {
	end := wordEnd(s, i)
	word := strings.ToLower(s[i:end])
	plural := len(word) > 2 && strings.HasSuffix(word, "s") && !strings.HasSuffix(word, "ss") && !strings.HasSuffix(word, "us")
	if plural || countNouns[word] || strings.ToUpper(word) == word && strings.HasSuffix(s[i:end], "s") {
		return end
	}
	return numEnd
}

func wordEnd(s string, i int) int {
	for i < len(s) {
		c := s[i]
		if !isLetter(c) {
			break
		}
		i++
	}
	return i
}

// numbersQuestionRe opens a question that asks for numbers, perhaps after
// the label a Freedom of Information reply quotes it under: "Question 1:
// How many ...", "Q4. What proportion of ..."; or after the scope it asks
// over: "For each of those years, how many ...".
var numbersQuestionRe = lazyre.New(`(?i)^(?:(?:question|request|q)\s*\d{1,2}[a-z]?\s*[:.)-]\s*)?(?:(?:for|in)\s+(?:each|every|all|both)\s+[^,?]{1,40},\s*)?(?:how\s+(?:many|much|long|often)|what\s+(?:(?:was|were|is|are)\s+(?:the\s+)?)?(?:number|proportion|percentage|share|total|median|average|mean|longest|shortest))\b`)

// asksForNumbers reports a single question that asks for numbers: the
// numbers in it bound what is asked ("more than two years", "within 20
// working days"), it states no finding. A question followed by its answer
// is more than one sentence, and keeps its figures.
func asksForNumbers(s string) bool {
	s = strings.TrimSpace(s)
	if writtenQuestionForNumbers(s) {
		return true
	}
	if !strings.HasSuffix(s, "?") {
		return false
	}
	m := numbersQuestionRe.FindStringIndex(s)
	if m == nil {
		return false
	}
	rest := s[m[1] : len(s)-1]
	return !strings.ContainsAny(rest, "?!") && !strings.Contains(rest, ". ")
}

// quotedStoryDuration reports a duration at s[a:] written in words in a
// short quoted account with no digits: "“We were told eighteen weeks.",
// "It was fourteen months.”", "“Nobody rang me for eight months.". A
// person's story told in their words, no finding; a quoted figure in
// digits ("“We were told it would be 18 months, ...”") stays one. A quote
// broken by its speaker is read part by part: "“It took nine months,”
// said one mother, “and 30% of the children …”" tells the months in a
// part of no digits, a story, beside a share in digits, a finding
// (hostile check 60: 9 months, the sentence holding digits elsewhere).
func quotedStoryDuration(s string, a int) bool {
	if a >= len(s) || isDigit(s[a]) {
		return false
	}
	t := strings.TrimSpace(s)
	// Straight quotes as a page or a plain text writes them ("Nobody
	// should have to wait two years to be seen.") are read as curly ones
	// are: the one before the duration, of an odd count, opens its part.
	straight := strings.HasPrefix(t, "\"") || strings.HasSuffix(t, "\"")
	if !strings.HasPrefix(t, "“") && !strings.HasSuffix(t, "”") && !straight {
		return false
	}
	part := t
	if open, end := strings.LastIndex(s[:a], "“"), strings.Index(s[a:], "”"); open >= 0 && end >= 0 && !strings.Contains(s[open:a], "”") {
		part = s[open : a+end]
	} else if straight && strings.Count(s[:a], "\"")%2 == 1 {
		open, end := strings.LastIndex(s[:a], "\""), strings.Index(s[a:], "\"")
		if end < 0 {
			end = len(s) - a
		}
		part = s[open : a+end]
	} else if straight {
		return false // the duration stands outside the quotation
	}
	if strings.ContainsAny(part, "0123456789%£") || len(strings.Fields(part)) > 20 {
		return false
	}
	return true
}

// readOneForEvery reads one match of oneForEveryRe: the people counted to
// the one, "for every" a count as the development set labels seven of its
// thirteen such figures (a caseload of N children is a count; five say
// other, one ratio), "per" and "to every" too; its text the whole ratio so a copy of it reads as one and its
// measure "pupils per school nurse" (measure.ratioMeasure). A base of
// a power of ten makes it a rate of 1 ("one death for every 1,000
// births"); "per" needs a word between ("one nurse per 4,600"), as "1 per
// 2,500" may be a rate's too.
func (r *reader) readOneForEvery(m []int) {
	s := r.s
	between := strings.Fields(strings.ToLower(s[m[2]:m[3]]))
	for _, w := range between {
		if isFunctionWord(w) || w == "every" {
			return
		}
	}
	if len(between) == 0 && !strings.Contains(strings.ToLower(s[m[0]:m[4]]), "every") && !earlierRatio(s, m[0]) {
		return
	}
	if bareToRatio(s, m) && !workerToPeople(s, m) {
		return
	}
	v := parseNumber(s[m[4]:m[5]])
	if v < 2 || precededByLetter(s, m[0]) {
		return
	}
	if powerOfTen(v) {
		// "one death for every 1,000 births" is a rate of 1 per 1,000,
		// as rateRe reads "5 deaths for every 1,000": not 1,000 births.
		r.add(m[0], m[5], 1, evidence.UnitOther)
		return
	}
	end := m[5]
	if m[6] >= 0 && !isFunctionWord(strings.ToLower(s[m[6]:m[7]])) {
		end = m[7]
		if !r.free(m[6], m[7]) && agePluralRe.Get().MatchString(s[m[6]:m[7]]) {
			// "500 under-5s": the age's digits are masked as no figure
			// of their own (agePluralRe), and the ratio's people word
			// holds them whole. Before (hostile check 65), the ratio
			// was lost and "500" a count measuring "there is one
			// health visitor for every".
			for i := m[6]; i < m[7]; i++ {
				r.taken[i] = false
			}
			if !r.free(m[0], end) {
				for i := m[6]; i < m[7]; i++ {
					r.taken[i] = true
				}
			}
		}
	}
	// "per", "for every" and "to every" are one ratio, one count of the
	// people to the one, so `cypx figures` compares "one school nurse per
	// 2,600 pupils" with "1 school nurse for every 4,000 pupils" and with
	// "the ratio of pupils to school nurses was 4,000 to 1" (hostile check
	// 62: "per" was unit other, keyed apart).
	r.add(m[0], end, v, evidence.UnitCount)
}

// maskStandardRatio masks a ratio at s[a:b] that its clause sets as a
// standard, not a measure: "The recommended ratio is one health visitor
// to 250 families.", "One nurse to 2,600 pupils was recommended by the
// RCN.", "There should be one school nurse to every 2,500 pupils.", "The
// target is one health visitor for every 300 children". Such a standard
// is no figure: keyed as a caseload (hostile check 64), it stood beside a
// real one as if it had been achieved. It reports whether it masked.
func (r *reader) maskStandardRatio(a, b int) bool {
	lead := r.lower[:a]
	if i := strings.LastIndexAny(lead, ";.:,"); i >= 0 {
		lead = lead[i+1:]
	}
	tail := r.lower[b:]
	if i := strings.IndexAny(tail, ";,("); i >= 0 {
		tail = tail[:i]
	}
	// What the ratio is set against is another's: "one nurse for every
	// 2,600 pupils against a recommended 1:1,500" measures the 2,600
	// (hostile check 65: it was no figure).
	if loc := ratioComparedRe.Get().FindStringIndex(tail); loc != nil {
		tail = tail[:loc[0]]
	}
	// The ratio's own opening words too: "against a recommended one for
	// every 1,500" (hostile check 65: a count of 1,500 "recommended
	// for"); never its other words ("an EHC plan has risen to 2,940").
	if !standardRatioRe.Get().MatchString(lead) && !standardRatioRe.Get().MatchString(tail) && !standardRatioOpenRe.Get().MatchString(r.lower[a:b]) {
		return false
	}
	for i := a; i < b; i++ {
		r.taken[i] = true
	}
	return true
}

// standardRatioOpenRe opens a ratio that is a standard by its own
// words: "a recommended one", "the target of one", "an ideal 1".
var standardRatioOpenRe = lazyre.New(`^(?:an?|the|one)\s+(?:[a-z'’-]+\s+)?(?:recommend\w*|target\w*|ideal|minimum|maximum|planned|pledged|promised|proposed|expected|intended|aspirational|safe|agreed)\b`)

// ratioComparedRe opens what a ratio is set against after it.
var ratioComparedRe = lazyre.New(`\b(?:against|compared\s+(?:with|to)|versus|vs|than|unlike|relative\s+to)\b`)

// standardRatioRe is a word setting what a ratio ought to be or is to
// be: a recommendation, a target, a standard or a "should"; a pledge, a
// plan, an intention or a "will" ("The council pledged one dietitian
// for every 2,600 pupils in 2026", "There will be one … by 2027"). Before
// (hostile check 64), such a ratio was a figure dated by its target year,
// and a copy-time pattern kept its copy from stating that year.
var standardRatioRe = lazyre.New(`\b(?:recommend\w*|target\w*|standards?|guidelines?|guidance|benchmarks?|should|ought|must|aims?|aiming|aspiration\w*|ideal\w*|minimum|maximum|safe\s+staffing|would|needs?\s+to\s+be|pledg\w*|promis\w*|plans?|planned|planning|intend\w*|intention\w*|propos\w*|ambition\w*|commit\w*|goals?|will|shall|expect\w*|envisag\w*)\b`)

// bareToRatio reports a match of oneForEveryRe joined by "to" alone, with
// no "every": "one school nurse to 2,600 pupils".
func bareToRatio(s string, m []int) bool {
	w := strings.ToLower(strings.TrimSpace(s[m[3]:m[4]]))
	return w == "to"
}

// workerToPeople: a ratio joined by "to" alone, "one school nurse to
// 2,600 pupils" (hostile check 63: a count measuring "there is one school
// nurse", its one in the key), names one worker ("one", "1", then a
// worker's noun, workerNounRe) and people after its number (peopleNouns),
// and follows no "from" or "between": "sent one letter to 3,000
// parents", "rose from one nurse to 12 nurses" and "a rise to 400
// children" are no ratios.
func workerToPeople(s string, m []int) bool {
	lead := strings.ToLower(s[m[0]:m[2]])
	if !strings.HasPrefix(lead, "one") && !strings.HasPrefix(lead, "1") || m[3] == m[2] || m[6] < 0 {
		return false
	}
	if !workerNounRe.Get().MatchString(strings.TrimSpace(s[m[2]:m[3]])) || !ratioPeopleRe.Get().MatchString(s[m[6]:m[7]]) {
		return false
	}
	before := strings.ToLower(strings.TrimRight(before(s, m[0], 16), " "))
	return !endsWithAny(before, "from", "between")
}

// ratioPeopleRe is a noun of people (peopleNouns), whole.
var ratioPeopleRe = lazyre.New(`(?i)^(?:` + peopleNouns + `)$`)

// workerNounRe ends the words naming one worker of a ratio: "school
// nurse", "qualified health visitor", "GP".
var workerNounRe = lazyre.New(`(?i)\b(?:nurse|visitor|worker|practitioner|clinician|therapist|consultant|paediatrician|psychiatrist|psychologist|counsellor|midwife|doctor|GP|teacher|assistant|officer|coordinator|co-ordinator|adviser|advisor|navigator|keyworker|SENCO)$`)

// earlierRatio reports a bare "one per 2,000" that is the earlier value of
// a ratio the sentence gave before it: "one school nurse per 2,600 pupils
// in 2023, down from one per 2,000 in 2015", after a word that compares
// ("from", "with", "against", "than"). Alone, "1 per 2,500" may be a
// rate's, so it needs both (hostile check 62: the 2015 value was lost).
func earlierRatio(s string, at int) bool {
	lead := strings.ToLower(strings.TrimRight(before(s, at, 16), " "))
	if !endsWithAny(lead, "from", "with", "against", "than") {
		return false
	}
	for _, m := range oneForEveryRe.Get().FindAllStringSubmatchIndex(s[:at], -1) {
		if m[3] > m[2] {
			return true
		}
	}
	return false
}

// powerOfTen reports 100, 1,000, 10,000 and so on: the bases of rates.
func powerOfTen(v float64) bool {
	for p := 100.0; p <= 1e7; p *= 10 {
		if v == p {
			return true
		}
	}
	return false
}
