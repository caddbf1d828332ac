package library

import (
	"strings"

	"github.com/cypx/cypx/internal/lazyre"
)

// A Groups.io digest numbers its topics and its messages within each
// ("1a. HPV catch-up: how are others doing?", "1b. Re: ..."), each message
// its label over its own "From:" and "Date:" lines, its text, the sender's
// sign-off and a line of the group's links ("View/Reply Online (#41872) |
// Reply To Group | Reply To Sender | Mute This Topic | New Topic"); the
// digest opens on the list of its topics and closes on "Groups.io
// Links:" and the group's subscription line. Read as one letter, the
// topics' list and every link line were excerpts and headings, and the
// members' names their paragraphs' headings.

var (
	// labelledMessageRe opens a message of a numbered digest: its topic's
	// number, the message's letter and the topic's title, a reply's
	// "Re:" before it. Group 1 is the title.
	labelledMessageRe = lazyre.New(`^\d{1,3}[a-z]{1,2}\.\s+(?:(?i:re|fwd?|fw)\s*:\s*)*(\S.{0,200}?)\s*$`)
	// groupLinksRe is a digest's line of links under a message or over its
	// footer: "View/Reply Online (#41872) | Reply To Group | ...".
	groupLinksRe = lazyre.New(`(?i)^\s*(?:view/reply online(?: \(#\d+\))?|reply to (?:group|sender)|mute this topic|new topic)(?:\s*\|\s*(?:view/reply online(?: \(#\d+\))?|reply to (?:group|sender)|mute this topic|new topic))+\s*$`)
	// groupFooterRe opens the footer after a numbered digest's last message.
	groupFooterRe = lazyre.New(`(?i)^\s*groups\.io links:?\s*$|^\s*_\._,_\._,_\s*$`)
	// fromLineRe is a digest message's sender line; group 1 the sender.
	fromLineRe = lazyre.New(`^From:\s*(.+?)\s*$`)
)

// labelledDigestMessages splits a numbered digest (Groups.io's) into its
// messages under their topics' titles; nil when the text is not one: two
// labelled messages at least, each label over a "From:" line.
func labelledDigestMessages(lines []string) []digestMessage {
	var starts []int
	end := len(lines)
	for i, l := range lines {
		if groupFooterRe.MatchString(l) && len(starts) > 0 {
			end = i
			break
		}
		if labelledMessageRe.MatchString(strings.TrimSpace(l)) && i+1 < len(lines) && fromLineRe.MatchString(strings.TrimSpace(lines[i+1])) {
			starts = append(starts, i)
		}
	}
	if len(starts) < 2 {
		return nil
	}
	var msgs []digestMessage
	for k, s := range starts {
		stop := end
		if k+1 < len(starts) {
			stop = starts[k+1]
		}
		topic := labelledMessageRe.FindStringSubmatch(strings.TrimSpace(lines[s]))[1]
		sender := ""
		i := s + 1
		for ; i < stop && strings.TrimSpace(lines[i]) != ""; i++ {
			if m := fromLineRe.FindStringSubmatch(strings.TrimSpace(lines[i])); m != nil {
				sender, _, _ = strings.Cut(m[1], "<")
			} else if !headerFieldRe.MatchString(lines[i]) {
				break
			}
		}
		var body []string
		for _, l := range lines[i:stop] {
			if groupLinksRe.MatchString(l) || digestRuleRe.MatchString(l) {
				continue
			}
			body = append(body, l)
		}
		msgs = append(msgs, digestMessage{topic: topic, lines: withoutSignOffBlock(body, sender)})
	}
	return msgs
}

// withoutSignOffBlock drops a message's closing sign-off where the
// sender's first name stands alone on its line over a line or two of the
// sender's post and organisation ("Priya" over "Immunisation Team Lead,
// Brackenfield School Age Immunisation Service"): the signature, which
// withoutSenderSignOff reads only when the name closes the message.
func withoutSignOffBlock(lines []string, sender string) []string {
	first := strings.Fields(strings.Trim(strings.TrimSpace(sender), `"'`))
	if len(first) == 0 {
		return lines
	}
	end := len(lines)
	for end > 0 && strings.TrimSpace(lines[end-1]) == "" {
		end--
	}
	for k := 1; k <= 3 && end-k-1 >= 0; k++ {
		name := strings.TrimSpace(lines[end-k-1])
		if name != first[0] || end-k-2 >= 0 && strings.TrimSpace(lines[end-k-2]) != "" {
			continue
		}
		tail := lines[end-k : end]
		ok := true
		for _, t := range tail {
			t = strings.TrimSpace(t)
			if t == "" || strings.ContainsAny(t[len(t)-1:], ".!?") || len(strings.Fields(t)) > 16 {
				ok = false
			}
		}
		if ok {
			return withoutSenderSignOff(lines[:end-k], sender)
		}
	}
	return withoutSenderSignOff(lines, sender)
}

// listDigestSubjectRe is a list's digest subject, the list's tag over
// "Digest for" or "Digest of" its address or name ("[cyp-health] Digest
// for cyp-health@googlegroups.com - 6 updates in 3 topics"): the tag is
// part of the digest's title, the name the list gives it, not a prefix
// put before a member's subject.
var listDigestSubjectRe = lazyre.New(`(?i)^\s*\[[a-z][\w.-]*[a-z0-9]\]\s+digest\s+(?:for|of)\s+\S`)

// digestSubjectTitle is a digest's subject as its title, the list's tag
// kept (listDigestSubjectRe); otherwise the subject cleaned of its
// prefixes (cleanSubject).
func digestSubjectTitle(subject string) string {
	if listDigestSubjectRe.MatchString(subject) {
		return strings.Join(strings.Fields(subject), " ")
	}
	return cleanSubject(subject)
}
