package library

import (
	"strings"

	"github.com/cypx/cypx/internal/lazyre"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// cardLabelRe is a label of a service's or a venue's details card: where
// it is, when it is open, how to reach it, whom it is for.
var cardLabelRe = lazyre.New(`(?i)^(?:address|venue|location|where|postcode|opening\s+(?:times|hours)|hours|open|telephone|phone|tel|mobile|fax|e-?mail|website|web|age\s+range|ages|age|parking|getting\s+there)\s*:?$`)

// dropServiceCards removes each definition list whose terms (two or more)
// are all a details card's labels (cardLabelRe): a directory entry's
// "Address", "Opening times", "Telephone", "Age range" and their values
// say where and when a service is, not what was found. Before, each value
// was a paragraph, "Monday to Thursday, 9am to 5pm" and "0 to 18" items.
func dropServiceCards(root *html.Node) {
	var cards []*html.Node
	walkElements(root, func(n *html.Node) bool {
		if n.DataAtom != atom.Dl {
			return true
		}
		terms, labels := 0, 0
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.ElementNode && c.DataAtom == atom.Dt {
				terms++
				if cardLabelRe.MatchString(strings.TrimSpace(textOf(c))) {
					labels++
				}
			}
		}
		if terms >= 2 && labels == terms {
			cards = append(cards, n)
		}
		return false
	})
	for _, n := range cards {
		detach(n)
	}
}
