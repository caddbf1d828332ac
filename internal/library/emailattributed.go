package library

import "strings"

// passedOnAttributed reads a reply whose note passes on the message it
// quotes where that message opens with an attribution line, not a header
// block: "On 5 Feb 2026, at 14:22, NAME <address> wrote:", set quoted
// ("> On ...") as iPhone Mail writes it, or bare over the quoted lines.
// As passedOnReply does for a quoted header block, the quoted message is
// evidence under the note, without its signature and disclaimers, and
// the messages it quotes in turn (an Outlook chain under it) are not.
// ok is false when line i opens no attribution, the note passes nothing
// on, or the quote has no text.
func passedOnAttributed(lines []string, i int) (string, signature, bool) {
	if !wroteRe.MatchString(unquoteLine(lines[i])) {
		return "", signature{}, false
	}
	note, noteSig := cleanLines(lines[:i])
	if !passesOnRe.MatchString(oneLine(note)) {
		return "", signature{}, false
	}
	rest := unquoteAll(lines[i+1:])
	// The quoted message ends where it quotes another in turn.
	for j := range rest {
		if quotedMessageAt(rest, j) {
			rest = rest[:j]
			break
		}
	}
	quoted, _ := cleanLines(rest)
	if strings.TrimSpace(quoted) == "" {
		return "", signature{}, false
	}
	return strings.TrimSpace(note + "\n\n" + quoted), noteSig, true
}
