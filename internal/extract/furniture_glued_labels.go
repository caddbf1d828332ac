package extract

import (
	"unicode"
	"unicode/utf8"

	"github.com/cypx/cypx/internal/lazyre"
)

var (
	// statusLozengeRe is a status lozenge a wiki or a highlight report
	// sets before a line, its words glued to the sentence after once the
	// page is text: "AMBER The median wait rose to 21 weeks.", "RED/AMBER
	// Recruitment is behind plan." The status word is in capitals; a
	// sentence opening with the colour as a word ("Red tape ...", "GREEN
	// SPACES ...") is no lozenge.
	statusLozengeRe = lazyre.New(`^(?:RED|AMBER|GREEN|BLUE)(?:\s*[/-]\s*(?:RED|AMBER|GREEN))?\s+`)
	// commentLabelRe is the label an alert, a bulletin or a briefing
	// sets before its own remarks: "Lobbyline comment: Today's items
	// point to ...", "Our comment: ...", "Editor's commentary: ...". The
	// remarks are the text; the label names who makes them.
	commentLabelRe = lazyre.New(`^(?:(?:\p{Lu}[\p{L}’'&-]*|our|the)\s+){0,3}?(?:[Cc]omment|[Cc]ommentary)\s*:\s+`)
)

// gluedLabelLen is the length of a label glued before the sentence at
// text[start:end] that is no word of it, or 0: a status lozenge ("AMBER
// The median wait ..."), a commentary label ("Our comment: The ..."). Before, the lozenge opened the item's text, a
// word of the finding. What follows must be a sentence of its own: a
// word in sentence case or a figure, and three words.
func gluedLabelLen(text string, start, end int) int {
	s := text[start:end]
	if s == "" || s[0] < 'A' || s[0] > 'Z' {
		return 0
	}
	n := 0
	if m := statusLozengeRe.FindStringIndex(s); m != nil {
		n = m[1]
	} else if m := commentLabelRe.FindStringIndex(s); m != nil {
		n = m[1]
	}
	if n == 0 {
		return 0
	}
	r, w := utf8.DecodeRuneInString(s[n:])
	next, _ := utf8.DecodeRuneInString(s[n+w:])
	// "The", "A " or "12,480": a sentence's word; "SPACES" carries a
	// heading in capitals.
	word := unicode.IsUpper(r) && (unicode.IsLower(next) || next == ' ') || unicode.IsDigit(r)
	if !word || countFields(s[n:]) < 3 {
		return 0
	}
	return n
}
