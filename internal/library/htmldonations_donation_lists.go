package library

import (
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/cypx/cypx/internal/lazyre"
)

// A giving page lists its donations, each the donor's name, the sum given
// to the penny and the donor's message ("Ellie M. £20.00 Our daughter was
// sent 90 miles away ... 3 days ago"): the platform shows its users'
// words, not the appeal's, so the list is furniture, whatever its
// template calls it. Before, each entry was a statistic of its sum, and a
// donor's aside about their own family a finding of the charity's.

// donationEntryRe is one entry of such a list: a name of up to eight
// words, then a sum in pounds and pence.
var donationEntryRe = lazyre.New(`^[^\s£\d][^£\d]{0,60}?\s+£\d{1,3}(?:,\d{3})*\.\d{2}(?:\s|$)`)

// dropDonationLists removes every list of two entries or more each of
// which is a donation (donationEntryRe).
func dropDonationLists(root *html.Node) {
	var lists []*html.Node
	walkElements(root, func(n *html.Node) bool {
		if n.DataAtom != atom.Ul && n.DataAtom != atom.Ol {
			return true
		}
		entries := 0
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			if c.DataAtom != atom.Li || !donationEntryRe.MatchString(oneLine(textOf(c))) {
				return true
			}
			entries++
		}
		if entries >= 2 {
			lists = append(lists, n)
			return false
		}
		return true
	})
	for _, n := range lists {
		detach(n)
	}
}
