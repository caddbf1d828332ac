package measure

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/lazyre"
)

// bracketMarkerRe is a footnote marker in brackets after a word: a
// Markdown reference ("[^3]", as a web page's and a PDF's notes are
// imported), a statistical release's "[note 2]" or "[notes 2 and 3]", and
// a bare "[2]" or "[a]".
var bracketMarkerRe = lazyre.New(`\s*\[(?:\^[^\]\s]{1,12}|(?i:notes?)\s+[0-9a-z]{1,4}(?:\s*(?:,|&|and|to|-|–)\s*[0-9a-z]{1,4})*|[0-9]{1,3}|[a-z])\]`)

// dropMarkers takes the footnote markers out of what a figure measures:
// "Children waiting over 18 weeks¹", "Waiting list[^3]", "Referrals [note
// 2]", "Referrals*" each measure what they say without the marker, which
// told two figures of one measure apart, and read as part of the measure
// in the comparison table and a figure's copy. A quote keeps its markers;
// only the measure derived from it is cleaned. Digits written as text
// ("Tier 2", "Year 6") are words of the measure, never markers, and a
// square or cube after a unit ("km²") stays.
func dropMarkers(s string) string {
	if !hasMarkerByte(s) {
		return s // most measures: no byte that can open a marker
	}
	if strings.IndexByte(s, '[') >= 0 {
		s = bracketMarkerRe.ReplaceAllString(s, "")
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		// A symbol marks what it follows (a "*" standing alone is left to
		// tidy, which trims it at either end); a superscript digit is a
		// marker wherever it stands, but a unit's square or cube ("km²").
		unitPower := (r == '²' || r == '³') && strings.HasSuffix(s[:i], "m")
		standalone := (i == 0 || s[i-1] == ' ') && !unicode.IsNumber(r)
		// A star inside a word ("a*b*c", as a web page writes a code's
		// text) is a character of it, which the quote shows: left out,
		// the measure read "saw abc" (hostile check 85, L10).
		inWord := r == '*' && i+n < len(s) && opensWord(s[i+n:])
		if !evidence.IsMarkerRune(r) || unitPower || standalone || inWord {
			b.WriteString(s[i : i+n])
		}
		i += n
	}
	return b.String()
}

// opensWord reports s opening with a letter or a digit.
func opensWord(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return isWordRune(r)
}

// hasMarkerByte reports a byte that opens a marker: a bracket, an
// asterisk or "#", or the lead byte of a superscript digit, a dagger, "§"
// or "¶".
func hasMarkerByte(s string) bool {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '[', '*', '#', 0xC2, 0xE2:
			return true
		}
	}
	return false
}

// blankMarkers is text with each note marker set after a number
// (evidence's Markers: "3 (b) trusts", "12 (c) with partial data") written
// as spaces, so every offset holds. Left in, a marker was a word of the
// measure ("(c) with partial data"), and its bracket joined the clauses
// around it, so that 12 was a count of the first clause's "trusts with no
// data".
//
// An earlier value in brackets (evidence's PriorValues: "12 (2023: 14) of
// the 20 trusts") is blanked too: its year dated the figure before it,
// and its words became the measure ("in (: 14)").
//
// Both are evidence's NumberNotes, the notes figures and their copies
// leave out; here they are blanked, not left out, as the figures' offsets
// are the written text's. A quoted block's later lines' markers are
// blanked with them.
func blankMarkers(text string) string {
	ms := append(evidence.NumberNotes(text), evidence.QuoteMarkers(text)...)
	if ms == nil {
		return text
	}
	b := []byte(text)
	for _, m := range ms {
		for k := m.Start; k < m.End; k++ {
			b[k] = ' '
		}
	}
	return string(b)
}
