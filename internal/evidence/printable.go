package evidence

import (
	"strconv"
	"strings"
	"unicode"
)

// Printable makes text from a source safe to write to a terminal: control
// characters (ESC, BEL, backspace, C1 controls and the like) are shown as
// escapes such as \x1b instead of being sent raw, so a source cannot
// recolour the screen, write the clipboard or hide text. Newlines and tabs
// are kept.
func Printable(s string) string {
	clean := true
	for _, r := range s {
		if isControl(r) {
			clean = false
			break
		}
	}
	if clean {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		if isControl(r) {
			q := strconv.QuoteRuneToASCII(r)
			b.WriteString(q[1 : len(q)-1])
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

func isControl(r rune) bool {
	if r == '\n' || r == '\t' {
		return false
	}
	return unicode.IsControl(r) || r == '\u2028' || r == '\u2029' || (r >= '\u202a' && r <= '\u202e') || (r >= '\u2066' && r <= '\u2069')
}
