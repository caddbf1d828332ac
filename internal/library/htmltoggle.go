package library

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// toggleMarks are the triangles a toggle's title is drawn with ("▸ Ask 1:
// ..."): the control's, not the title's words.
const toggleMarks = "▸▶►▹▷▾▼ \u00a0"

// toggleTitle reports the <summary> of a closed <details> toggle that
// folds a section away (Notion's toggle blocks, a page's "Ask 1: ..." over the
// ask): the title of what it opens, a heading, as an accordion's trigger
// is, so the number or title it gives heads the section's text.
func toggleTitle(n *html.Node) bool {
	if n.DataAtom != atom.Summary || n.Parent == nil || n.Parent.DataAtom != atom.Details || hasAttr(n.Parent, "open") {
		// A <details open> group is shown whole, its summary a label
		// over text read as it stands (a committee page's "Early
		// intervention" over its conclusions).
		return false
	}
	for c := n.NextSibling; c != nil; c = c.NextSibling {
		if strings.TrimSpace(textOf(c)) != "" {
			return true
		}
	}
	return false
}
