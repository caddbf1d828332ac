package library

import "github.com/cypx/cypx/internal/lazyre"

// passedOnAttributed reads a reply whose note passes on the message it
// quotes where that message opens with an attribution line, not a header
// block: "On 5 Feb 2026, at 14:22, NAME <address> wrote:", set quoted
// ("> On ...") as iPhone Mail writes it, or bare over the quoted lines.
// As passedOnReply does for a quoted header block, the quoted message is
// evidence under the note, without its signature and disclaimers, and
// the messages it quotes in turn (an Outlook chain under it) are not.
// Under an attribution line the quote is as often the question the
// reply answers ("The final figures are below, not the draft ones in
// your email"), so the note must say another sent it (sentByAnotherRe).
// ok is false when line i opens no attribution, the note passes nothing
// on, or the quote has no text.
func passedOnAttributed(lines []string, i int) (string, signature, bool) {
	if !wroteRe.MatchString(unquoteLine(lines[i])) {
		return "", signature{}, false
	}
	note, noteSig := cleanLines(lines[:i])
	if !passesOnRe.MatchString(oneLine(note)) || !sentByAnotherRe.MatchString(oneLine(note)) {
		return "", signature{}, false
	}
	return noteOverQuoted(note, noteSig, lines[i+1:])
}

// sentByAnotherRe is a note saying the message below is another's: what
// someone sent, wrote or told ("Below is what the lead sent me"), or
// their reply, response or answers; "the figures are below" and "an
// update is below" are the note's own.
var sentByAnotherRe = lazyre.New(`(?i)\b(?:sent|sends|replied|reply|response|answers?|came back|passed on|provided|supplied|wrote|told)\b`)
