package library

import (
	"strings"

	"github.com/cypx/cypx/internal/lazyre"
)

// coverLetterRe is a covering note pointing at the letter set under it:
// "I attach below the councillor's letter", "the letter below".
var coverLetterRe = lazyre.New(`(?i)\bletter\b[^.!?]{0,40}\b(?:below|underneath)\b|\b(?:below|underneath)\b[^.!?]{0,20}\bletter\b`)

// coveredLetter reads a mail whose sender's short note, signed off, sends
// the letter set under it (an office sending its member's letter): the
// letter, from after its salutation to one person ("Dear Mrs Hallam,"), is
// the matter of the mail, and the note, its signature and the letter's
// letterhead are not. Before, everything under the note's sign-off was cut
// as its signature, and the letter with it. ok is false for any other mail.
func coveredLetter(lines []string) ([]string, bool) {
	seenText := false
	for i, l := range lines {
		t := strings.TrimSpace(l)
		if seenText && signOffRe.MatchString(t) {
			if !coverLetterRe.MatchString(oneLine(strings.Join(lines[:i], " "))) {
				return nil, false
			}
			for j := i + 1; j < len(lines) && j < i+30; j++ {
				if dearOnePersonRe.MatchString(strings.TrimSpace(lines[j])) && hasText(lines[j+1:]) {
					return lines[j+1:], true
				}
			}
			return nil, false
		}
		if t != "" {
			seenText = true
		}
	}
	return nil, false
}

// quotedReplyLeadRe ends a writer's line that introduces a reply or
// statement it quotes: "I have now received the following reply:".
var quotedReplyLeadRe = lazyre.New(`(?i)\b(?:the\s+following|this|her|his|their|the\s+\S+(?:'s|’s))\s+(?:reply|response|answer|statement)\b[^.!?]{0,30}:$`)

// keepQuotedStatement unquotes a quoted block that the writer introduces
// ("... received the following reply:") and then goes on under: a reply
// quoted within the writer's own text, evidence the writer passes on, not
// the earlier message a reply chain trails at its end (which stays quoted,
// for dropQuoted).
func keepQuotedStatement(lines []string) []string {
	for i := 0; i < len(lines); i++ {
		if !quotedReplyLeadRe.MatchString(strings.TrimSpace(lines[i])) {
			continue
		}
		j := i + 1
		quoted := 0
		for j < len(lines) && (strings.TrimSpace(lines[j]) == "" || quotedLineRe.MatchString(lines[j])) {
			if strings.TrimSpace(lines[j]) != "" {
				quoted++
			}
			j++
		}
		if quoted == 0 || !hasText(lines[j:]) {
			continue
		}
		out := append([]string(nil), lines[:i+1]...)
		for _, l := range lines[i+1 : j] {
			out = append(out, unquoteLine(l))
		}
		lines = append(out, lines[j:]...)
		i = j - 1
	}
	return lines
}
