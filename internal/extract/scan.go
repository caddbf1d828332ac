package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Cheap tests, made in one pass over a sentence, that say which patterns
// can match it. Go's regexp has no fast path for a pattern that does not
// open with a literal, so every pattern run costs a pass over the
// sentence; these tests keep extraction within its time budget
// (BenchmarkExtract) while the patterns grow.

// features are what a sentence holds, as far as the figure patterns care.
type features struct {
	digit      bool // an ASCII digit
	numWord    bool // a number in words: "twenty", "eight", "million"
	fraction   bool // "half", "a third", "three quarters", "two fifths"
	nInM       bool // "eight in 10", "one in every five", "nine out of 10"
	digitRange bool // "10-15", "2–3%", "70 and 90", "12 to 18", "3 or 4"
	control    bool // a control character but newline and tab (C0, DEL, C1)
}

// tok is one word or number of a sentence.
type tok struct {
	start, end int
	number     bool // digits, or a number word
}

var numberWordSet = func() map[string]bool {
	m := map[string]bool{"twice": true}
	for _, ws := range []map[string]float64{unitWords, teenWords, tensWords, scaleWords} {
		for w := range ws {
			m[w] = true
		}
	}
	return m
}()

var fractionWordSet = map[string]bool{"half": true, "third": true, "thirds": true, "quarter": true, "quarters": true,
	"fifth": true, "fifths": true, "tenth": true, "sixth": true, "eighth": true}

// scan reads the features of a sentence; lower is its ASCII lower case.
func scan(lower string) features {
	var f features
	var toks [64]tok
	n := 0
	for i := 0; i < len(lower); {
		c := lower[i]
		switch {
		case isDigit(c):
			f.digit = true
			j := i
			for j < len(lower) && (isDigit(lower[j]) || (lower[j] == ',' || lower[j] == '.') && j+1 < len(lower) && isDigit(lower[j+1])) {
				j++
			}
			// A scale glued to the number belongs to it: "£3bn", "2.5m".
			for _, sc := range []string{"bn", "m", "k"} {
				if strings.HasPrefix(lower[j:], sc) && (j+len(sc) == len(lower) || !isLetter(lower[j+len(sc)])) {
					j += len(sc)
					break
				}
			}
			if n < len(toks) {
				toks[n] = tok{i, j, true}
				n++
			}
			i = j
		case isLetter(c):
			j := i
			for j < len(lower) && isLetter(lower[j]) {
				j++
			}
			w := lower[i:j]
			num := numberWordSet[w] || strings.HasSuffix(w, "fold") && numberWordSet[w[:len(w)-4]]
			f.numWord = f.numWord || num
			f.fraction = f.fraction || fractionWordSet[w]
			if n < len(toks) {
				toks[n] = tok{i, j, num}
				n++
			}
			i = j
		default:
			if c < 0x20 && c != '\n' && c != '\t' || c == 0x7f || c == 0xc2 && i+1 < len(lower) && lower[i+1] >= 0x80 && lower[i+1] <= 0x9f {
				f.control = true
			}
			i++
		}
		if n == len(toks) {
			// A long sentence: test what has been read and start again,
			// keeping the last two words for the patterns that span them.
			f.patterns(lower, toks[:n])
			toks[0], toks[1] = toks[n-2], toks[n-1]
			n = 2
		}
	}
	f.patterns(lower, toks[:n])
	return f
}

// patterns sets the features that span words: n in m and ranges.
func (f *features) patterns(lower string, toks []tok) {
	for k := 1; k+1 < len(toks); k++ {
		a, w, b := toks[k-1], toks[k], toks[k+1]
		word := lower[w.start:w.end]
		if a.number && b.number && (word == "in" || word == "to" || word == "and" || word == "or") {
			if word == "in" {
				f.nInM = true
			} else if isDigit(lower[a.start]) && isDigit(lower[b.start]) {
				f.digitRange = true
			}
		}
		if a.number && (word == "million" || word == "billion") && k+2 < len(toks) && toks[k+2].number && isDigit(lower[a.start]) && isDigit(lower[toks[k+2].start]) {
			// "£4.3 billion and £4.9 billion", "£2 million to £3 million":
			// a range whose low end has its scale word.
			if c := lower[b.start:b.end]; c == "to" || c == "and" || c == "or" {
				f.digitRange = true
			}
		}
		if a.number && word == "out" && k+2 < len(toks) && lower[b.start:b.end] == "of" && (toks[k+2].number ||
			k+3 < len(toks) && (lower[toks[k+2].start:toks[k+2].end] == "every" || lower[toks[k+2].start:toks[k+2].end] == "each") && toks[k+3].number) {
			// "nine out of 10", "3 out of every 10"
			f.nInM = true
		}
		if a.number && word == "in" && (lower[b.start:b.end] == "every" || lower[b.start:b.end] == "each") && k+2 < len(toks) && toks[k+2].number {
			f.nInM = true
		}
		if word == "in" && !a.number && (k >= 2 && toks[k-2].number || k >= 3 && toks[k-3].number) && nInMAfter(lower, toks[k+1:]) {
			// "one child in every 14", "one young person in seven"
			f.nInM = true
		}
	}
	// Dashes between digits: "10-15", "2–3%", "£2-3bn".
	for k := 0; k+1 < len(toks); k++ {
		a, b := toks[k], toks[k+1]
		if !isDigit(lower[a.start]) || !isDigit(lower[b.start]) {
			continue
		}
		gap := strings.TrimSpace(strings.TrimLeft(lower[a.end:b.start], "% "))
		gap = strings.TrimSpace(strings.TrimSuffix(gap, "£"))
		if gap == "-" || gap == "–" || gap == "—" {
			f.digitRange = true
		}
	}
}

// nInMAfter reports the words after the "in" of "one child in every 14":
// a number, perhaps after "every" or "each".
func nInMAfter(lower string, toks []tok) bool {
	if len(toks) > 1 && (lower[toks[0].start:toks[0].end] == "every" || lower[toks[0].start:toks[0].end] == "each") {
		toks = toks[1:]
	}
	return len(toks) > 0 && toks[0].number
}

// hasWord reports w in lower as a whole word.
func hasWord(lower, w string) bool {
	for from := 0; ; {
		k := strings.Index(lower[from:], w)
		if k < 0 {
			return false
		}
		a, b := from+k, from+k+len(w)
		if (a == 0 || !isLetter(lower[a-1])) && (b == len(lower) || !isLetter(lower[b])) {
			return true
		}
		from = b
	}
}

// hasWordStart reports a word of lower that starts with p.
func hasWordStart(lower, p string) bool {
	for from := 0; ; {
		k := strings.Index(lower[from:], p)
		if k < 0 {
			return false
		}
		a := from + k
		if a == 0 || !isLetter(lower[a-1]) {
			return true
		}
		from = a + len(p)
	}
}

// digitThen reports a digit followed (after optional spaces) by one of
// the strings in next ("9am", "10 pm").
func digitThen(lower string, next ...string) bool {
	for i := 0; i < len(lower); i++ {
		if !isDigit(lower[i]) || i+1 < len(lower) && isDigit(lower[i+1]) {
			continue
		}
		j := skipSpace(lower, i+1)
		for _, nx := range next {
			if strings.HasPrefix(lower[j:], nx) {
				return true
			}
		}
	}
	return false
}

// digitAround reports c with a digit on each side ("10:30", "31/03").
func digitAround(s string, c byte) bool {
	for i := 1; i+1 < len(s); i++ {
		if s[i] == c && isDigit(s[i-1]) && isDigit(s[i+1]) {
			return true
		}
	}
	return false
}

// leadingZero reports a number starting with 0, as phone numbers do.
func leadingZero(s string) bool {
	for i := 0; i+1 < len(s); i++ {
		if s[i] == '0' && isDigit(s[i+1]) && (i == 0 || !isDigit(s[i-1]) && s[i-1] != ',' && s[i-1] != '.') {
			return true
		}
	}
	return false
}

// digitThenCapital reports a number followed by a capitalised word, as in
// a street address ("39 Victoria Street").
func digitThenCapital(s string) bool {
	for i := 0; i+2 < len(s); i++ {
		if isDigit(s[i]) && s[i+1] == ' ' && isUpper(s[i+2]) {
			return true
		}
	}
	return false
}

// hasWordIn reports a word of lower (a run of ASCII letters) in set.
func hasWordIn(lower string, set map[string]bool) bool {
	for i := 0; i < len(lower); {
		if !isLetter(lower[i]) {
			i++
			continue
		}
		j := i
		for j < len(lower) && isLetter(lower[j]) {
			j++
		}
		if set[lower[i:j]] {
			return true
		}
		i = j
	}
	return false
}

// numberBefore reports one of words right after a number (digits or a
// number word) and a space or hyphen: "10-year", "five year", "under-18s"
// is not this. It is the cheap test for the named-plan pattern.
func numberBefore(lower string, words ...string) bool {
	for _, w := range words {
		for from := 0; ; {
			k := strings.Index(lower[from:], w)
			if k < 0 {
				break
			}
			at := from + k
			from = at + len(w)
			if at < 2 || lower[at-1] != ' ' && lower[at-1] != '-' {
				continue
			}
			if isDigit(lower[at-2]) {
				return true
			}
			i := at - 1
			for i > 0 && isLetter(lower[i-1]) {
				i--
			}
			if numberWordSet[lower[i:at-1]] {
				return true
			}
		}
	}
	return false
}

// wordThenNumber reports one of words followed by a space or hyphen and a
// digit: "under 18s", "over-65s".
func wordThenNumber(lower string, words ...string) bool {
	for _, w := range words {
		for from := 0; ; {
			k := strings.Index(lower[from:], w)
			if k < 0 {
				break
			}
			at := from + k + len(w)
			from = at
			if at+1 < len(lower) && (lower[at] == ' ' || lower[at] == '-') && isDigit(lower[at+1]) {
				return true
			}
		}
	}
	return false
}

// countFold counts, up to most, the places lit (lower-case ASCII) occurs
// in s with ASCII case ignored, as a (?i) pattern's literal would match
// it. Under (?i) k and s also match the Kelvin sign and the long s, so
// for a lit holding either, s holding either counts as most places.
func countFold(s, lit string, most int) int {
	if strings.ContainsAny(lit, "ks") && (strings.Contains(s, "\u212a") || strings.Contains(s, "\u017f")) {
		return most
	}
	n := 0
	for i := 0; i+len(lit) <= len(s) && n < most; i++ {
		if lowerByte(s[i]) != lit[0] {
			continue
		}
		j := 1
		for j < len(lit) && lowerByte(s[i+j]) == lit[j] {
			j++
		}
		if j == len(lit) {
			n++
			i += len(lit) - 1
		}
	}
	return n
}

// hasFold reports lit (lower-case ASCII) in s as countFold finds it.
func hasFold(s, lit string) bool { return countFold(s, lit, 1) > 0 }

func upperByte(c byte) byte {
	if c >= 'a' && c <= 'z' {
		return c - 'a' + 'A'
	}
	return c
}

func lowerByte(c byte) byte {
	if c >= 'A' && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// digits counts the ASCII digits of s.
func digits(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if isDigit(s[i]) {
			n++
		}
	}
	return n
}

// countFields is len(strings.Fields(s)), without making the fields.
func countFields(s string) int {
	n, in := 0, false
	for i := 0; i < len(s); {
		c, size := rune(s[i]), 1
		space := c == ' ' || c >= '\t' && c <= '\r' // \t \n \v \f \r
		if c >= utf8.RuneSelf {
			c, size = utf8.DecodeRuneInString(s[i:])
			space = unicode.IsSpace(c)
		}
		i += size
		if space {
			in = false
		} else if !in {
			in = true
			n++
		}
	}
	return n
}

// hasAnyFold reports whether s holds any of lits as hasFold finds them,
// in one pass over s. It tests s for the Kelvin sign and the long s once,
// where it scanned s twice for each lit holding k or s.
func hasAnyFold(s string, lits ...string) bool {
	for _, lit := range lits {
		if strings.ContainsAny(lit, "ks") {
			if strings.Contains(s, "\u212a") || strings.Contains(s, "\u017f") {
				return true
			}
			break // the test is of s, the same for every lit
		}
	}
	var first [256]bool // the bytes, in either case, a lit opens with
	for _, lit := range lits {
		first[lit[0]] = true
		first[upperByte(lit[0])] = true
	}
	for i := 0; i < len(s); i++ {
		if !first[s[i]] {
			continue
		}
		c := lowerByte(s[i])
		for _, lit := range lits {
			if lit[0] != c || len(s)-i < len(lit) {
				continue
			}
			j := 1
			for j < len(lit) && lowerByte(s[i+j]) == lit[j] {
				j++
			}
			if j == len(lit) {
				return true
			}
		}
	}
	return false
}
