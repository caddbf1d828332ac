package library

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// inDisclosure: n is inside a disclosure (<details>, or an accordion's or
// tabs' panel, see disclosurePanel), the "Read the response in full" or
// "More details" of one part of a page: never the whole of its article.
func inDisclosure(n *html.Node) bool {
	for p := n; p != nil; p = p.Parent {
		if p.DataAtom == atom.Details || p.Type == html.ElementNode && (p.Data == "details" || disclosurePanel(p)) {
			return true
		}
	}
	return false
}

// keptInDisclosure: the first paragraph readability kept is in a
// disclosure of the page (readability reads a copy of the page, so its
// paragraph is found in the page by its words).
func keptInDisclosure(doc *html.Node, blocks []string) bool {
	var first string
	for _, b := range blocks {
		if !strings.HasPrefix(b, "#") && len(strings.Fields(b)) >= 8 {
			first = strings.Join(strings.Fields(b)[:8], " ")
			break
		}
	}
	if first == "" {
		return false
	}
	found := false
	walkElements(doc, func(n *html.Node) bool {
		if found {
			return false
		}
		if n.DataAtom == atom.P && strings.HasPrefix(oneLine(textOf(n)), first) {
			found = inDisclosure(n)
			return false
		}
		return true
	})
	return found
}

// wholeMain is the blocks of the page's main region (<main>, or the
// element whose role is "main") when it holds every sentence readability
// kept and a paragraph's worth (30 words) more. Readability keeps the
// best-scoring stretch of a page, and a page that is a record of several
// parts, each a stretch of its own, loses the others: a petition's page
// kept only the government's response, without the petition's own text
// and reasons above it. The main region is what the site marks as the
// page's content, its header, menus and footer outside it; what furniture
// is inside it, the page's cleaning has dropped already. It is read only
// when readability kept a disclosure's text (see inDisclosure): on other
// pages the main region holds related stories, disclosures and comments
// readability rightly left.
func wholeMain(doc *html.Node, blocks []string) []string {
	kept := proseWords(blocks)
	if kept == 0 {
		return blocks
	}
	main := mainRegion(doc)
	if main == nil {
		return blocks
	}
	whole, err := htmlBlocks(main, false)
	if err != nil || proseWords(whole) < kept+30 || !holdsProse(whole, blocks) {
		return blocks
	}
	return whole
}
