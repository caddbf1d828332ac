package extract

import (
	"math"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"github.com/cypx/cypx/internal/evidence"
)

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
	nInMRe        = lazyRegexp(`(?i)\b(` + qualifierRe + `)\b(one|two|three|four|five|six|seven|eight|nine|ten|\d{1,3}) in (two|three|four|five|six|seven|eight|nine|ten|\d{1,4})\b`)
	moneyRe       = lazyRegexp(`(` + qualifierRe + `)£\s?(` + numberRe + `)(\s?(?:bn|billion|m|million|k|thousand)\b)?`)
	durationRe    = lazyRegexp(`(` + qualifierRe + `)\b(` + numberRe + `)[ -](weeks?|months?|years?|days?)\b`)
	countRe       = lazyRegexp(`(` + qualifierRe + `)\b(` + numberRe + `)(\s?(?:million|billion))?\s+(?:new |more |additional |extra )?[A-Za-z]`)
	wordNumbers   = map[string]float64{"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
	monthNames    = lazyRegexp(`^\s*(?i:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b`)
	notCountAfter = lazyRegexp(`(?i)(?:\b(?:age of|aged|ages|under|phase|stage|step|tier|level|section|chapter|part|figure|table|recommendation|question|wave|year|years|page|p\.|pp\.|no\.|key stage|band|act|number|version|week|day|grade|priority|objective|outcome|annex|appendix|paragraph)|[-/–])\s*$`)
	rangeAfter    = lazyRegexp(`^\s?[-–]\s?\d`)
	phoneRe       = lazyRegexp(`\b0\d{2,4}[ -]?\d{3}[ -]?\d{3,4}\b`)
)

// Figures finds the figures in a sentence, in order. It reads percentages,
// "nine in 10" ratios, fractions ("a third", "three quarters (76%)"), money,
// durations and counts; it ignores years, financial years, dates, act names,
// list numbers, codes such as Core20PLUS5, age bands and phone numbers.
func Figures(s string) []evidence.Figure {
	var figs []evidence.Figure
	taken := make([]bool, len(s)+1)
	free := func(a, b int) bool {
		for i := a; i < b; i++ {
			if taken[i] {
				return false
			}
		}
		return true
	}
	add := func(m []int, _ string, value float64, unit evidence.Unit) {
		start, qual := qualifierBefore(s, m[0])
		m = []int{start, m[1]}
		value = round1(value)
		// A number no report states (or one that overflows when rounded)
		// is not a figure: found by FuzzExtract with a 300-digit number.
		if !free(m[0], m[1]) || math.IsNaN(value) || math.IsInf(value, 0) || math.Abs(value) > maxFigure {
			return
		}
		for i := m[0]; i < m[1]; i++ {
			taken[i] = true
		}
		figs = append(figs, evidence.Figure{Text: s[m[0]:m[1]], Value: value, Unit: unit,
			Qualifier: qual, Offset: m[0]})
	}
	if !mayHoldFigure(s) {
		return nil
	}
	for _, p := range findAll(phoneRe.get(), s, strings.Contains(s, "0")) {
		for i := p[0]; i < p[1]; i++ {
			taken[i] = true
		}
	}
	lower := strings.ToLower(s)
	hasFraction := strings.Contains(lower, "half") || strings.Contains(lower, "third") ||
		strings.Contains(lower, "quarter") || strings.Contains(lower, "fifth")
	hasDigit := strings.ContainsAny(s, "0123456789")
	// Most specific forms first; each claims its bytes. Each pattern runs
	// only when the sentence holds what it needs, which keeps extraction
	// fast on the many sentences with one figure or none.
	for _, m := range findAll(fracPercentRe.get(), s, hasFraction && strings.Contains(s, "%")) {
		add(figSpan(m), s[m[2]:m[3]], parseNumber(s[m[6]:m[7]]), evidence.UnitPercent)
	}
	for _, m := range findAll(percentRe.get(), s, hasDigit && (strings.Contains(s, "%") || strings.Contains(lower, "per"))) {
		if precededByLetter(s, m[4]) {
			continue
		}
		unit := evidence.UnitPercent
		if strings.Contains(s[m[6]:m[7]], "point") {
			unit = evidence.UnitOther
		}
		add(figSpan(m), s[m[2]:m[3]], parseNumber(s[m[4]:m[5]]), unit)
	}
	for _, m := range findAll(nInMRe.get(), s, strings.Contains(s, " in ")) {
		a, b := wordOrNumber(s[m[4]:m[5]]), wordOrNumber(s[m[6]:m[7]])
		if b <= a || b > 1000 || isYearNumber(s[m[6]:m[7]]) {
			continue
		}
		add(figSpan(m), s[m[2]:m[3]], a/b*100, evidence.UnitPercent)
	}
	for _, m := range findAll(moneyRe.get(), s, strings.Contains(s, "£")) {
		v := parseNumber(s[m[4]:m[5]])
		if m[6] >= 0 {
			switch strings.TrimSpace(s[m[6]:m[7]]) {
			case "bn", "billion":
				v *= 1e9
			case "m", "million":
				v *= 1e6
			case "k", "thousand":
				v *= 1e3
			}
		}
		add(figSpan(m), s[m[2]:m[3]], v, evidence.UnitGBP)
	}
	for _, m := range findAll(durationRe.get(), s, hasDigit && (strings.Contains(lower, "week") || strings.Contains(lower, "month") || strings.Contains(lower, "year") || strings.Contains(lower, "day"))) {
		if precededByLetter(s, m[4]) || notCountAfter.get().MatchString(tail(s, m[4])) {
			continue
		}
		unit := map[byte]evidence.Unit{'w': evidence.UnitWeeks, 'm': evidence.UnitMonths, 'y': evidence.UnitYears, 'd': evidence.UnitOther}[s[m[6]]]
		add(figSpan(m), s[m[2]:m[3]], parseNumber(s[m[4]:m[5]]), unit)
	}
	for _, m := range findAll(fracRe.get(), s, hasFraction) {
		frac := strings.ToLower(strings.ReplaceAll(s[m[4]:m[5]], "-", " "))
		v, ok := fractionWords[frac]
		_, qual := qualifierBefore(s, m[0])
		if !ok || (frac == "half" && qual == "" && !strings.HasPrefix(strings.ToLower(s[m[5]:]), " of")) {
			continue
		}
		// "a third of respondents (33%)": the percentage is the figure.
		if percentSoonAfter(s, m[1], taken) {
			continue
		}
		add([]int{m[0], m[1]}, s[m[2]:m[3]], v, evidence.UnitPercent)
	}
	for _, m := range findAll(countRe.get(), s, hasDigit) {
		num := s[m[4]:m[5]]
		numEnd := m[5]
		if m[6] >= 0 {
			numEnd = m[7]
		}
		if precededByLetter(s, m[4]) || isYearNumber(num) || notCountAfter.get().MatchString(tail(s, m[4])) ||
			monthNames.get().MatchString(s[m[5]:]) || rangeAfter.get().MatchString(s[m[5]:]) {
			continue
		}
		v := parseNumber(num)
		if m[6] >= 0 {
			v *= map[string]float64{"million": 1e6, "billion": 1e9}[strings.TrimSpace(s[m[6]:m[7]])]
		}
		// The figure text runs to the end of the noun it counts ("134 individuals").
		add([]int{m[0], countEnd(s, m[1]-1, numEnd)}, s[m[2]:m[3]], v, evidence.UnitCount)
	}
	sort.Slice(figs, func(i, j int) bool { return figs[i].Offset < figs[j].Offset })
	return figs
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

// mayHoldFigure is a cheap test that skips sentences with no digit, pound
// sign or fraction word, which are most of them.
func mayHoldFigure(s string) bool {
	if strings.ContainsAny(s, "0123456789£") {
		return true
	}
	l := strings.ToLower(s)
	return strings.Contains(l, "half") || strings.Contains(l, "third") || strings.Contains(l, "quarter") ||
		strings.Contains(l, "fifth") || strings.Contains(l, " in ")
}

// tail is the few words before i: what notCountAfter looks at. Matching
// the whole sentence before every number was quadratic (a 16 KB line of
// numbers took minutes; found by FuzzExtract).
func tail(s string, i int) string {
	start := max(0, i-32)
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

// figSpan is the whole match of a figure pattern, qualifier included.
func figSpan(m []int) []int { return []int{m[0], m[1]} }

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
	if k := strings.IndexAny(rest, ";."); k >= 0 {
		rest = rest[:k]
	}
	for j := 0; j < len(rest); j++ {
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
