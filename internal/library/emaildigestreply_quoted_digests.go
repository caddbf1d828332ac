package library

import (
	"strings"

	"github.com/cypx/cypx/internal/lazyre"
)

// digestNoteRe is a reply's note that speaks of the digest it quotes or
// thanks its sender for passing it on: "the bits of this week's digest
// that matter for us", "Thanks for sending this on".
var digestNoteRe = lazyre.New(`(?i)\bdigest\b`)

// quotedDigestReply reads a reply whose quoted message is a mailing
// list's digest ("On ..., list-request@... wrote:" over "> Today's
// Topics:" and "> Message: 1"), under a note that speaks of the digest
// or thanks its sender for sending it on: the note comments on the
// members' messages it quotes, which are the matter of the mail, so each
// is kept under the note, without its header lines, as a digest forwarded
// with a note is (notedDigestForward). Before, everything under the
// attribution line was dropped as the question a reply answers. ok is
// false when the quoted text is no digest or the note says nothing of it.
func quotedDigestReply(lines []string, i int) (string, signature, bool) {
	if !wroteRe.MatchString(unquoteLine(lines[i])) {
		return "", signature{}, false
	}
	note, noteSig := cleanLines(lines[:i])
	one := oneLine(note)
	if !digestNoteRe.MatchString(one) && !thanksForSendingRe.MatchString(one) {
		return "", signature{}, false
	}
	msgs := digestMessages(unquoteAll(lines[i+1:]))
	if msgs == nil {
		return "", signature{}, false
	}
	parts := []string{note}
	for _, m := range msgs {
		if body, _ := cleanLines(m.lines); strings.TrimSpace(body) != "" {
			parts = append(parts, body)
		}
	}
	if len(parts) < 2 {
		return "", signature{}, false
	}
	return strings.TrimSpace(strings.Join(parts, "\n\n")), noteSig, true
}
