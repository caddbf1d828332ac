package evidence

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Marker is a footnote or reference marker set after a number: the text's
// bytes [Start, End).
type Marker struct{ Start, End int }

// markerKind is the form of a marker, which decides where it may stand.
type markerKind int

const (
	noMarker markerKind = iota
	// markerNote is a Markdown footnote, "[^4]": glued, it is a marker
	// whatever follows.
	markerNote
	// markerRef is a bracketed reference number, "[12]", "[3, 4]".
	markerRef
	// markerLetter is a bracketed letter, "(a)", "[b]".
	markerLetter
	// markerSymbol is a run of note symbols, "*", "†", "‡‡", "§", "¶", "#".
	markerSymbol
	// markerSuper is a run of superscript digits, "¹", "²³".
	markerSuper
)

// Markers finds the footnote and reference markers set after a number in a
// sentence, in order: "1,200[^4] referrals", "340[12] children", "950†
// children", "640* children", "45%* in 2024", "3,100§ referrals", "870¹
// children", "870[b] children", "1,010 (a) children", "870 [1] children",
// "2,000 [^3] children".
// Between a count and its noun, a marker hid the noun and the count was no
// figure; shown apart from its sentence, a marker is a footnote of nothing
// or a number misread ("1,2004").
//
// What a marker might be mistaken for stays: a bracketed letter, a symbol
// or a superscript only counts when the noun (or, for a symbol, the end
// of the clause) follows, so "45 (12%)", "5 * 3", "5*3", "2 [3]: 45–50"
// and "Figure 3 (a)" keep their brackets; a label's number is no count
// ("Year 6 (a) pupils", "Table 2[b] shows"); emphasis around a number
// ("*640* children") and a power ("10⁶") are no marker; a marker before
// a number ("(a) 40% of", "[1] Source:") is a list's label or a note's.
func Markers(s string) []Marker {
	var out []Marker
	for i := 1; i < len(s); i++ {
		if c := s[i-1]; !isDigitByte(c) && c != '%' {
			continue
		}
		if !mayStartMarker(s[i]) {
			continue
		}
		if end := sentenceMarker(s, i); end > 0 {
			end = seriesEnd(s, end)
			out = append(out, Marker{i, end})
			i = end - 1
			continue
		}
		// A bracketed letter or reference number after one space:
		// "1,010 (a) children", "870 [1] children"; a Markdown footnote,
		// "2,000 [^3] children", is one whatever follows.
		if s[i] == ' ' && i+1 < len(s) && (s[i+1] == '(' || s[i+1] == '[') {
			end, kind := markerAt(s, i+1)
			if kind == markerNote || (kind == markerLetter || kind == markerRef) && (nounFollows(s, end) || rangeFollows(s, end)) && !afterLabel(s, i) {
				end = seriesEnd(s, end)
				out = append(out, Marker{i + 1, end})
				i = end - 1
			}
		}
	}
	return out
}

// sentenceMarker is the end of the marker glued to the number before s[i]
// in a sentence, or 0.
func sentenceMarker(s string, i int) int {
	end, kind := markerAt(s, i)
	switch kind {
	case markerNote:
		return end
	case markerRef:
		// Glued, a bracketed number is a reference whatever follows:
		// "45%[3, 4] said", "340[12]." (as cypx writes a raised one).
		return end
	case markerLetter:
		if (nounFollows(s, end) || rangeFollows(s, end)) && !afterLabel(s, i) {
			return end
		}
	case markerSymbol:
		if clauseFollows(s, end) && !afterLabel(s, i) && !emphasised(s, i) {
			return end
		}
	case markerSuper:
		if clauseFollows(s, end) && !afterLabel(s, i) && numberBefore(s, i) != "10" {
			return end
		}
	}
	return 0
}

// seriesEnd is the end of a series of bracketed markers that starts with
// the one ending at s[end]: "(a) and (b)", "[1], [2]", "(a) (b)", "[^1][^2]".
// Left at the first, the rest read as words of the figure's noun, and a
// table cell's "1,010 (a) and (b)" was no figure.
func seriesEnd(s string, end int) int {
	for {
		j := end
		for j < len(s) && s[j] == ' ' {
			j++
		}
		for _, w := range []string{",", "and ", "& "} {
			if strings.HasPrefix(s[j:], w) {
				j += len(w)
				break
			}
		}
		for j < len(s) && s[j] == ' ' {
			j++
		}
		if j >= len(s) || s[j] != '(' && s[j] != '[' {
			return end
		}
		e, kind := markerAt(s, j)
		if kind != markerLetter && kind != markerRef && kind != markerNote || e < len(s) && isDigitByte(s[e]) {
			// A marker glued to the digits after it is inside the
			// number, and the comma before it the number's own:
			// "1[^1],[^2]300" is 1,300 (hostile check 85, L2: copied
			// "1300").
			return end
		}
		end = e
	}
}

// rangeFollows reports whether the second number of a range follows
// s[end]: "10 (a)–15 children", "10 (a) to 15".
func rangeFollows(s string, end int) bool {
	j := end
	for j < len(s) && s[j] == ' ' {
		j++
	}
	switch {
	case strings.HasPrefix(s[j:], "–"), strings.HasPrefix(s[j:], "—"):
		j += len("–")
	case strings.HasPrefix(s[j:], "-"):
		j++
	case strings.HasPrefix(s[j:], "to ") && j > end:
		j += len("to")
	default:
		return false
	}
	for j < len(s) && s[j] == ' ' {
		j++
	}
	return j < len(s) && isDigitByte(s[j])
}

// TrailingMarker is where a note marker ending a table cell starts, or -1:
// "55[^2]", "870[1]", "55 [b]", "1,010 (a)", "950†", "12*", "40%¹", and
// where the first of a series of them starts: "1,010 (a) and (b)", "55
// [1], [2]". A header names what the cell counts, so no noun need follow;
// a bracketed number set apart stays, as "45 (12%)" is two figures.
func TrailingMarker(t string) int {
	j := trailingMarker(t)
	for j > 0 {
		u := strings.TrimRight(t[:j], " ")
		for _, w := range []string{",", " and", " &"} {
			if v, ok := strings.CutSuffix(u, w); ok {
				u = strings.TrimRight(v, " ")
				break
			}
		}
		k := trailingMarker(u)
		if k < 0 || k == 0 || !isBracket(u[k]) || !isBracket(t[j]) {
			break
		}
		j = k
	}
	return j
}

func isBracket(c byte) bool { return c == '(' || c == '[' }

// trailingMarker is TrailingMarker for one marker.
func trailingMarker(t string) int {
	if t == "" {
		return -1
	}
	switch last := t[len(t)-1]; last {
	case ']', ')':
		open := byte('[')
		if last == ')' {
			open = '('
		}
		j := strings.LastIndexByte(t, open)
		if j < 0 {
			return -1
		}
		end, kind := markerAt(t, j)
		if end != len(t) {
			return -1
		}
		if open == '(' && (kind != markerLetter || j == 0 || !isSpaceByte(t[j-1])) {
			return -1
		}
		return j
	}
	j := len(t)
	var kind markerKind
	for j > 0 {
		r, n := utf8.DecodeLastRuneInString(t[:j])
		k := runeKind(r)
		if k == noMarker || (kind != noMarker && k != kind) {
			break
		}
		kind, j = k, j-n
	}
	if kind == noMarker {
		return -1
	}
	return j
}

// mayStartMarker reports whether a marker (or the space before one) may
// start with byte c: most bytes of a sentence are let go at once.
func mayStartMarker(c byte) bool {
	switch c {
	case '[', '(', '*', '#', ' ', 0xC2, 0xE2:
		return true
	}
	return false
}

// markerAt reads a marker starting at s[i]: its end and form, or 0 and
// noMarker.
func markerAt(s string, i int) (int, markerKind) {
	if i >= len(s) {
		return 0, noMarker
	}
	switch s[i] {
	case '[':
		return bracketAt(s, i)
	case '(':
		if i+2 < len(s) && isLowerByte(s[i+1]) && s[i+2] == ')' {
			return i + 3, markerLetter
		}
		return 0, noMarker
	}
	j := i
	var kind markerKind
	for j < len(s) {
		r, n := utf8.DecodeRuneInString(s[j:])
		k := runeKind(r)
		if k == noMarker || (kind != noMarker && k != kind) {
			break
		}
		kind, j = k, j+n
	}
	// A run of symbols longer than three is a rule or a mask ("****"),
	// not a note.
	if kind == noMarker || (kind == markerSymbol && j-i > 3*len("‡")) {
		return 0, noMarker
	}
	return j, kind
}

// bracketAt reads "[^note]", "[12]", "[3, 4]" or "[b]" at s[i].
func bracketAt(s string, i int) (int, markerKind) {
	rest := s[i+1:]
	if strings.HasPrefix(rest, "^") {
		for j := 1; j < len(rest) && j <= 41; j++ {
			switch c := rest[j]; {
			case c == ']':
				if j == 1 {
					return 0, noMarker
				}
				return i + 1 + j + 1, markerNote
			case c == ' ' || c == '\t' || c == '\n' || c == '\r':
				return 0, noMarker
			}
		}
		return 0, noMarker
	}
	if len(rest) >= 2 && isLowerByte(rest[0]) && rest[1] == ']' {
		return i + 3, markerLetter
	}
	// One to three digits, more after ", " or ",".
	j := 0
	for {
		k := j
		for k < len(rest) && k-j < 4 && isDigitByte(rest[k]) {
			k++
		}
		if k == j || k-j > 3 {
			return 0, noMarker
		}
		if k < len(rest) && rest[k] == ']' {
			return i + 1 + k + 1, markerRef
		}
		if k >= len(rest) || rest[k] != ',' {
			return 0, noMarker
		}
		j = k + 1
		if j < len(rest) && rest[j] == ' ' {
			j++
		}
	}
}

// IsMarkerRune reports a rune that can mark a note on its own: a note
// symbol (* † ‡ § ¶ #) or a superscript digit. The measure's reader drops
// such runes after a word by this rule, as figures drop them after a
// number.
func IsMarkerRune(r rune) bool { return runeKind(r) != noMarker }

// runeKind is the marker form a symbol or superscript rune belongs to.
func runeKind(r rune) markerKind {
	switch r {
	case '*', '†', '‡', '§', '¶', '#':
		return markerSymbol
	case '¹', '²', '³', '⁰', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹':
		return markerSuper
	}
	return noMarker
}

// nounFollows reports whether a word follows s[end] after a space: the
// noun the number counts ("children", "in").
func nounFollows(s string, end int) bool {
	j := end
	for j < len(s) && isSpaceByte(s[j]) {
		j++
	}
	if j == end || j == len(s) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s[j:])
	return unicode.IsLetter(r)
}

// clauseFollows reports whether a noun, the clause's end or the text's
// follows s[end]: not a digit, as in "5*3".
func clauseFollows(s string, end int) bool {
	if end == len(s) {
		return true
	}
	switch s[end] {
	case '.', ',', ';', ':', '!', '?', ')', '\n', '\r':
		return true
	}
	return nounFollows(s, end)
}

// markerLabels are the words whose number names a part, not a count:
// "Figure 3 (a)", "Year 6 (a) pupils", "Table 2[b]".
var markerLabels = []string{
	"figure", "fig.", "fig", "table", "chart", "box", "annex", "appendix", "section", "chapter",
	"part", "page", "p.", "para", "paragraph", "year", "step", "phase", "tier", "stage",
	"question", "q", "item", "level", "grade", "article", "regulation", "clause", "schedule", "note", "recommendation",
}

// afterLabel reports whether the number ending before s[i] follows a
// label word. A label's number is short and plain: "in the year 1,010
// (a) children" is a count.
func afterLabel(s string, i int) bool {
	n := numberBefore(s, i)
	if len(n) > 3 || strings.ContainsAny(n, ",%") {
		return false
	}
	j := i - len(n)
	for j > 0 && s[j-1] == ' ' {
		j--
	}
	k := j
	for k > 0 && (isLetterByte(s[k-1]) || s[k-1] == '.') {
		k--
	}
	if k == j {
		return false
	}
	w := s[k:j]
	for _, l := range markerLabels {
		if strings.EqualFold(w, l) {
			return true
		}
	}
	return false
}

// emphasised reports whether the number ending before s[i] opens with
// Markdown emphasis, so a star after it closes it: "*640* children".
func emphasised(s string, i int) bool {
	j := i - len(numberBefore(s, i))
	return j > 0 && (s[j-1] == '*' || s[j-1] == '_')
}

// numberBefore is the number ending before s[i]: its digits, separators,
// currency and percent sign.
func numberBefore(s string, i int) string {
	j := i
	for j > 0 {
		c := s[j-1]
		if isDigitByte(c) || c == ',' || c == '.' || c == '%' {
			j--
			continue
		}
		if strings.HasSuffix(s[:j], "£") {
			j -= len("£")
		}
		break
	}
	return strings.TrimLeft(s[j:i], ",.")
}

func isDigitByte(c byte) bool  { return c >= '0' && c <= '9' }
func isLowerByte(c byte) bool  { return c >= 'a' && c <= 'z' }
func isLetterByte(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }
func isSpaceByte(c byte) bool  { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

// emphasisAfterNumber is the underscore emphasis closing the number in a
// figure's text, "640_ children" of "We saw _640_ children": the figure
// starts after the opening mark, so only the closing one is in its text.
// A "_" is no note symbol, and no word ends in one, so one or two glued
// to a digit and followed by a space or the end close emphasis.
func emphasisAfterNumber(t string) (Marker, bool) {
	i := strings.IndexByte(t, '_')
	if i <= 0 || !isDigitByte(t[i-1]) && t[i-1] != '%' {
		return Marker{}, false
	}
	j := i
	for j < len(t) && t[j] == '_' && j-i < 2 {
		j++
	}
	if j < len(t) && !isSpaceByte(t[j]) && !strings.ContainsRune(".,;:", rune(t[j])) {
		return Marker{}, false
	}
	return Marker{i, j}, true
}

// PriorValues are the earlier values in brackets between a figure and
// its noun, as an annual report sets last year's beside this year's: the
// "(1,800)" of "In 2024, 2,000 (1,800) children were referred", or one
// that names its time, "(2023: 1,800)", "(2023/24: 41%)", "(last year:
// 1,800)". Read as figures, a bare one was dated with the sentence's 2024
// and cited as 2024's, and a named one hid the noun, so the count before
// it was lost and the earlier value cited alone ("last year" took the
// sentence's year too). They are left out as markers are: the figure
// before is read with its noun, and shown and copied without them. A bare
// bracket after a percentage stays ("1,200 (45%) of", a count's share),
// and years are left alone: "2024 (2023) figures".
func PriorValues(s string) []Marker {
	var out []Marker
	for i := strings.Index(s, " ("); i > 0 && i+2 < len(s); {
		open := i + 1
		if end := priorValueEnd(s, numberBefore(s, i), open+1); end > 0 {
			out = append(out, Marker{open, end})
		}
		k := strings.Index(s[i+2:], " (")
		if k < 0 {
			break
		}
		i += 2 + k
	}
	return out
}

// NumberNotes are the notes set after a number that are no words of its
// sentence, in order: its Markers and its PriorValues. Every reading that
// leaves notes out (a sentence's figures, a figure as shown and copied, a
// measure's words) takes this one set, so a kind of note added here is
// left out by all of them: an earlier value in brackets was once left out
// of figures and their copies but still read as words of the measure.
func NumberNotes(s string) []Marker {
	ms := Markers(s)
	if ps := PriorValues(s); ps != nil {
		ms = append(ms, ps...)
		slices.SortFunc(ms, func(a, b Marker) int { return a.Start - b.Start })
	}
	return ms
}

// priorValueEnd is the end of the bracket PriorValues takes, opening at
// s[at] after the figure n, or 0 when it is not one.
func priorValueEnd(s, n string, at int) int {
	if n == "" || yearNumber(n) || strings.Contains(n, "£") {
		return 0
	}
	named := priorTimeEnd(s, at)
	if named == at && strings.Contains(n, "%") {
		return 0
	}
	end := digitsEnd(s, named)
	if end == named || yearNumber(s[named:end]) {
		return 0
	}
	if strings.HasSuffix(n, "%") {
		if end >= len(s) || s[end] != '%' {
			return 0 // "45% (2023: 1,800)": not the same unit
		}
		end++
	}
	if end+2 < len(s) && s[end] == ')' && s[end+1] == ' ' && isLetterByte(s[end+2]) {
		return end + 1
	}
	return 0
}

// priorTimeEnd is the end of the time a prior value's bracket names before
// its number ("2023: ", "2023/24: ", "last year: "), or at when it names
// none.
func priorTimeEnd(s string, at int) int {
	j := at
	if d := digitsOnlyEnd(s, j); d-j == 4 && yearNumber(s[j:d]) {
		j = d
		if j+1 < len(s) && (s[j] == '/' || s[j] == '-') {
			if e := digitsOnlyEnd(s, j+1); e-(j+1) == 2 || e-(j+1) == 4 {
				j = e
			}
		}
		if j >= len(s) || s[j] != ':' {
			return at // "(2023 1,800)" names nothing
		}
		j++
	} else {
		rest := strings.ToLower(s[j:min(len(s), j+20)])
		for _, w := range []string{"last year", "previous year", "prior year", "the year before"} {
			if strings.HasPrefix(rest, w) {
				j += len(w)
				if j < len(s) && s[j] == ':' {
					j++
				}
				break
			}
		}
		if j == at {
			return at
		}
	}
	for j < len(s) && s[j] == ' ' {
		j++
	}
	return j
}

// digitsOnlyEnd is the end of the run of digits opening at s[i].
func digitsOnlyEnd(s string, i int) int {
	for i < len(s) && isDigitByte(s[i]) {
		i++
	}
	return i
}

// digitsEnd is the end of a number in digits ("1,800", "12.5") opening at
// s[i], or i when none does.
func digitsEnd(s string, i int) int {
	j := i
	for j < len(s) && (isDigitByte(s[j]) || (s[j] == ',' || s[j] == '.') && j > i && j+1 < len(s) && isDigitByte(s[j+1])) {
		j++
	}
	return j
}

// yearNumber reports four digits that may be a year, 1800 to 2100.
func yearNumber(n string) bool {
	if len(n) != 4 || strings.IndexFunc(n, func(r rune) bool { return r < '0' || r > '9' }) >= 0 {
		return false
	}
	return n >= "1800" && n <= "2100"
}
