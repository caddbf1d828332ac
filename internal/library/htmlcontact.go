package library

import (
	"strings"

	"golang.org/x/net/html"

	"github.com/cypx/cypx/internal/lazyre"
)

// contactHeadingRe is a heading over a page's contacts ("Contact us",
// "Contact details", "Get in touch"). A service page may put a finding
// under it ("Parents told us the line was hard to get through to"), so its
// section is kept when it holds one, and its contact sentences go one by
// one.
var contactHeadingRe = lazyre.New(`(?i)^(?:contact us|contacts?|contact (?:details|information)|get in touch|how to contact us)[.:?!]?$`)

// sectionHoldsEvidence reports a paragraph of prose under a heading, up to
// the next heading of the same or a higher level: a sentence of eight
// words or more that gives no address or number and is no furniture line.
func sectionHoldsEvidence(head *html.Node, level int) bool {
	for n := head.NextSibling; n != nil; n = n.NextSibling {
		if n.Type != html.ElementNode {
			continue
		}
		if findFirst(n, func(c *html.Node) bool { l := headingLevel(c); return l > 0 && l <= level }) != nil {
			return false
		}
		if isEvidenceProse(textOf(n)) {
			return true
		}
	}
	return false
}

// isEvidenceProse: a sentence of the text rather than a contact: eight
// words or more, a full stop, no address or number to contact, and no
// furniture line or contact instruction.
func isEvidenceProse(s string) bool {
	s = strings.Join(strings.Fields(s), " ")
	return len(strings.Fields(s)) >= 8 && strings.ContainsAny(s, ".!?") && !contactOnlyRe.MatchString(s) &&
		!isFurnitureText(s) && !isNoticeText(s) && !isContactInstruction(s)
}

// blocksHoldEvidence reports a paragraph of prose among blocks, up to the
// next heading: what keeps a contact heading over it.
func blocksHoldEvidence(blocks []string) bool {
	for _, b := range blocks {
		if strings.HasPrefix(b, "#") {
			return false
		}
		if isEvidenceProse(listMarkerRe.ReplaceAllString(b, "")) {
			return true
		}
	}
	return false
}

// othersContactsBoxes marks the elements of a page standing in a box of
// other bodies' contacts: the siblings after a heading such as "Useful
// contacts" or "Who to contact" (othersContactsSection), up to the next
// heading of the same or a higher level. A "Published by" or © line there
// is the line of a body or a leaflet the box points to, never the page's:
// before (hostile check 65), a newsletter page whose last section was such
// a box was published by the council it listed.
func othersContactsBoxes(doc *html.Node) map[*html.Node]bool {
	boxed := map[*html.Node]bool{}
	walkElements(doc, func(n *html.Node) bool {
		level := headingLevel(n)
		if level == 0 || !othersContactsSection(textOf(n)) {
			return true
		}
		for c := n.NextSibling; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			if findFirst(c, func(d *html.Node) bool { l := headingLevel(d); return l > 0 && l <= level }) != nil {
				break
			}
			boxed[c] = true
		}
		return false
	})
	return boxed
}
