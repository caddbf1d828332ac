package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// span is a byte range [start, end) of a text.
type span struct{ start, end int }

// abbreviations end with a full stop that does not end a sentence.
var abbreviations = map[string]bool{
	"e.g": true, "i.e": true, "eg": true, "ie": true, "etc": true, "vs": true, "cf": true,
	"dr": true, "mr": true, "mrs": true, "ms": true, "prof": true, "st": true, "no": true,
	"p": true, "pp": true, "fig": true, "para": true, "approx": true, "inc": true, "ltd": true,
	"co": true, "jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true,
	"aug": true, "sep": true, "sept": true, "oct": true, "nov": true, "dec": true,
}

// closers may follow a sentence's final stop: quotes and brackets.
const closers = "\"'’”)]"

// Sentences splits text into sentence spans, trimmed of surrounding space.
// A sentence ends at . ! or ? (and any closing quotes or brackets) followed
// by space and a capital letter, digit, opening quote or bracket; full stops
// of abbreviations and initials do not end one.
func Sentences(text string) []span {
	var out []span
	start := 0
	for i := 0; i < len(text); i++ {
		c := text[i]
		if c != '.' && c != '!' && c != '?' {
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
		j := end
		for j < len(text) && (text[j] == ' ' || text[j] == '\t' || text[j] == '\n' || text[j] == '\r') {
			j++
		}
		if j == end || j >= len(text) {
			continue // no space after, or the end of the text
		}
		next, _ := utf8.DecodeRuneInString(text[j:])
		if !(unicode.IsUpper(next) || unicode.IsDigit(next) || strings.ContainsRune("\"'‘“(£[", next)) {
			continue
		}
		if c == '.' && isAbbreviation(text[start:i]) {
			continue
		}
		out = appendTrimmed(out, text, start, end)
		start = j
		i = j - 1
	}
	return appendTrimmed(out, text, start, len(text))
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
func isAbbreviation(before string) bool {
	k := strings.LastIndexFunc(before, func(r rune) bool { return unicode.IsSpace(r) || r == '(' })
	word := before[k+1:]
	if utf8.RuneCountInString(word) == 1 && unicode.IsUpper([]rune(word)[0]) {
		return true
	}
	return abbreviations[strings.ToLower(word)]
}
