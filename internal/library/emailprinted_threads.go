package library

import (
	"strings"

	"github.com/cypx/cypx/internal/lazyre"
)

// A conversation printed from a webmail client ("Print all") and saved as
// text sets each message under a line of its sender and its date, apart
// by a tab ("Jo Bloggs <jo@example.org>	Tue, Nov 24, 2026 at 7:02 AM"),
// over its own To and Cc lines; it opens on the print's header (the
// account, the conversation's subject, "5 messages") and the printing
// browser repeats its page header and footer (the date printed, the
// page's address and "1/2") at each page break; each reply hides what it
// quotes ("[Quoted text hidden]"). Read as one letter, the text stopped
// at the first message's signature and lost every reply under it.

var (
	// printedSenderRe is a printed message's sender line: a name and an
	// address, a tab, and a date that gives a year.
	printedSenderRe = lazyre.New(`^[^\t<>]{0,80}<[^\s<>@]+@[^\s<>]+>\s*\t\s*(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,?\s+)?.{0,30}\b(?:19|20)\d\d\b.{0,30}$`)
	// printedCountRe is the print's count of its messages: "5 messages".
	printedCountRe = lazyre.New(`^\d{1,3} messages?$`)
	// printedPageRe is a printing browser's page furniture: its header
	// (the date and time printed, a tab, the page's title) or its footer
	// (the page's address, a tab, the page's number of the pages).
	printedPageRe = lazyre.New(`^\d{1,2}/\d{1,2}/\d{2,4},? \d{1,2}:\d\d(?:\s*[AP]M)?\t|^https?://\S+\t\d{1,3}/\d{1,3}$`)
	// quotedHiddenRe stands for what a printed reply quotes.
	quotedHiddenRe = lazyre.New(`(?i)^\[(?:quoted text hidden|message clipped)\]$`)
)

// printedThreadMessages splits a printed conversation into its messages,
// each without its sender line and its header lines, without the print's
// header and the browser's page furniture; nil when the text is not one:
// two sender lines at least each over a header line, or one under the
// print's count of messages.
func printedThreadMessages(lines []string) []digestMessage {
	var starts []int
	counted := false
	for i, l := range lines {
		t := strings.TrimSpace(l)
		if printedCountRe.MatchString(t) && len(starts) == 0 {
			counted = true
		}
		if printedSenderRe.MatchString(strings.TrimRight(l, " \r")) && i+1 < len(lines) && headerFieldRe.MatchString(lines[i+1]) {
			starts = append(starts, i)
		}
	}
	if len(starts) < 2 && !(counted && len(starts) == 1) {
		return nil
	}
	var msgs []digestMessage
	for k, s := range starts {
		stop := len(lines)
		if k+1 < len(starts) {
			stop = starts[k+1]
		}
		i := s + 1
		for ; i < stop && strings.TrimSpace(lines[i]) != ""; i++ {
			if !headerFieldRe.MatchString(lines[i]) && !strings.HasPrefix(lines[i], " ") && !strings.HasPrefix(lines[i], "\t") {
				break
			}
		}
		var body []string
		for _, l := range lines[i:stop] {
			t := strings.TrimSpace(l)
			if printedPageRe.MatchString(l) || quotedHiddenRe.MatchString(t) {
				continue
			}
			body = append(body, l)
		}
		msgs = append(msgs, digestMessage{lines: body})
	}
	return msgs
}

// notRepliedBy reports the header block at line i (rest the lines after
// it) as a message that sender, an organisation's or a service's address
// (a booking system's confirmation, a programme's mailbox), cannot have
// replied to: the block names its sender and recipients and none of them
// is sender's address or name. A forwarder who passes on a service's
// notification and the message that came with it (a booking's
// confirmation over the pre-read for the event) leaves the second under
// the first's rule and header lines, as a reply's quoted original; read as
// one, the forwarded message was cut as quoted text. A person's message
// is left as it was: people reply from addresses other than the one
// written to.
func notRepliedBy(lines []string, i int, rest []string, sender string) bool {
	if sender == "" || personSender(sender) {
		return false
	}
	end := len(lines) - len(rest)
	if end <= i || end > len(lines) {
		return false
	}
	block := strings.ToLower(strings.Join(lines[i:end], "\n"))
	if !strings.Contains(block, "to:") {
		return false
	}
	name, addr, _ := strings.Cut(sender, "<")
	addr = strings.ToLower(strings.Trim(strings.TrimSpace(addr), "<> "))
	name = strings.ToLower(strings.Trim(strings.TrimSpace(name), `"'`))
	if addr != "" && strings.Contains(block, addr) || name != "" && strings.Contains(block, name) {
		return false
	}
	if local, _, ok := strings.Cut(addr, "@"); ok && local != "" && strings.Contains(block, local+"@") {
		return false
	}
	return true
}
