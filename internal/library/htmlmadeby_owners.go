package library

import (
	"strings"

	"github.com/cypx/cypx/internal/lazyre"
)

// madeByRe is a page's description that credits the tool a board or form
// was made with and the body that made it ("Made with Padlet by Tarnside
// Youth Forum", "Created on Canva by ..."): group 1 is the maker. A board
// hosted on a platform whose site name is the platform's ("Padlet") gives
// its maker nowhere else, and the page was refused for want of a
// publisher.
var madeByRe = lazyre.New(`(?i)^\s*(?:made|created|built|designed)\s+(?:with|on|using|in)\s+[^.,;:]{1,40}?\s+by\s+([^.!?|]{2,100}?)\s*[.!]?\s*$`)

// madeByOwner is the body a "Made with TOOL by NAME" description names, or
// "": a person who made a board is its author, not its publisher.
func madeByOwner(description string) string {
	m := madeByRe.FindStringSubmatch(description)
	if m == nil {
		return ""
	}
	name := strings.TrimSpace(m[1])
	if isPersonName(name) || notPublisher(name) {
		return ""
	}
	return name
}
