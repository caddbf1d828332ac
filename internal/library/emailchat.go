package library

import (
	"strings"

	"github.com/cypx/cypx/internal/lazyre"
)

var (
	// chatDigestLineRe is a chat app's mail digest line of its own: "You
	// have 13 new messages", "Here's what you missed in NAME since 8:30
	// AM.", a channel's "#send-health (2 new messages)", "View in Slack:
	// URL", "Open Slack: URL".
	// Teams (round 57) heads each post with its team and channel, "NHS
	// Fenbridge ICB - Children > Performance", another line of its own.
	chatDigestLineRe = lazyre.New(`(?i)^(?:you\s+have\s+\d{1,4}\s+new\s+messages?|[^>\s][^>]{1,80}\s>\s[^>\s][^>]{0,60}|here(?:'s|’s|\s+is)\s+what\s+you\s+missed\b.{0,120}|#[\w-]{1,80}\s+\(\d{1,4}\s+new\s+messages?\)|(?:view|open)\s+in\s+(?:slack|teams|discord)\b.*|open\s+(?:slack|teams|discord)\s*:.*)$`)
	// chatSpeakerRe is a digest's line naming who posted and when: "Deepa
	// Rao  9:14 AM", "Joe Whitfield (network manager)  11:05 AM replied to
	// a thread:", and Teams' "Sam Lee (Fenbridge Trust)   Tue 10:42 AM"
	// (round 57), its time after the weekday. Group 1 is the name.
	chatSpeakerRe = lazyre.New(`^([A-Z][\w'’.-]+(?:\s[A-Z][\w'’.-]+){0,3}(?:\s\([^)]{1,60}\))?)\s{2,}(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\s+)?\d{1,2}:\d{2}\s?(?:[AaPp][Mm])?(?:\s+replied\s+to\s+a\s+thread:?)?$`)
)

// chatDigest rewrites a chat app's mail digest as a transcript: the
// digest's own lines (new-message counts, channel headers, "View in
// Slack" links) go, and each post's speaker line becomes the "Name:" that
// opens the post, as a transcript names its speakers. Before, the speaker
// and time ran into the post's first sentence and the digest's lines were
// excerpts. Lines of any other mail are returned as they are.
func chatDigest(lines []string) []string {
	if linesMatching(lines, chatSpeakerRe) < 2 {
		return lines
	}
	var out []string
	for i := 0; i < len(lines); i++ {
		t := strings.TrimSpace(lines[i])
		if chatDigestLineRe.MatchString(t) {
			continue
		}
		if m := chatSpeakerRe.FindStringSubmatch(t); m != nil && i+1 < len(lines) && strings.TrimSpace(lines[i+1]) != "" {
			out = append(out, m[1]+": "+strings.TrimSpace(lines[i+1]))
			i++
			continue
		}
		out = append(out, lines[i])
	}
	return out
}

// linesMatching counts the lines that re matches whole, trimmed: how a
// digest's rewrite tells that a mail is of its kind (two speaker lines,
// two entry headers) before it rewrites anything.
func linesMatching(lines []string, re *lazyre.Regexp) int {
	n := 0
	for _, l := range lines {
		if re.MatchString(strings.TrimSpace(l)) {
			n++
		}
	}
	return n
}
