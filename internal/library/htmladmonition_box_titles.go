package library

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// A documentation site (MkDocs, Sphinx) sets a box of text, an
// admonition, under a title of its own in a paragraph of the class
// "admonition-title": "Data sources" over where the figures come from,
// "Recommendations" over a list of asks. The title names the box as a
// heading does; read as a paragraph, the box's text ran on under the
// heading before it and the title was a line of one or two words.

// admonitionKinds are the titles a site gives a box by its kind alone
// ("Note", "Warning"): they name no section and stay as written.
var admonitionKinds = map[string]bool{"note": true, "notes": true, "warning": true, "tip": true, "tips": true, "info": true,
	"information": true, "important": true, "caution": true, "danger": true, "hint": true, "attention": true, "error": true,
	"see also": true, "example": true, "question": true, "success": true, "failure": true, "bug": true, "quote": true,
	"todo": true, "abstract": true, "seealso": true}

// admonitionTitlesAsHeadings makes each admonition's own title a heading,
// one level under the heading above it.
func admonitionTitlesAsHeadings(root *html.Node) {
	level := 1
	walkElements(root, func(n *html.Node) bool {
		if l := headingLevel(n); l > 0 {
			level = l
			return false
		}
		if !hasClass(n, "admonition-title") {
			return true
		}
		t := strings.Join(strings.Fields(textOf(n)), " ")
		if t == "" || len(strings.Fields(t)) > 12 || admonitionKinds[strings.ToLower(strings.TrimRight(t, ":."))] {
			return false
		}
		a := []atom.Atom{atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.H6}[min(level, 5)-1]
		n.DataAtom, n.Data = a, a.String()
		return false
	})
}
