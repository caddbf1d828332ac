package yamlerr

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/cypx/cypx/internal/evidence"
)

// Refuses reports a character YAML refuses written as it is in a
// document (C0 and C1 controls, DEL, U+FFFE, U+FFFF), or reads as a line
// break in the middle of a line (NEL, U+2028, U+2029), other than the
// tab, carriage return and newline a file's lines hold.
func Refuses(r rune) bool {
	switch {
	case r == '\t' || r == '\n' || r == '\r':
		return false
	case r < 0x20 || r >= 0x7f && r <= 0x9f || r == 0x2028 || r == 0x2029 || r == 0xfffe || r == 0xffff:
		return true
	}
	return false
}

// RawLines is the one rule for characters written as they are that YAML
// refuses or reads as a line break inside a line: a source's front
// matter, a themes.yaml and a thesaurus.yaml follow it. Each line of text
// holding one (a character Refuses reports, or a carriage return that
// does not end its line) is given to each, numbered from 1, as written
// and as it is read instead: without its controls (an escape sequence
// whole) and with each break a space, as the same characters escaped in
// double quotes are cleaned (evidence.CleanLine). text is returned with
// every such line read so. Before, YAML folded a raw NEL, U+2028, U+2029
// or lone carriage return inside a term or label into a space, and one at
// its edge was trimmed away, so the file said something other than what
// was read, unsaid; the same characters escaped were reported.
func RawLines(text string, each func(n int, written, read string)) string {
	if !strings.ContainsFunc(text, Refuses) && !strings.Contains(strings.ReplaceAll(text, "\r\n", "\n"), "\r") {
		return text
	}
	lines := strings.Split(text, "\n")
	for n, l := range lines {
		body := strings.TrimSuffix(l, "\r")
		if !strings.ContainsFunc(body, Refuses) && !strings.Contains(body, "\r") {
			continue
		}
		read := strings.Map(func(r rune) rune {
			if r == 0x85 || r == 0x2028 || r == 0x2029 || r == '\r' {
				return ' '
			}
			return r
		}, evidence.DropFrom(body, func(_, r rune) bool { return Refuses(r) }))
		if each != nil {
			each(n+1, body, read)
		}
		lines[n] = read + l[len(body):]
	}
	return strings.Join(lines, "\n")
}

// RawMessage says that a line RawLines found (written, and read as read)
// holds a character written as it is that YAML refuses or reads as a line
// break, naming the line's key, or whole ("front matter", "line") when it
// has none: the words of a source's front matter, a themes.yaml and a
// thesaurus.yaml alike.
func RawMessage(whole, written, read string) string {
	// Only the spaces and tabs a line is laid out with are trimmed from
	// what was written: strings.TrimSpace took a break at the value's
	// edge too, and the message quoted the value without the very
	// character it was about.
	key, val, clean := whole, strings.Trim(written, " \t"), strings.TrimSpace(read)
	if k, v, ok := strings.Cut(written, ":"); ok && keyRe.MatchString(strings.TrimSpace(strings.TrimLeft(k, "- "))) {
		key, val = strings.TrimSpace(strings.TrimLeft(k, "- ")), strings.Trim(v, " \t")
		_, cv, _ := strings.Cut(read, ":")
		clean = strings.TrimSpace(cv)
	}
	return rawMessage(key, val, clean)
}

// RawMessageAs is RawMessage with the value as it is loaded (loaded):
// what a reader of the line takes from its value, quotes and escapes
// read and every other cleaning done. A source's front matter says it, so
// that the one problem of a line says what cypx reads. Before (hostile
// check 70 G16), the line's words with the controls dropped were said,
// quote marks and all ("read as "\"Evil Trust\""" of a publisher loaded
// as Evil Trust), and a second problem of the same line said another.
func RawMessageAs(whole, written, loaded string) string {
	key, val := whole, strings.Trim(written, " \t")
	if k, v, ok := strings.Cut(written, ":"); ok && keyRe.MatchString(strings.TrimSpace(strings.TrimLeft(k, "- "))) {
		key, val = strings.TrimSpace(strings.TrimLeft(k, "- ")), strings.Trim(v, " \t")
	}
	return rawMessage(key, val, loaded)
}

func rawMessage(key, val, read string) string {
	return fmt.Sprintf("%s: %s holds a control character or a line break written as it is, which YAML does not read: write it on one line of visible characters (read as %s)",
		key, evidence.QuoteInput(val), evidence.QuoteInput(read))
}

// keyRe is a key, as RawMessage finds one on a line.
var keyRe = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_-]*$`)
