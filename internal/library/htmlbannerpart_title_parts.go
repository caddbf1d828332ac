package library

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// bannerTitlePart is the name the banner's home link gives when the
// page's <title> holds it as a whole part after the headline, with the
// site's own name after it: "Page | Fenmoor Provider Collaborative –
// Partner Handbook", a body's handbook or guide built on a documentation
// platform, whose og:site_name names the handbook. The home link and
// the <title> agreeing on a body's name (a word only bodies' names hold:
// Collaborative, Trust, Council) is the body whose site it is; a section
// of a site ("Committees", "Hansard") is none. Else "".
func bannerTitlePart(doc *html.Node, docTitle string) string {
	parts := titleParts(docTitle)
	if len(parts) < 3 {
		return ""
	}
	return firstInBanner(doc, func(c *html.Node, header bool) (string, bool) {
		if !header || c.DataAtom != atom.A || !homeLink(attr(c, "href")) {
			return "", true
		}
		name := strings.Join(strings.Fields(textOf(c)), " ")
		if name == "" || !looksLikeName(name) || !orgWordRe.MatchString(name) || isPersonName(name) || notPublisher(name) {
			return "", false
		}
		for _, p := range parts[1 : len(parts)-1] {
			if strings.EqualFold(compareForm(p), compareForm(name)) {
				return name, false
			}
		}
		return "", false
	})
}

// titleParts are the parts of a page's <title> between its separators,
// none when it has more than maxTitleParts.
func titleParts(docTitle string) []string {
	seps := titleSepRe.FindAllStringIndex(docTitle, maxTitleParts)
	if len(seps) >= maxTitleParts {
		return nil
	}
	var parts []string
	start := 0
	for _, s := range seps {
		parts = append(parts, strings.TrimSpace(docTitle[start:s[0]]))
		start = s[1]
	}
	return append(parts, strings.TrimSpace(docTitle[start:]))
}
