package library

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// keptTableCells: readability kept cells of one of the page's data tables
// as paragraphs of their own, and no table. A page whose article is only a
// table with sentence-long cells (an indicator table whose row labels are
// sentences, an action log, a "You said, we did" page) scores its first
// row's cells as the article: readability kept that row's cells and lost
// the header, the other rows and the headings, and two councils' pages of
// the same indicator read as one text (hostile check 68). A data table is
// one with a header row (<th> cells or a <thead>) and no table inside it;
// a page laid out in tables (a newsletter) has none.
func keptTableCells(doc *html.Node, blocks []string) bool {
	kept := map[string]bool{}
	for _, b := range blocks {
		if isTableBlock(b) {
			return false
		}
		if !strings.HasPrefix(b, "#") {
			kept[oneLine(b)] = true
		}
	}
	if len(kept) == 0 {
		return false
	}
	found := false
	walkElements(doc, func(n *html.Node) bool {
		if found {
			return false
		}
		if n.DataAtom != atom.Table {
			return true
		}
		if dataTable(n) {
			walkElements(n, func(c *html.Node) bool {
				if (c.DataAtom == atom.Td || c.DataAtom == atom.Th) && kept[oneLine(textOf(c))] && len(strings.Fields(textOf(c))) >= 8 {
					found = true
				}
				return !found
			})
		}
		return false
	})
	return found
}

// dataTable: t has a header row (a <thead>, or a first row of <th> or bold
// cells), two rows or more, and no table inside it.
func dataTable(t *html.Node) bool {
	if r := attr(t, "role"); r == "presentation" || r == "none" {
		return false
	}
	rows, headed, nested := 0, false, false
	walkElements(t, func(n *html.Node) bool {
		switch {
		case n != t && n.DataAtom == atom.Table:
			nested = true
			return false
		case n.DataAtom == atom.Thead:
			headed = true
		case n.DataAtom == atom.Tr:
			if rows == 0 && headerCells(n) {
				headed = true
			}
			rows++
			return false
		}
		return true
	})
	return headed && !nested && rows >= 2
}

// tableArticle is the blocks of the region that holds the page's content
// (<main>, the element whose role is "main", an <article>, else the
// body), read whole, when readability kept a data table's cells
// (keptTableCells): the page's cleaning has already dropped the furniture
// in it, so its headings, introduction and the table itself are the text.
func tableArticle(doc *html.Node, blocks []string) []string {
	region := contentRegion(doc)
	if region == nil {
		return blocks
	}
	whole, err := htmlBlocks(region, false)
	if err != nil || !holdsTable(whole) {
		return blocks
	}
	return whole
}

// contentRegion is the element that holds the page's content: its main
// region (mainRegion), else its first <article>, else its body, or nil.
func contentRegion(doc *html.Node) *html.Node {
	if n := mainRegion(doc); n != nil {
		return n
	}
	if n := findFirst(doc, func(n *html.Node) bool { return n.DataAtom == atom.Article }); n != nil {
		return n
	}
	return findFirst(doc, func(n *html.Node) bool { return n.DataAtom == atom.Body })
}

// mainRegion is the element the site marks as the page's content, <main>
// or the element whose role is "main", or nil.
func mainRegion(doc *html.Node) *html.Node {
	return findFirst(doc, func(n *html.Node) bool {
		return n.DataAtom == atom.Main || attr(n, "role") == "main"
	})
}

// holdsTable: some block is a pipe table.
func holdsTable(blocks []string) bool {
	for _, b := range blocks {
		if isTableBlock(b) {
			return true
		}
	}
	return false
}
