package library

import (
	"strings"

	"golang.org/x/net/html"

	"github.com/cypx/cypx/internal/lazyre"
)

// styleBoldRe is an inline style that sets its element's text in bold.
var styleBoldRe = lazyre.New(`(?i)(?:^|;)\s*font-weight\s*:\s*(?:bold|bolder|[6-9]00)\b`)

// styledBoldHeading reports a paragraph or a layout table's cell that its
// own inline style sets in bold, whose text reads as a heading: a short
// line with letters, no closing punctuation and no figure of its own. A
// mail template writes its section titles so ("<td style="font-weight:
// bold">Agenda</td>", "<p style="font-weight:bold">Item 5: Waiting
// times</p>"), with no <b> or heading element, and they were kept as
// paragraphs the text under them ran on from. t is its text.
func styledBoldHeading(n *html.Node, t string) bool {
	if !styleBoldRe.MatchString(attr(n, "style")) {
		return false
	}
	t = strings.TrimSpace(t)
	words := len(strings.Fields(t))
	if words == 0 || words > 16 || len(t) > 120 || !hasLetter(t) {
		return false
	}
	if strings.IndexByte(".,;:!?", t[len(t)-1]) >= 0 || strings.ContainsAny(t, "%£$€") {
		return false
	}
	return true
}
