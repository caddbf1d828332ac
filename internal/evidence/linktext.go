package evidence

import (
	"strings"

	"github.com/cypx/cypx/internal/lazyre"
)

// markdownLinkRe is a Markdown link or image, "[text](address)" or
// "![text](address "title")": its text, and an address of no blank (or
// one in angle brackets) that may hold one pair of brackets.
var markdownLinkRe = lazyre.New(`!?\[([^\[\]]*)\]\((?:<[^<>]*>|[^()\s]*(?:\([^()\s]*\)[^()\s]*)*)(?:\s+"[^"]*")?\)`)

// LinkText is a metadata field written as a Markdown link read as its
// text: "[Jane Smith](http://x.example/js)" is the author Jane Smith. A
// field is plain text, shown as written in citations and references: the
// link was cited "(Smith](http://x.example/js), 2024)" (hostile check
// 56). The url and the note keep theirs (the note is free text a pack
// shows as Markdown). It reports whether anything changed, for the
// caller to warn of.
func LinkText(field, v string) (string, bool) {
	if field == "url" || field == "note" || !strings.Contains(v, "](") {
		return v, false
	}
	out := markdownLinkRe.ReplaceAllStringFunc(v, func(link string) string {
		return strings.TrimSpace(markdownLinkRe.FindStringSubmatch(link)[1])
	})
	return out, out != v
}

// LinkTextProblem says a field written as a Markdown link was read as its
// text, as 'cypx check' and an import say it.
func LinkTextProblem(field, written, read string) string {
	return field + ": " + QuoteInput(written) + " is a Markdown link, which a citation would show as written: write the text alone (read as " + QuoteInput(read) + ")"
}
