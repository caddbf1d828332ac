package library

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// maxPortalCalloutWords bounds the block a members' portal link takes
// with it: a callout's line or two, never a section of the post.
const maxPortalCalloutWords = 40

// dropPortalCallouts removes the short block around each link into a
// site's members' portal ("#/portal/signup", Ghost's): a callout inviting
// readers to join or sign in ("Members get our briefings a week early.
// Join for free.") is the site's offer, not the post's text. The block is
// the link's nearest paragraph, callout or card of at most
// maxPortalCalloutWords; a link inside a longer paragraph stays.
func dropPortalCallouts(root *html.Node) {
	var drop []*html.Node
	walkElements(root, func(n *html.Node) bool {
		if n.DataAtom != atom.A || !strings.HasPrefix(attr(n, "href"), "#/portal") {
			return true
		}
		for p := n.Parent; p != nil && p.Type == html.ElementNode; p = p.Parent {
			switch p.DataAtom {
			case atom.P, atom.Div, atom.Figure, atom.Aside, atom.Section, atom.Li:
			default:
				continue
			}
			if len(strings.Fields(textOf(p))) > maxPortalCalloutWords {
				break
			}
			if p.DataAtom == atom.Figure || p.DataAtom == atom.Aside || p.Parent == nil || len(strings.Fields(textOf(p.Parent))) > maxPortalCalloutWords {
				drop = append(drop, p)
				break
			}
		}
		return false
	})
	for _, n := range drop {
		if n.Parent != nil {
			detach(n)
		}
	}
}
