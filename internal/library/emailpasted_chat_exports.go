package library

import (
	"strings"

	"github.com/cypx/cypx/internal/lazyre"
)

var (
	// chatExportLineRe is a message line of a chat app's exported
	// transcript: WhatsApp's iOS "[21/10/2025, 19:04:37] Name: text" and
	// Android "21/10/2025, 19:04 - Name: text". Group 1 is the speaker
	// (empty on the app's own notices, "Messages and calls are end-to-end
	// encrypted."), group 2 what was said.
	chatExportLineRe = lazyre.New(`^\[?\d{1,2}/\d{1,2}/\d{2,4},?\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AaPp]\.?[Mm]\.?)?\]?\s*(?:[-–]\s*)?(?:([^:\[\]]{1,60}?):\s)?(.*)$`)
	// chatExportNoticeRe is what an export writes in place of a message:
	// a photo left out, a message deleted, the encryption notice.
	chatExportNoticeRe = lazyre.New(`(?i)^(?:<?(?:media|image|video|audio|sticker|gif|document) omitted>?|this message was deleted\.?|you deleted this message\.?|messages and calls are end-to-end encrypted\b.*|.{0,60}\b(?:created group|added|left|joined using this group's invite link)\b.{0,60})$`)
	// pasteRuleRe is the rule a writer sets over text pasted into a
	// message: "-----Pasted from WhatsApp chat export: "Committee"-----".
	pasteRuleRe = lazyre.New(`(?i)^-{2,}\s*(?:pasted|copied)\s+(?:from|below)\b.{0,120}?-*$`)
)

// chatExportLines counts the lines of lines that are an exported chat's.
func chatExportLines(lines []string) int {
	n := 0
	for _, l := range lines {
		if m := chatExportLineRe.FindStringSubmatch(strings.TrimSpace(l)); m != nil && strings.Contains(l, ":") {
			n++
		}
	}
	return n
}

// pastedAfterSignature is where text pasted under a signature starts in
// rest, the lines after a sign-off: a paste rule, or the first line of a
// chat's exported transcript (three lines or more). A covering note signed
// before the chat it pastes ("Many thanks, / Lorna", then the export) was
// cut at its sign-off with the chat, the message's evidence. -1 when rest
// is a signature and nothing else.
func pastedAfterSignature(rest []string) int {
	if chatExportLines(rest) < 3 {
		return -1
	}
	for i, l := range rest {
		t := strings.TrimSpace(l)
		if pasteRuleRe.MatchString(t) {
			return i
		}
		if m := chatExportLineRe.FindStringSubmatch(t); m != nil && t != "" && t[0] == '[' || m != nil && m[1] != "" {
			return i
		}
	}
	return -1
}

// chatExportTranscript rewrites a chat's exported transcript as a
// transcript: each message its own paragraph as "Name: text", its time
// stamp gone (a time is no figure), and the export's notices in place of
// messages, the paste rule and empty messages dropped. Lines of any other
// text are returned as they are.
func chatExportTranscript(lines []string) []string {
	if chatExportLines(lines) < 3 {
		return lines
	}
	var out []string
	for _, l := range lines {
		t := strings.TrimSpace(l)
		if pasteRuleRe.MatchString(t) {
			continue
		}
		m := chatExportLineRe.FindStringSubmatch(t)
		if m == nil || t == "" || !(t[0] == '[' || m[1] != "") {
			out = append(out, l)
			continue
		}
		said := strings.TrimSpace(m[2])
		if said == "" || chatExportNoticeRe.MatchString(said) {
			continue
		}
		if m[1] != "" {
			said = strings.TrimSpace(m[1]) + ": " + said
		}
		out = append(out, said, "")
	}
	return out
}
