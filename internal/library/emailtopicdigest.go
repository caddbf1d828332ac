package library

import (
	"strings"

	"github.com/cypx/cypx/internal/lazyre"
)

// A topic digest, as Google Groups now sends one in plain text, has no
// "Message: N" or "1 of 2" lines: each topic is its title over the
// topic's address, each message opens with an indented line naming its
// sender and time ("  Priya Natarajan <p.n@example.org>: Oct 14
// 09:12AM +0100") over its indented text, and "Back to top" closes each
// topic. Read as a letter, the first message's sign-off cut the rest of
// the digest away as its signature.

var (
	// topicSenderRe is a topic digest's line opening a message: a name
	// and address, a colon, and the time it was posted ("Oct 14 09:12AM
	// +0100", "14 Oct 2025 09:12"), alone on its line.
	topicSenderRe = lazyre.New(`^\s*[^<>:]{1,80}?\s*<[^<>@\s]+@[^<>\s]+>\s*:\s*(?:[A-Z][a-z]{2,8},? )?(?:[A-Z][a-z]{2,8} \d{1,2}|\d{1,2} [A-Z][a-z]{2,8})(?:,? \d{4})?,? \d{1,2}:\d{2}\s?(?:[AP]M)?(?:\s*(?:[+-]\d{4}|Z|[A-Z]{2,4}))?\s*$`)
	// topicURLRe is the address under a topic's title.
	topicURLRe = lazyre.New(`^\s*https?://\S+/(?:d/topic|g/[^/\s]+/c|topic|t)/\S+\s*$`)
	// backToTopRe closes a topic.
	backToTopRe = lazyre.New(`(?i)^\s*back to top\s*$`)
)

// topicDigestMessages splits a topic digest into its messages under their
// topics' titles; nil when the text is not one: two sender lines at
// least, each topic's title over its address.
func topicDigestMessages(lines []string) []digestMessage {
	var msgs []digestMessage
	senders := 0
	topic := ""
	var cur *digestMessage
	sender := ""
	flush := func() {
		if cur != nil {
			cur.lines = withoutSenderSignOff(dedent(cur.lines), sender)
			msgs = append(msgs, *cur)
			cur = nil
		}
	}
	for i := 0; i < len(lines); i++ {
		l := lines[i]
		switch {
		case i+1 < len(lines) && strings.TrimSpace(l) != "" && topicURLRe.MatchString(lines[i+1]) && !topicURLRe.MatchString(l):
			flush()
			// The digest with rules round its topics labels each one
			// ("Topic: Fluoride varnish in nurseries"): the label is no
			// part of the title.
			topic = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(l), "Topic:"))
			i++
		case topicSenderRe.MatchString(l):
			flush()
			senders++
			sender, _, _ = strings.Cut(strings.TrimSpace(l), "<")
			cur = &digestMessage{topic: topic}
		case backToTopRe.MatchString(l) || digestEndRe.MatchString(l) || sigSeparatorRe.MatchString(strings.TrimSpace(l)) && strings.TrimSpace(l) == "--":
			flush()
		case cur != nil:
			cur.lines = append(cur.lines, l)
		}
	}
	flush()
	if senders < 2 || topic == "" {
		return nil
	}
	return msgs
}

// dedent takes off the indent every line with text shares.
func dedent(lines []string) []string {
	indent := -1
	for _, l := range lines {
		if strings.TrimSpace(l) == "" {
			continue
		}
		n := len(l) - len(strings.TrimLeft(l, " \t"))
		if indent < 0 || n < indent {
			indent = n
		}
	}
	if indent <= 0 {
		return lines
	}
	out := make([]string, len(lines))
	for i, l := range lines {
		if len(l) >= indent {
			out[i] = l[indent:]
		} else {
			out[i] = strings.TrimSpace(l)
		}
	}
	return out
}

// withoutSenderSignOff drops a message's closing lines that sign it with
// its sender's name, which the digest's sender line gives: "Tom" alone,
// or "Olu Bankole, Health Visiting Service Lead, Marlowe Trust" on one
// line with no full stop, and a closing offer over them. Under a digest's messages a bare first name is
// otherwise read as the heading of what follows.
func withoutSenderSignOff(lines []string, sender string) []string {
	first := strings.Fields(strings.Trim(strings.TrimSpace(sender), `"'`))
	if len(first) == 0 {
		return lines
	}
	name := first[0]
	signed := false
	for {
		end := len(lines)
		for end > 0 && strings.TrimSpace(lines[end-1]) == "" {
			end--
		}
		if end == 0 {
			return lines[:0]
		}
		t := strings.TrimSpace(lines[end-1])
		single := end == 1 || strings.TrimSpace(lines[end-2]) == ""
		if !single || !(t == name || strings.HasPrefix(t, name+" ") || strings.HasPrefix(t, name+",")) ||
			strings.ContainsAny(t[len(t)-1:], ".!?") || len(strings.Fields(t)) > 20 {
			if signed {
				// "Happy to share our template offline." over the name.
				return withoutClosing(lines[:end])
			}
			return lines[:end]
		}
		lines, signed = lines[:end-1], true
	}
}
