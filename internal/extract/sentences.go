package extract

import (
	"strings"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/lazyre"
	"github.com/cypx/cypx/internal/measure"
	"unicode"
	"unicode/utf8"
)

// span is a byte range [start, end) of a text.
type span struct{ start, end int }

// abbreviations end with a full stop that does not end a sentence; so
// does a month's name cut short ("Sept.", measure.MonthCutShort).
var abbreviations = map[string]bool{
	"e.g": true, "i.e": true, "eg": true, "ie": true, "etc": true, "vs": true, "cf": true,
	"dr": true, "mr": true, "mrs": true, "ms": true, "prof": true, "st": true, "no": true,
	"p": true, "pp": true, "fig": true, "para": true, "approx": true, "inc": true, "ltd": true,
	"co": true,
	// "(tel. 020 7946 0958)": a phone number's label, the number after it
	"tel": true,
	// "the hon. Member for Dunmere": a debate's title for a member
	"hon": true,
}

// closers may follow a sentence's final stop: quotes and brackets.
const closers = "\"'’”)]"

// MaxSentenceBytes is the longest sentence read as one. A longer run of
// text with no full stop (a 24 MB web page in one paragraph, a PDF table
// flattened into a line) is cut at its last clause boundary (a semicolon,
// colon, dash or comma, else a space) before the limit, so that no item
// grows with its source; 1,200 bytes is about 200 words, twice the longest
// sentence of a typical report.
const MaxSentenceBytes = 1200

// Sentences splits text into sentence spans, trimmed of surrounding space.
// A sentence ends at . ! or ? (and any closing quotes or brackets, and a
// footnote marker: "[^2]", "²", or digits glued to the stop of a word)
// followed by space and a capital letter, digit, opening quote or bracket;
// full stops of abbreviations and initials do not end one. No span is
// longer than MaxSentenceBytes. A blockquote's markers opening a later
// line (evidence.QuoteMarkers) are read as blanks.
func Sentences(text string) []span {
	// A quoted block's later lines are read without their markers: the
	// spans are the same bytes either way.
	text = evidence.BlankQuoteMarkers(text)
	// A damaged body's escape sequence is one unit: a stop inside it (an
	// OSC title's "\x1b]0;Waits. Report\a") is the sequence's, and ends
	// no sentence. Found once a text; seq is the next one to pass.
	seqs, seq := evidence.Sequences(text), 0
	var out []span
	start := 0
	for i := 0; i < len(text); i++ {
		c := text[i]
		if c != '.' && c != '!' && c != '?' {
			continue
		}
		for seq < len(seqs) && seqs[seq].End <= i {
			seq++
		}
		if seq < len(seqs) && seqs[seq].Start <= i {
			continue
		}
		end := i + 1
		for end < len(text) {
			r, size := utf8.DecodeRuneInString(text[end:])
			if !strings.ContainsRune(closers, r) {
				break
			}
			end += size
		}
		end = afterFootnoteMarker(text, end, i > 0 && !isDigit(text[i-1]) || i >= 4 && isYearNumber(text[i-4:i]) && (i == 4 || !isDigit(text[i-5])))
		j := end
		for j < len(text) && (text[j] == ' ' || text[j] == '\t' || text[j] == '\n' || text[j] == '\r') {
			j++
		}
		if j == end || j >= len(text) {
			continue // no space after, or the end of the text
		}
		next, _ := utf8.DecodeRuneInString(text[j:])
		if !(unicode.IsUpper(next) || unicode.IsDigit(next) || strings.ContainsRune("\"'‘“(£[•▪●◦‣", next) || bylineAfterStop(text[j:])) {
			continue
		}
		if c == '.' && !listLetter(text[start:i]) && (isAbbreviation(text[start:i], next) || hedgeAbbreviation(text[start:i], next)) {
			continue
		}
		if c == '.' && etAlBefore(text[start:i], next) {
			continue
		}
		out = appendTrimmed(out, text, start, end)
		start = j
		i = j - 1
	}
	return bounded(text, appendTrimmed(out, text, start, len(text)))
}

// bylineAfterStop reports a dash and a name closing the paragraph after a
// sentence's stop ("... what parents told us. – Dr Ana Ruiz, Clinical
// Lead"), as a foreword or a newsletter's welcome is signed: the byline
// is a sentence of its own, furniture (dashBylineRe), not the end of the
// sentence before. So is a speaker's tag set on the quotation's last line
// ("... to other children.” – Parent, North Somerset", speakerPlaceRe),
// as a PDF sets a quote and its tag in one paragraph; before, the tag
// was the end of the quote's sentence and its excerpt.
func bylineAfterStop(rest string) bool {
	if !strings.HasPrefix(rest, "–") && !strings.HasPrefix(rest, "—") {
		return false
	}
	if k := strings.IndexByte(rest, '\n'); k >= 0 {
		rest = rest[:k]
	}
	rest = strings.TrimSpace(rest)
	return dashBylineRe.MatchString(rest) || speakerPlaceRe.MatchString(rest)
}

// afterFootnoteMarker skips a footnote marker at i, right after a
// sentence's stop: "[^2]", superscript digits, or up to three plain digits
// followed by a space (a PDF's superscript that lost its size), the last
// only when plain is true: after "2023." digits would be a decimal.
func afterFootnoteMarker(text string, i int, plain bool) int {
	if strings.HasPrefix(text[i:], "[^") {
		if k := strings.IndexByte(text[i:], ']'); k > 2 && k < 42 {
			return i + k + 1
		}
		return i
	}
	j := i
	for j < len(text) {
		r, size := utf8.DecodeRuneInString(text[j:])
		if !isSuperscriptDigit(r) {
			break
		}
		j += size
	}
	if j > i || !plain {
		return j
	}
	for j < len(text) && j-i <= 3 && isDigit(text[j]) {
		j++
	}
	if j > i && j-i <= 3 && j < len(text) && isSpace(text[j]) {
		return j
	}
	return i
}

func isSuperscriptDigit(r rune) bool {
	return r == '¹' || r == '²' || r == '³' || (r >= '⁰' && r <= '⁹')
}

// bounded cuts every span longer than MaxSentenceBytes into pieces at
// clause boundaries.
func bounded(text string, spans []span) []span {
	long := false
	for _, sp := range spans {
		if sp.end-sp.start > MaxSentenceBytes {
			long = true
			break
		}
	}
	if !long {
		return spans
	}
	var out []span
	for _, sp := range spans {
		for sp.end-sp.start > MaxSentenceBytes {
			cut := clauseCut(text, sp.start, sp.start+MaxSentenceBytes)
			out = appendTrimmed(out, text, sp.start, cut)
			sp.start = cut
		}
		out = appendTrimmed(out, text, sp.start, sp.end)
	}
	return out
}

// clauseCut is where to cut text[start:limit]: after its last semicolon,
// colon, dash or comma followed by a space, else at its last space, else
// at the last rune boundary before limit. The cut is always after start.
func clauseCut(text string, start, limit int) int {
	window := text[start:limit]
	floor := len(window) / 2 // a cut too early would leave crumbs
	for _, sep := range []string{"; ", ": ", " – ", " — ", " - ", ", ", " "} {
		if k := strings.LastIndex(window, sep); k > floor {
			return start + k + len(sep) - 1
		}
	}
	cut := limit
	for cut > start+1 && !utf8.RuneStart(text[cut]) {
		cut--
	}
	return cut
}

func appendTrimmed(out []span, text string, start, end int) []span {
	for start < end && isSpace(text[start]) {
		start++
	}
	for end > start && isSpace(text[end-1]) {
		end--
	}
	if start < end {
		out = append(out, span{start, end})
	}
	return out
}

func isSpace(b byte) bool { return b == ' ' || b == '\t' || b == '\n' || b == '\r' }

// isAbbreviation reports whether the word just before a full stop is an
// abbreviation or a single-letter initial ("B." in "B. Gault").
// hedgeAbbreviation reports the "c." or "ca." of "c. 190 children", a
// hedge on the number after it: in lower case, before a digit or a "£".
// "Appendix C. Next" and "option c. Then" end their sentences.
func hedgeAbbreviation(before string, next rune) bool {
	if !unicode.IsDigit(next) && next != '£' {
		return false
	}
	k := strings.LastIndexFunc(before, func(r rune) bool { return unicode.IsSpace(r) || r == '(' })
	w := before[k+1:]
	return w == "c" || w == "ca"
}

// listLetterRe ends with the letter of one of a list, its word before
// it: "option c", "paragraph C", "options a, b and c", "(b) or c".
var listLetterRe = lazyre.New(`(?i)(?:\b(?:options?|paragraphs?|para|sections?|parts?|points?|items?|questions?|appendix|appendices|annex(?:es)?|recommendations?|steps?|stages?|actions?|priorit(?:y|ies)|objectives?|scenarios?|criteri(?:on|a)|routes?|models?|proposals?|boxes|box|tables?|figures?|lists?)|\b[a-h]\)?,?\s+(?:and|or)|\b[a-h]\)?,)\s+\(?[a-h]$`)

// listLetter reports text ending in a list's letter ("under option c",
// "options a, b and c"): a full stop after it ends the sentence, as
// "Appendix C." does, and the number after it is no hedged "c. 12"
// (circa). The one rule for the sentence splitter and qualifierBefore.
func listLetter(before string) bool {
	return endsInListLetter(before) && listLetterRe.MatchString(before)
}

// endsInListLetter reports text ending as every match of listLetterRe
// does: a space (\s), perhaps "(", then a letter a to h in either case
// (none of which (?i) folds to a letter beyond ASCII). It runs at every
// full stop of every text, and regexp tries the pattern from each byte
// before it finds the end does not fit: this looks at the end first.
func endsInListLetter(s string) bool {
	n := len(s)
	if n < 2 {
		return false
	}
	if c := s[n-1] | 0x20; c < 'a' || c > 'h' {
		return false
	}
	i := n - 2
	if s[i] == '(' {
		i--
	}
	return i >= 0 && strings.IndexByte(" \t\n\f\r", s[i]) >= 0
}

// etAlBefore: the stop of "et al." before a year or a bracket ("Smith et
// al. 2020, p 12", "Smith et al. (2020) found") ends no sentence. Before
// (hostile check 57), the citation was cut in two, its authors' words in
// the measure's key and a figure after it in an item of its own measured
// "p 12". Before a capital, "et al." may end one ("... by Smith et al. The
// next ...").
func etAlBefore(before string, next rune) bool {
	// Only the end of before is read: a break is tried at every stop, and
	// the regular expression would walk the whole sentence so far.
	return (unicode.IsDigit(next) || next == '(' || next == '[') && etAlRe.MatchString(before[max(0, len(before)-24):])
}

// etAlRe ends with "et al" (its stop cut off).
var etAlRe = lazyre.New(`(?i)\bet\s+al$`)

// isAbbreviation reports the word before a stop an abbreviation, the
// stop no sentence's end, next the first letter after it. A month cut
// short is one only before a number, "Sept. 2022", "Mar. 12": "Referrals
// peaked in Mar. Waiting lists then fell" is two sentences (hostile
// check 60: they were one, the first's words in the second's measure).
func isAbbreviation(before string, next rune) bool {
	k := strings.LastIndexFunc(before, func(r rune) bool { return unicode.IsSpace(r) || r == '(' })
	word := before[k+1:]
	if utf8.RuneCountInString(word) == 1 && unicode.IsUpper([]rune(word)[0]) {
		return true
	}
	if abbreviations[strings.ToLower(word)] {
		return true
	}
	// The last of a run of months, "(Apr.-Jun. 2023)": before (hostile
	// check 59), the sentence ended at "Jun." and the item's quote was cut.
	if j := strings.LastIndexAny(word, "-–/"); j >= 0 {
		_, n := utf8.DecodeRuneInString(word[j:])
		word = word[j+n:]
	}
	return unicode.IsDigit(next) && measure.MonthCutShort(word)
}

// untorn drops the figures of sp's text that lie in a word cut in two
// where a run of more than MaxSentenceBytes held no space to cut at: the
// tail of "1,000,000,…" is "00,000", no number its source states.
func untorn(text string, sp span, figs []evidence.Figure) []evidence.Figure {
	s := text[sp.start:sp.end]
	from, to := 0, len(s)
	if sp.start > 0 && !isSpace(text[sp.start-1]) {
		from = strings.IndexAny(s, " \t\n\r")
		if from < 0 {
			return nil
		}
	}
	if sp.end < len(text) && !isSpace(text[sp.end]) {
		to = strings.LastIndexAny(s, " \t\n\r")
		if to < 0 {
			return nil
		}
	}
	if from == 0 && to == len(s) {
		return figs
	}
	kept := figs[:0:0]
	for _, f := range figs {
		if f.Offset >= from && f.Offset+len(f.Text) <= to {
			kept = append(kept, f)
		}
	}
	return kept
}
