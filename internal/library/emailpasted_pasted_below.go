package library

import (
	"strings"

	"github.com/cypx/cypx/internal/lazyre"
)

// pastesBelowRe is a message's own line saying it pastes a document under
// it: "The council's press release went out this afternoon - pasted below
// in full", "I've copied the report's summary below".
var pastesBelowRe = lazyre.New(`(?i)\b(?:pasted|copied|pasting|copying)\s+(?:it\s+|them\s+|this\s+|here\s+)?(?:below|underneath|in\s+full\s+below)\b`)

// pastedInQuoted reads a reply whose quoted message pastes a document
// under a rule: the quoted message says it pastes it ("pasted below in
// full", pastesBelowRe) and a rule sets it off ("---------- PRESS
// RELEASE ----------"). The pasted document is what the thread is about,
// as a forwarded one is: it is kept as evidence after the reply's own
// note, from its rule on, without the quoted message's covering lines; the
// reply's headers and signature stay the metadata. Before, the whole
// quoted message went as a reply's quoted original, and with it every
// figure and ask of the release it pasted (set 70). i is the line that
// opens the quoted message ("On 2 Dec 2026, Ann Lee wrote:"); ok is false
// when the quoted message pastes nothing under a rule.
func pastedInQuoted(lines []string, i int) (string, signature, bool) {
	if !wroteRe.MatchString(unquoteLine(lines[i])) && !quotedMessageAt(lines, i) {
		return "", signature{}, false
	}
	var quoted []string
	for _, l := range lines[i+1:] {
		if strings.TrimSpace(l) != "" && !quotedLineRe.MatchString(l) {
			break
		}
		quoted = append(quoted, unquoteLine(l))
	}
	// The quoted message ends where it quotes another in turn.
	for j := range quoted {
		if quotedMessageAt(quoted, j) {
			quoted = quoted[:j]
			break
		}
	}
	says := -1
	for j, l := range quoted {
		if pastesBelowRe.MatchString(l) {
			says = j
			break
		}
	}
	if says < 0 {
		return "", signature{}, false
	}
	// The covering lines may wrap the sentence over the next line: the
	// rule comes within a few lines after.
	start := -1
	for j := says + 1; j < len(quoted) && j <= says+8; j++ {
		if separatorLineRe.MatchString(quoted[j]) {
			start = j + 1
			break
		}
	}
	if start < 0 {
		return "", signature{}, false
	}
	pasted, _ := cleanLines(quoted[start:])
	if len(strings.Fields(pasted)) < 20 {
		return "", signature{}, false
	}
	note, noteSig := cleanLines(lines[:i])
	return strings.TrimSpace(note + "\n\n" + pasted), noteSig, true
}
