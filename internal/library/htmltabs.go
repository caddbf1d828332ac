package library

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// A page set out in tabs (a trust's annual-report chapter with "Overview",
// "Waiting times", "Listening to families") names each panel only in its
// tab, a role="tab" item of the tablist, which goes as navigation; the
// panel it controls (aria-controls) often opens straight into text. The
// tab's label is the panel's heading: without it the panels ran together
// under the heading before them.

// tabLabelsAsHeadings sets each tab's label as a heading at the top of the
// panel it controls, unless the panel opens with a heading of its own
// saying the same.
func tabLabelsAsHeadings(root *html.Node) {
	type tab struct {
		label string
		panel string
	}
	var tabs []tab
	walkElements(root, func(n *html.Node) bool {
		if attr(n, "role") != "tab" {
			return true
		}
		if id, label := attr(n, "aria-controls"), strings.Join(strings.Fields(textOf(n)), " "); id != "" && label != "" && len(strings.Fields(label)) <= 12 {
			tabs = append(tabs, tab{label, id})
		}
		return false
	})
	for _, t := range tabs {
		panel := findFirst(root, func(n *html.Node) bool { return n.Type == html.ElementNode && attr(n, "id") == t.panel })
		if panel == nil || attr(panel, "role") == "tab" {
			continue
		}
		level := 2
		if first := firstContent(panel); first != nil && headingLevel(first) > 0 {
			if strings.EqualFold(strings.Join(strings.Fields(textOf(first)), " "), t.label) {
				continue
			}
			// Over the panel's own first heading, a level above it.
			level = max(1, min(level, headingLevel(first)-1))
		}
		a := []atom.Atom{atom.H1, atom.H2}[level-1]
		h := &html.Node{Type: html.ElementNode, Data: a.String(), DataAtom: a}
		h.AppendChild(&html.Node{Type: html.TextNode, Data: t.label})
		panel.InsertBefore(h, panel.FirstChild)
	}
}
