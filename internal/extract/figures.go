package extract

import (
	"math"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"github.com/cypx/cypx/internal/evidence"
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
// position of every sentence.
var qualifiers = []string{"just over", "just under", "more than", "less than", "fewer than", "approximately",
	"at least", "roughly", "nearly", "almost", "around", "about", "up to", "over", "under", "only"}

// qualifierRe is empty: wrapped in a group by each pattern, it stands where
// the qualifier was, so the submatch numbering stays the same.
const qualifierRe = ``

const numberRe = `\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`

// smallWordRe are the number words of "eight in 10" and "three times as likely".
const smallWordRe = `one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty`

var (
	fractionWords = map[string]float64{
		"half": 50, "a half": 50, "one half": 50,
		"a third": 100.0 / 3, "one third": 100.0 / 3, "two thirds": 200.0 / 3,
		"a quarter": 25, "one quarter": 25, "three quarters": 75,
		"a fifth": 20, "one fifth": 20, "two fifths": 40, "three fifths": 60, "four fifths": 80,
	}
	fractionRe    = `(?i:(?:a|one|two|three|four)[ -](?:thirds?|quarters?|fifths?)|(?:a |one )?half)`
	fracPercentRe = lazyRegexp(`(` + qualifierRe + `)(` + fractionRe + `)\s+\((` + numberRe + `)\s?%\)`)
	fracRe        = lazyRegexp(`\b(` + qualifierRe + `)(` + fractionRe + `)\b`)
	percentRe     = lazyRegexp(`(` + qualifierRe + `)\b(` + numberRe + `)(\s?%|\s?per ?cent\b|\s?percentage points?\b)`)
	nInMRe        = lazyRegexp(`(?i)\b(` + qualifierRe + `)\b(` + smallWordRe + `|\d{1,3}) (in|out of) (?:every |each )?(` + smallWordRe + `|\d{1,4})\b`)
	// "one in eight (12.8%)": the bracketed percentage is the figure.
	nInMPercentRe = lazyRegexp(`(?i)\b(` + qualifierRe + `)\b(` + smallWordRe + `|\d{1,3}) (?:in|out of) (?:every |each )?(` + smallWordRe + `|\d{1,4})\s+\((` + numberRe + `)\s?%\)`)
	moneyRe       = lazyRegexp(`(` + qualifierRe + `)£\s?(` + numberRe + `)(\s?(?:bn|billion|m|million|k|thousand)\b)?`)
	durationRe    = lazyRegexp(`(` + qualifierRe + `)\b(` + numberRe + `)[ -](weeks?|months?|years?|days?|hours?)\b`)
	countRe       = lazyRegexp(`(` + qualifierRe + `)\b(` + numberRe + `)(\s?(?:million|billion)|(?:m|bn)\b)?\s+(?:new |more |additional |extra )?[A-Za-z]`)
	// A number closing its clause: "...numbered 270,000." (see bareCount).
	bareCountRe = lazyRegexp(`\b(` + numberRe + `)(\s?(?:million|billion))?\s*(?:[.,;:!?)\]"'’”]|$)`)
	// A range is one figure: "10-15 years", "2–3%", "between 70 and 90%",
	// "from 12 to 18 months", "£2-3 billion".
	rangeRe = lazyRegexp(`(£\s?)?\b(` + numberRe + `)(\s?%|\s?per ?cent\b)?\s?(-|–|—|\bto\b|\band\b)\s?(£\s?)?(` + numberRe + `)(?:(\s?%|\s?per ?cent\b|\s?percentage points?\b)|\s?(bn|billion|m|million|k)\b|[ -](weeks?|months?|years?|days?|hours?)\b)?`)
	// Rates: "12.5 per 100,000", "3 per 1,000 live births".
	rateRe = lazyRegexp(`\b(` + numberRe + `)\s+per\s+(?:100,000|100 000|100000|10,000|10 000|10000|1,000|1 000|1000|100|thousand|million|hundred thousand)\b`)
	// Ratios: "twice as likely", "three times as likely", "2.5 times more
	// likely", "four times higher", "a threefold rise".
	ratioRe = lazyRegexp(`(?i)\b(twice|half|(?:(` + numberRe + `|` + smallWordRe + `)\s+times))\s+(as|more|less|higher|greater|larger|lower|bigger|smaller|the)\b`)
	foldRe  = lazyRegexp(`(?i)\b(` + numberRe + `|two|three|four|five|six|seven|eight|nine|ten)[- ]?fold\b`)
	// "(n=60)", "n = 1,204": the base of a survey.
	nEqualsRe = lazyRegexp(`\b[nN]\s?=\s?(` + numberRe + `)`)

	wordNumbers   = map[string]float64{"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "twice": 2, "half": 0.5}
	monthNames    = lazyRegexp(`^\s*(?i:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b`)
	notCountAfter = lazyRegexp(`(?i)(?:\b(?:age of|aged|ages|under|phase|stage|step|tier|level|section|s\.|chapter|part|figure|fig\.|table|chart|graph|box|exhibit|panel|annex|appendix|paragraph|para\.|recommendation|question|q|wave|year|years|page|p\.|pp\.|no\.|key stage|band|act|number|version|week|day|grade|priority|objective|outcome|footnote|note|article|regulation|clause|schedule|standard|slide|item|round|ward|route|room|floor|line|unit|suite|box|flat|ref|reference|top|rated|scored|score of)|[-/–])\s*$`)
	rangeAfter    = lazyRegexp(`^\s?[-–]\s?\d`)
	// A duration that dates something rather than measuring it: "two years
	// ago", "over the next 10 years", "in the past 12 months".
	periodBefore = lazyRegexp(`(?i)\b(?:next|last|past|coming|previous|recent|first|following|final|in)\s*$`)
	periodAfter  = lazyRegexp(`(?i)^\s*(?:ago|since|later|earlier|into|on from|from now|time)\b`)
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
	r := reader{s: s, lower: asciiLower(s)}
	r.f = scan(r.lower)
	if !r.f.digit && !r.f.numWord && !r.f.fraction && !strings.Contains(s, "£") {
		return nil
	}
	r.taken = make([]bool, len(s)+1)
	r.read()
	sort.Slice(r.figs, func(i, j int) bool { return r.figs[i].Offset < r.figs[j].Offset })
	if len(r.figs) > MaxFigures {
		r.figs = r.figs[:MaxFigures]
	}
	markRoles(s, r.lower, r.figs)
	return r.figs
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
	f.Value, f.Low, f.High = round1(f.Value), round1(f.Low), round1(f.High)
	// A number no report states (or one that overflows when rounded)
	// is not a figure: found by FuzzExtract with a 300-digit number.
	for _, v := range []float64{f.Value, f.High} {
		if math.IsNaN(v) || math.IsInf(v, 0) || math.Abs(v) > maxFigure {
			return false
		}
	}
	if !r.free(start, b) || len(r.figs) >= 2*MaxFigures {
		return false
	}
	for i := start; i < b; i++ {
		r.taken[i] = true
	}
	f.Text, f.Qualifier, f.Offset = r.s[start:b], qual, start
	r.figs = append(r.figs, f)
	return true
}

func (r *reader) read() {
	s, lower := r.s, r.lower
	maskNonFigures(s, lower, r.f, r.taken)
	hasFraction := r.f.fraction
	hasDigit := r.f.digit
	hasPercent := strings.Contains(s, "%") || strings.Contains(lower, "per cent") || strings.Contains(lower, "percent")
	// Most specific forms first; each claims its bytes. Each pattern runs
	// only when the sentence holds what it needs, which keeps extraction
	// fast on the many sentences with one figure or none.
	for _, m := range findAll(fracPercentRe.get(), s, hasFraction && strings.Contains(s, "%")) {
		r.add(m[0], m[1], parseNumber(s[m[6]:m[7]]), evidence.UnitPercent)
	}
	for _, m := range findAll(nInMPercentRe.get(), s, r.f.nInM && strings.Contains(s, "%")) {
		r.add(m[0], m[1], parseNumber(s[m[8]:m[9]]), evidence.UnitPercent)
	}
	if r.f.digitRange {
		r.readRanges()
	}
	for _, m := range findAll(rateRe.get(), s, hasDigit && strings.Contains(lower, "per ")) {
		if !precededByLetter(s, m[2]) {
			r.add(m[0], m[1], parseNumber(s[m[2]:m[3]]), evidence.UnitOther)
		}
	}
	if hasDigit || r.f.numWord || strings.Contains(lower, "half") {
		r.readRatios()
	}
	if hasDigit && strings.Contains(s, "=") {
		for _, m := range nEqualsRe.get().FindAllStringSubmatchIndex(s, -1) {
			if m[0] == 0 || !isLetter(s[m[0]-1]) {
				r.addFigure(m[0], m[1], evidence.Figure{Value: parseNumber(s[m[2]:m[3]]), Unit: evidence.UnitCount, Role: evidence.RoleBase})
			}
		}
	}
	for _, m := range findAll(percentRe.get(), s, hasDigit && hasPercent) {
		if precededByLetter(s, m[4]) {
			continue
		}
		unit := evidence.UnitPercent
		if strings.Contains(s[m[6]:m[7]], "point") {
			unit = evidence.UnitOther
		}
		r.add(m[0], m[1], parseNumber(s[m[4]:m[5]]), unit)
	}
	if hasPercent && r.f.numWord {
		r.readWordPercents()
	}
	for _, m := range findAll(nInMRe.get(), s, r.f.nInM) {
		a, b := wordOrNumber(s[m[4]:m[5]]), wordOrNumber(s[m[8]:m[9]])
		if b <= a || b > 1000 || isYearNumber(s[m[8]:m[9]]) || precededByLetter(s, m[4]) {
			continue
		}
		// "three out of 42 ICBs" is a count of ICBs; "nine out of 10" a share.
		if strings.EqualFold(s[m[6]:m[7]], "out of") && !roundDenominator(b) {
			continue
		}
		// "one in eight children (12.8%)": the percentage is the figure.
		if percentSoonAfter(s, m[1], r.taken) {
			continue
		}
		r.add(m[0], m[1], a/b*100, evidence.UnitPercent)
	}
	for _, m := range findAll(moneyRe.get(), s, strings.Contains(s, "£")) {
		r.add(m[0], m[1], parseNumber(s[m[4]:m[5]])*moneyScale(s, m[6], m[7]), evidence.UnitGBP)
	}
	for _, m := range findAll(durationRe.get(), s, hasDigit && mayHoldDuration(lower)) {
		if precededByLetter(s, m[4]) || notCountAfter.get().MatchString(tail(s, m[4])) || r.datesSomething(m[0], m[1]) {
			continue
		}
		r.add(m[0], m[1], parseNumber(s[m[4]:m[5]]), durationUnit(s[m[6]:m[7]]))
	}
	for _, m := range findAll(fracRe.get(), s, hasFraction) {
		frac := strings.ToLower(strings.ReplaceAll(s[m[4]:m[5]], "-", " "))
		v, ok := fractionWords[frac]
		_, qual := qualifierBefore(s, m[0])
		if !ok || (frac == "half" && qual == "" && !strings.HasPrefix(strings.ToLower(s[m[5]:]), " of")) {
			continue
		}
		// "a third of respondents (33%)": the percentage is the figure.
		if percentSoonAfter(s, m[1], r.taken) {
			continue
		}
		r.add(m[0], m[1], v, evidence.UnitPercent)
	}
	if r.f.numWord {
		r.readWordNumbers()
	}
	for _, m := range findAll(countRe.get(), s, hasDigit) {
		num := s[m[4]:m[5]]
		numEnd := m[5]
		if m[6] >= 0 {
			numEnd = m[7]
		}
		if !r.countable(m[4], m[5]) || monthNames.get().MatchString(s[m[5]:]) || rangeAfter.get().MatchString(s[m[5]:]) ||
			nextWordIs(s, numEnd, "per", "times", "am", "pm", "million", "billion", "weeks", "week", "months", "month", "years", "year", "days", "day", "hours", "out") {
			continue
		}
		v := parseNumber(num)
		if m[6] >= 0 {
			v *= map[string]float64{"million": 1e6, "billion": 1e9, "m": 1e6, "bn": 1e9}[strings.TrimSpace(s[m[6]:m[7]])]
		}
		// The figure text runs to the end of the noun it counts ("134 individuals").
		r.add(m[0], countEnd(s, m[1]-1, numEnd), v, evidence.UnitCount)
	}
	if hasDigit {
		r.readBareCounts()
	}
}

// roundDenominator reports a denominator of a share said in words: "two
// out of three", "nine out of 10", "one in 20".
func roundDenominator(b float64) bool {
	switch b {
	case 2, 3, 4, 5, 6, 8, 10, 20, 100, 1000:
		return true
	}
	return false
}

// countable reports whether the number at s[a:b] may be a count: not part
// of a code, not a year, not a page, section or list number.
func (r *reader) countable(a, b int) bool {
	return r.free(a, b) && !precededByLetter(r.s, a) && !isYearNumber(r.s[a:b]) && !notCountAfter.get().MatchString(tail(r.s, a))
}

// datesSomething reports a duration that places something in time rather
// than measuring it: "two years ago", "over the next 10 years".
func (r *reader) datesSomething(a, b int) bool {
	return periodBefore.get().MatchString(tail(r.lower, a)) || periodAfter.get().MatchString(r.lower[b:min(len(r.lower), b+16)])
}

// readRanges reads ranges as one figure each, with Low and High.
func (r *reader) readRanges() {
	s, lower := r.s, r.lower
	for _, m := range rangeRe.get().FindAllStringSubmatchIndex(s, -1) {
		loText, hiText := s[m[4]:m[5]], s[m[12]:m[13]]
		if precededByLetter(s, m[4]) || isYearNumber(loText) || isYearNumber(hiText) || !r.free(m[0], m[1]) {
			continue
		}
		if m[1] < len(s) && (s[m[1]] == '/' || isDigit(s[m[1]]) || s[m[1]] == '-' && m[1]+1 < len(s) && isDigit(s[m[1]+1])) {
			continue // "2-3/4", "1-2-1"
		}
		conn := strings.ToLower(strings.TrimSpace(s[m[8]:m[9]]))
		before := strings.TrimRight(lower[max(0, m[0]-12):m[0]], " ")
		between := strings.HasSuffix(before, "between")
		from := strings.HasSuffix(before, "from") && conn == "to"
		pound := m[2] >= 0 || m[10] >= 0
		var unit evidence.Unit
		scale := 1.0
		switch {
		case m[14] >= 0 || m[6] >= 0:
			unit = evidence.UnitPercent
			if m[14] >= 0 && strings.Contains(s[m[14]:m[15]], "point") {
				unit = evidence.UnitOther
			}
		case pound:
			unit = evidence.UnitGBP
			scale = moneyScale(s, m[16], m[17])
		case m[18] >= 0:
			unit = durationUnit(s[m[18]:m[19]])
		case m[16] >= 0:
			unit, scale = evidence.UnitCount, moneyScale(s, m[16], m[17])
		}
		if m[6] >= 0 && m[14] < 0 {
			continue // "rose by 11% to 576,000": a percentage, then a count
		}
		switch conn {
		case "and":
			if !between {
				continue
			}
		case "to":
			if !between && !from && m[14] < 0 && m[16] < 0 && m[18] < 0 {
				continue // "10 to 15%" has its unit after both numbers
			}
		}
		end := m[1]
		if unit == "" {
			// A range of counts needs the noun it counts: "300-400 children".
			end = countEnd(s, skipSpace(s, m[1]), m[1])
			if end == m[1] || !r.countable(m[4], m[5]) {
				continue
			}
			unit = evidence.UnitCount
		}
		lo, hi := parseNumber(loText)*scale, parseNumber(hiText)*scale
		start := m[0]
		if between || from {
			prefix := strings.TrimRight(lower[:m[0]], " ")
			start = len(prefix) - len("from")
			if between {
				start = len(prefix) - len("between")
			}
		}
		if notCountAfter.get().MatchString(tail(s, start)) {
			continue // "Figure 1 – 45%", "aged under 5-10"
		}
		if from && conn == "to" && changeVerbBefore(lower, start) {
			// "rose from 12% to 18%" is a change between two figures, not
			// a range: each is read on its own, the later one the headline.
			continue
		}
		if !(lo < hi) || !r.free(start, end) {
			continue
		}
		r.addFigure(start, end, evidence.Figure{Value: lo, Low: lo, High: hi, Unit: unit})
	}
}

// changeVerbFromRe is a verb of change before "from": "rose from".
var changeVerbFromRe = lazyRegexp(`(?i)\b(?:rose|risen|rising|rise|increased?|increasing|grew|grown|growing|fell|fallen|falling|dropped|decreased?|decreasing|declined?|declining|went up|went down|gone up|gone down|jumped|climbed|changed|moved|up|down)\s+(?:\w+\s+){0,2}$`)

func changeVerbBefore(lower string, fromAt int) bool {
	return changeVerbFromRe.get().MatchString(tail(lower, max(0, fromAt)))
}

// readRatios reads multiples: "twice as likely", "three times as likely",
// "a threefold rise".
func (r *reader) readRatios() {
	s, lower := r.s, r.lower
	if strings.Contains(lower, "twice") || strings.Contains(lower, "times") || strings.Contains(lower, "half as") {
		for _, m := range ratioRe.get().FindAllStringSubmatchIndex(s, -1) {
			head := strings.ToLower(s[m[2]:m[3]])
			comp := strings.ToLower(s[m[6]:m[7]])
			if head == "half" && comp != "as" {
				continue
			}
			v := wordNumbers[head]
			if m[4] >= 0 {
				v = wordOrNumber(s[m[4]:m[5]])
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
			case "the":
			default:
				end = m[7]
			}
			r.add(m[2], end, v, evidence.UnitRatio)
		}
	}
	if strings.Contains(lower, "fold") {
		for _, m := range foldRe.get().FindAllStringSubmatchIndex(s, -1) {
			r.add(m[0], m[1], wordOrNumber(s[m[2]:m[3]]), evidence.UnitRatio)
		}
	}
}

// readWordPercents reads percentages written in words: "Eighty-two per
// cent", "twenty percent".
func (r *reader) readWordPercents() {
	lower := r.lower
	for _, sign := range []string{"per cent", "percent"} {
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
			if start, v, ok := wordNumberBefore(r.s, end); ok && v <= 100 {
				r.add(start, at+len(sign), v, evidence.UnitPercent)
			}
		}
	}
}

// readWordNumbers reads counts and durations written in words:
// "twenty-three trusts", "two million children", "waited two years".
// Numbers under ten in words are counts only with a scale ("two
// million"): "two reasons" and "three areas" are prose, not findings.
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
		next := skipSpace(s, end)
		if s[min(end, len(s)-1)] == '-' {
			next = end + 1
		}
		w, wEnd := wordAt(s, next)
		switch {
		case next == end || w == "":
		case durationUnit(w) != "" && v >= 2 && (strings.HasSuffix(w, "s") || next == end+1):
			if !r.datesSomething(i, wEnd) && !notCountAfter.get().MatchString(tail(s, i)) {
				r.add(i, wEnd, v, durationUnit(w))
			}
		case (v >= 10 || compound) && s[end] == ' ' && r.countable(i, end) && !isFunctionWord(w):
			r.add(i, countEnd(s, next, end), v, evidence.UnitCount)
		}
		i = end
	}
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
// a count: "numbered 270,000", "rose to 1.2 million".
var bareCuesRe = lazyRegexp(`(?i)\b(?:numbered|numbering|totall?ed|totall?ing|total of|reached|reaching|stood at|standing at|rose to|risen to|rising to|increased to|increasing to|fell to|fallen to|falling to|decreased to|dropped to|grew to|grown to|climbed to|compared with|compared to|up from|down from|estimated at|an estimated|now|to around|to about|to almost|to nearly|to over|to more than)\s*$`)

// readBareCounts reads a count that ends its clause, which has no noun
// after it: "Referrals numbered 270,000." It is a count when a verb of
// quantity comes before it, or when it is grouped in thousands.
func (r *reader) readBareCounts() {
	s := r.s
	for _, m := range bareCountRe.get().FindAllStringSubmatchIndex(s, -1) {
		a, b := m[2], m[3]
		end := b
		if m[4] >= 0 {
			end = m[5]
		}
		if !r.countable(a, b) || !r.free(a, end) || (a > 0 && (s[a-1] == '£' || s[a-1] == '.' || s[a-1] == ',')) {
			continue
		}
		if a > 1 && s[a-2] == 0xC2 && s[a-1] == 0xA3 { // "£" is two bytes
			continue
		}
		start, _ := qualifierBefore(s, a)
		cue := bareCuesRe.get().MatchString(tail(r.lower, start))
		grouped := strings.Contains(s[a:b], ",") || m[4] >= 0
		if !cue && !grouped {
			continue
		}
		v := parseNumber(s[a:b])
		if m[4] >= 0 {
			v *= map[string]float64{"million": 1e6, "billion": 1e9}[strings.TrimSpace(s[m[4]:m[5]])]
		}
		r.add(a, end, v, evidence.UnitCount)
	}
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
	case "day", "hour":
		return evidence.UnitOther
	}
	return ""
}

func mayHoldDuration(lower string) bool {
	return strings.Contains(lower, "week") || strings.Contains(lower, "month") || strings.Contains(lower, "year") ||
		strings.Contains(lower, "day") || strings.Contains(lower, "hour")
}

// moneyScale is the multiplier of a money suffix at s[a:b] ("bn", "m").
func moneyScale(s string, a, b int) float64 {
	if a < 0 {
		return 1
	}
	switch strings.TrimSpace(s[a:b]) {
	case "bn", "billion":
		return 1e9
	case "m", "million":
		return 1e6
	case "k", "thousand":
		return 1e3
	}
	return 1
}

// asciiLower lower-cases ASCII letters only, so that offsets in the result
// are offsets in s.
func asciiLower(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c >= 'A' && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
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

// percentSoonAfter reports a percentage figure within a few words after i,
// in the same clause.
func percentSoonAfter(s string, i int, taken []bool) bool {
	rest := s[i:]
	if len(rest) > 40 {
		rest = rest[:40]
	}
	for j := 0; j < len(rest); j++ {
		// The clause ends at a semicolon or a full stop before a space.
		if rest[j] == ';' || rest[j] == '.' && (j+1 == len(rest) || rest[j+1] == ' ') {
			break
		}
		if rest[j] == '%' && taken[i+j] {
			return true
		}
	}
	return false
}

// countNouns are singular or irregular nouns that name what is counted.
var countNouns = map[string]bool{"people": true, "staff": true, "children": true, "workforce": true, "per": false}

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
