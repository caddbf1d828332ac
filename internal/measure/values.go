package measure

import (
	"math"
	"regexp"
	"strconv"
	"strings"

	"github.com/cypx/cypx/internal/evidence"
)

// Interval is the span of values a figure's text allows: "82%" is 81.5 to
// 82.5, "nine in 10" 85.7 to 94.7 (between one in 1.05 and one in 1.17
// tenths), "a third" 28.6 to 40, "more than 1,300" 1,300 upwards, "around
// 44%" 39.6 to 48.4. Two figures agree when their intervals meet.
func Interval(f evidence.Figure) (lo, hi float64) {
	lo, hi = f.Value, f.Value
	if f.IsRange() {
		lo, hi = f.Low, f.High
	}
	half := rounding(f)
	lo, hi = lo-half, hi+half
	if r, ok := ratioBounds(f); ok {
		lo, hi = r[0], r[1]
	}
	switch q := strings.ToLower(f.Qualifier); q {
	case "more than", "over", "at least", "no fewer than", "not fewer than", "no less than", "not less than":
		hi = math.Inf(1)
	case "just over":
		hi = math.Max(hi, f.Value*1.1)
	case "less than", "fewer than", "under", "up to", "no more than", "not more than", "not even":
		lo = math.Inf(-1)
	case "nearly", "almost", "just under":
		// Just below the number, as close as it is written: "almost
		// 576,500" is not 567,474, "nearly 90%" may be 88%; never more
		// than a tenth below.
		lo = math.Min(lo, f.Value-math.Min(4*half, f.Value*0.1))
	case "around", "about", "approximately", "roughly", "as many as", "as few as", "barely":
		// "as many as 1,200", "as few as 40", "barely 1 in 10" stress a
		// number without bounding it either way: read as near it, so
		// that no agreement within a tenth is called a clash.
		lo, hi = math.Min(lo, f.Value*0.9), math.Max(hi, f.Value*1.1)
	}
	if b := RateBase(f); b > 0 {
		// A rate as a share of one: "3.5 per 1,000" and "35 per 10,000"
		// are one rate, and were judged two values.
		lo, hi = lo/b, hi/b
	}
	return lo, hi
}

// rateBaseRe finds what a rate is given per, after its number: "per
// 1,000", "per 10,000", "per 100000", "per thousand".
var rateBaseRe = regexp.MustCompile(`(?i)\bper\s+(\d{1,3}(?:,\d{3})+|\d+|hundred|thousand|million)\b`)

// RateBase is the number a rate is given per: 1,000 for "3.5 per 1,000
// children", 10,000 for "35 per 10,000", 100,000 for "3 in 100,000"
// (a rate, not a share, as extraction reads it) and for a table's cell
// under "Admissions per 100,000 pupils", whose measure names the base its
// text leaves out; 0 for a figure that is no such rate ("45%", "£12 per
// week"). Two rates compare as shares of one, whichever of the three
// ways they give their base.
func RateBase(f evidence.Figure) float64 {
	if hasPer(f.Text) {
		if m := rateBaseRe.FindStringSubmatch(f.Text); m != nil {
			return baseValue(m[1])
		}
	}
	if f.Unit == evidence.UnitPercent || f.Unit == evidence.UnitRatio {
		// A share or a ratio of a rate ("admissions per 1,000 pupils rose
		// by 12%", "doubled") is the same share whatever the base: "3 in
		// 10" is 30%, and a 12% rise is 12% per 1,000 or per 100,000.
		return 0
	}
	if f.Unit == evidence.UnitOther && strings.Contains(f.Text, " in ") {
		if m := inBaseRe.FindStringSubmatch(f.Text); m != nil {
			return baseValue(m[1])
		}
	}
	if f.Unit != evidence.UnitOther && f.Unit != evidence.UnitCount && f.Unit != evidence.UnitGBP || !hasPer(f.Measure) {
		// Most figures ("45%", "1,200") are no rate: the pattern run on
		// each was a tenth of an export comparing 500 statistics of one
		// measure with one another (BenchmarkExportSharedMeasure).
		return 0
	}
	for _, m := range rateBaseRe.FindAllStringSubmatchIndex(f.Measure, -1) {
		// "3 per 100,000" left in the measure of another figure of its
		// sentence is that figure's rate, not this one's base.
		if before := strings.TrimRight(f.Measure[:m[0]], " "); before != "" && isDigit(before[len(before)-1]) {
			continue
		}
		return baseValue(f.Measure[m[2]:m[3]])
	}
	return 0
}

// inBaseRe finds the base of a rate written "N in M" ("3 in 100,000").
var inBaseRe = regexp.MustCompile(`(?i)\bin\s+(?:every\s+)?(\d{1,3}(?:,\d{3})+|\d+)\b`)

// baseValue is the number a rate's base is written as: "1,000",
// "100000", "thousand"; 0 for none.
func baseValue(s string) float64 {
	switch strings.ToLower(s) {
	case "hundred":
		return 100
	case "thousand":
		return 1e3
	case "million":
		return 1e6
	}
	v, err := strconv.ParseFloat(strings.ReplaceAll(s, ",", ""), 64)
	if err != nil || v < 1 {
		return 0
	}
	return v
}

// hasPer reports "per" in s, in any case: what rateBaseRe needs.
func hasPer(s string) bool {
	for i := 0; i+3 <= len(s); i++ {
		if s[i]|0x20 == 'p' && s[i+1]|0x20 == 'e' && s[i+2]|0x20 == 'r' {
			return true
		}
	}
	return false
}

// rounding is half the last place a figure's number is written to:
// "82%" 0.5, "12.8%" 0.05, "28,000" 500 (a count written to the thousand
// is rounded), "£2.3 billion" £50 million.
func rounding(f evidence.Figure) float64 {
	num, scale := numberIn(f.Text)
	if num == "" {
		return 0.5
	}
	if i := strings.IndexByte(num, '.'); i >= 0 {
		return 0.5 * math.Pow(10, -float64(len(num)-i-1)) * scale
	}
	digits := strings.ReplaceAll(num, ",", "")
	zeros := 0
	for i := len(digits) - 1; i > 0 && digits[i] == '0'; i-- {
		zeros++
	}
	if len(digits) < 3 {
		zeros = 0 // "20%", "50 weeks": exact as far as anyone can tell
	}
	return 0.5 * math.Pow(10, float64(zeros)) * scale
}

// numberIn finds the first number written in digits in a figure's text and
// the scale words after it multiply it by.
func numberIn(s string) (string, float64) {
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) {
			continue
		}
		j := i
		for j < len(s) && (isDigit(s[j]) || (s[j] == ',' || s[j] == '.') && j+1 < len(s) && isDigit(s[j+1])) {
			j++
		}
		scale := 1.0
		switch strings.ToLower(firstWord(s[j:])) {
		case "billion", "bn":
			scale = 1e9
		case "million", "m":
			scale = 1e6
		case "thousand", "k":
			scale = 1e3
		}
		return s[i:j], scale
	}
	return "", 1
}

// ratioBounds are the values a ratio or fraction in words rounds: "one in
// five" is any share nearer one in five than one in four or one in six.
func ratioBounds(f evidence.Figure) ([2]float64, bool) {
	if f.Unit != evidence.UnitPercent || strings.ContainsAny(f.Text, "%") || strings.Contains(strings.ToLower(f.Text), "per cent") {
		return [2]float64{}, false
	}
	t := strings.ToLower(f.Text)
	den := 0.0
	switch {
	case strings.Contains(t, " in ") || strings.Contains(t, " out of "):
		for _, w := range strings.Fields(t) {
			if v, ok := wordValue(w); ok {
				den = v // the last number is the denominator
			}
		}
	case strings.Contains(t, "half"):
		den = 2
	case strings.Contains(t, "third"):
		den = 3
	case strings.Contains(t, "quarter"):
		den = 4
	case strings.Contains(t, "fifth"):
		den = 5
	case strings.Contains(t, "sixth"):
		den = 6
	case strings.Contains(t, "eighth"):
		den = 8
	case strings.Contains(t, "tenth"):
		den = 10
	}
	if den < 2 {
		return [2]float64{}, false
	}
	num := f.Value * den / 100
	return [2]float64{100 * num / (den + 0.5), 100 * num / (den - 0.5)}, true
}

var wordValues = map[string]float64{"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
	"nine": 9, "ten": 10, "twelve": 12, "twenty": 20}

func wordValue(w string) (float64, bool) {
	w = strings.Trim(w, ",.;()")
	if v, ok := wordValues[w]; ok {
		return v, true
	}
	v, n := 0.0, 0
	for i := 0; i < len(w); i++ {
		if !isDigit(w[i]) {
			return 0, false
		}
		v = v*10 + float64(w[i]-'0')
		n++
	}
	return v, n > 0
}

// Agree reports whether two figures state the same value within the
// rounding and hedges their texts show: "nine in 10" = 90% = "nearly all
// (90%)"; 82% ≠ 75%.
func Agree(a, b evidence.Figure) bool { return SpanOf(a).Agrees(SpanOf(b)) }

// Span is what Agree reads of a figure: its direction and the interval
// its rounding and hedges allow. A caller comparing one figure with
// thousands reads each figure's span once: reading them from the figures'
// texts for every pair was most of a pack's notes over a measure of
// 36,000 statistics (hostile check 48).
type Span struct {
	sign   int
	zero   bool
	lo, hi float64
}

// SpanOf reads a figure's span.
func SpanOf(f evidence.Figure) Span {
	lo, hi := Interval(f)
	return Span{sign: sign(f), zero: f.Value == 0, lo: lo, hi: hi}
}

// Agrees is Agree of the two figures the spans were read from.
func (a Span) Agrees(b Span) bool {
	if a.sign != b.sign && !a.zero && !b.zero {
		return false
	}
	return a.lo <= b.hi+1e-9 && b.lo <= a.hi+1e-9
}

// sign is the direction of a change figure: -1 for a fall ("cut by 24%"),
// +1 otherwise.
func sign(f evidence.Figure) int {
	if f.Role == evidence.RoleChange && strings.HasPrefix(f.Change, "down") {
		return -1
	}
	return 1
}
