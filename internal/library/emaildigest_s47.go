package library

import (
	"strings"

	"github.com/cypx/cypx/internal/lazyre"
)

// groupsSenderRe is the line that opens a message in Google Groups'
// newer plain-text digest, which has no "1 of 2" rule and no header
// block: the sender's name and address and the time it was posted, "Ana
// Reyes <ana.reyes@example.org>: Mar 04 09:12AM".
var groupsSenderRe = lazyre.New(`^\S[^<>:]{0,80}<[^<>@\s]+@[^<>\s]+>:\s+(?i:` + monthExpr + `[a-z]*\.?\s+\d{1,2}|\d{1,2}\s+` + monthExpr + `[a-z]*\.?)(?:,?\s+\d{4})?\s+\d{1,2}:\d{2}\s?(?i:[ap]m)?(?:\s+Z)?\s*$`)

// groupsSenderLine: line i opens a message of such a digest, a sender's
// line with a blank line under it (a message quoting one in its text
// runs on under it).
func groupsSenderLine(lines []string, i int) bool {
	return groupsSenderRe.MatchString(strings.TrimSpace(lines[i])) && (i+1 == len(lines) || strings.TrimSpace(lines[i+1]) == "")
}
