package library

import (
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/cypx/cypx/internal/lazyre"
)

// priceCellRe is a cell giving what a thing costs the reader: "£45.00",
// "Free", "£95.00 + £3.80 booking fee", "From £12".
var priceCellRe = lazyre.New(`(?i)^(?:free|(?:from\s+)?[£$€]\s?\d[\d,]*(?:\.\d{2})?(?:\s*(?:\+|plus)\s*[£$€]\s?\d[\d,]*(?:\.\d{2})?\s*(?:booking|service|processing|admin(?:istration)?)?\s*fees?)?(?:\s*(?:each|per\s+person|inc\.?\s*vat|\+\s*vat))?)$`)

// dropOrderTables removes the tables a page orders from: a ticket or
// product table whose every row gives a price and a control to pick a
// quantity (a select or an input), as a booking page's ticket types do.
// What the reader may buy, not evidence; run before form controls go as
// furniture, which would leave the prices as a table of figures.
func dropOrderTables(root *html.Node) {
	var tables []*html.Node
	walkElements(root, func(n *html.Node) bool {
		if n.DataAtom != atom.Table {
			return true
		}
		if orderTable(n) {
			tables = append(tables, n)
		}
		return false
	})
	for _, n := range tables {
		detach(n)
	}
}

// orderTable: two or more rows, every one holding a price cell and a
// quantity control.
func orderTable(table *html.Node) bool {
	rows := 0
	ok := true
	walkElements(table, func(n *html.Node) bool {
		if !ok {
			return false
		}
		if n.DataAtom != atom.Tr {
			return true
		}
		var price, control, header bool
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			if c.DataAtom == atom.Th {
				header = true
			}
			if priceCellRe.MatchString(oneLine(textOf(c))) {
				price = true
			}
			if findFirst(c, func(x *html.Node) bool { return x.DataAtom == atom.Select || x.DataAtom == atom.Input }) != nil {
				control = true
			}
		}
		switch {
		case price && control:
			rows++
		case header && !control:
			// a header row over the ticket types
		default:
			ok = false
		}
		return false
	})
	return ok && rows >= 2
}
