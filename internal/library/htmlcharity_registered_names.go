package library

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/cypx/cypx/internal/lazyre"
)

// A fundraising platform's appeal page (JustGiving, a giving platform's
// campaign) names the charity it raises for on a line of its own with
// the charity's registered number ("Kitestring Registered charity number
// 1193027"): the charity runs the appeal and writes its story, so it
// publishes the page; the platform, whose name is the site's, hosts it
// and is no publisher (notPublisher). Before, the page had no publisher
// the import could tell.

// charityNumberLineRe is a line that is a charity's name and its registered
// number and nothing else: "Kitestring Registered charity number
// 1193027", "Harbour Hearts (charity no. 1100234)". Group 1 is the name.
var charityNumberLineRe = lazyre.New(`(?i)^((?-i:\p{Lu})[\p{L}\p{N}’'&.,-]*(?:\s+[\p{L}\p{N}’'&.,-]+){0,9}?)\s*[-–—|,(]?\s*(?:registered\s+)?charity\s+(?:no\.?|number|reg(?:istration|istered)?\.?(?:\s+(?:no\.?|number))?)\s*:?\s*(?:SC)?\d{6,8}\s*\)?\s*$`)

// charityAboutRe is a page's "About us" paragraph that says what the
// body is, a charity, and gives its registered number: "Harrowfield
// Young Minds is a local charity offering free counselling to 11 to 18
// year olds. Registered charity number 1149832." A one-page site built
// with a page builder (Canva's) has no footer, copyright line or tag
// naming its owner: this paragraph names it. Before, such a page was
// refused, "could not tell who published it" (set 82). Group 1 is the
// name.
var charityAboutRe = lazyre.New(`^((?:The\s+)?\p{Lu}[\p{L}\p{N}’'&-]*(?:\s+(?:\p{Lu}[\p{L}\p{N}’'&-]*|of|for|and|&|the|in|on)){0,7})\s+is\s+(?:an?|the)\s+(?:[\p{L}-]+\s+){0,4}?charity\b[^.]{0,200}\.\s+(?i:registered\s+)?(?i:charity)\s+(?i:no\.?|number|reg(?:istration|istered)?\.?(?:\s+(?:no\.?|number))?)\s*:?\s*(?:SC)?\d{6,8}\.?$`)

// registeredCharityName is the charity a page names with its registered
// number on a line of its own outside the page's header, navigation and
// footer (charityNumberLineRe); "" when it names none or the name is no body to
// cite.
func registeredCharityName(doc *html.Node) string {
	found := ""
	walkElements(doc, func(n *html.Node) bool {
		if found != "" {
			return false
		}
		switch {
		case n.DataAtom == atom.Header || n.DataAtom == atom.Footer || n.DataAtom == atom.Nav ||
			n.DataAtom == atom.Script || n.DataAtom == atom.Style:
			return false
		case n.DataAtom != atom.P && n.DataAtom != atom.Div && n.DataAtom != atom.Li:
			return true
		}
		t := oneLine(textOf(n))
		if len(t) > 300 {
			return true
		}
		if m := charityAboutRe.FindStringSubmatch(t); m != nil {
			// The paragraph says the name is a charity's, and gives
			// its number: a body, whatever its words look like
			// ("Harrowfield Young Minds" reads as a person's name).
			found = m[1]
			return false
		}
		if len(t) > 160 {
			return true
		}
		if m := charityNumberLineRe.FindStringSubmatch(t); m != nil {
			name := strings.TrimRight(strings.TrimSpace(m[1]), ",.-–—|(")
			if name != "" && !notPublisher(name) {
				found = name
			}
			return false
		}
		return true
	})
	return found
}
