package library

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/lazyre"
)

// respondedRe is the line stating the day a response, a reply or a
// decision was given ("This response was given on 14 October 2025", as a
// petition's page says of the government's response): the page that
// publishes the response is dated by it, not by the day the petition or
// the question it answers opened.
var respondedRe = lazyre.New(`(?i)^(?:this |the )?(?:[\w’'-]+ ){0,2}?(?:response|reply|answer|decision|ruling|judgment|judgement)(?: was)? (?:given|made|delivered|handed down|sent)(?: on)?:?\s*(` + dateExpr + `)\.?\s*$`)

// siteServiceRe is a site's name that is a service's name and then its
// owner's ("Petitions - UK Government and Parliament"), split at the
// separator.
var siteServiceRe = lazyre.New(`^(.{2,60}?)\s+[-–—|:]\s+(.{2,100})$`)

// siteOwner is the body a site's name gives as the owner of the service
// the site is, when the page's <title> ends on that service's name alone:
// og:site_name "Petitions - UK Government and Parliament" over a <title>
// "... - Petitions" is the service "Petitions", run by "UK Government and
// Parliament", which publishes the page. A service's name alone is no
// body to cite. Otherwise the site's name as it is.
func siteOwner(siteName, docTitle string) string {
	m := siteServiceRe.FindStringSubmatch(strings.TrimSpace(siteName))
	if m == nil {
		return siteName
	}
	service, owner := strings.TrimSpace(m[1]), strings.TrimSpace(m[2])
	if _, ok := siteTitled(docTitle, service); !ok {
		return siteName
	}
	if _, whole := siteTitled(docTitle, siteName); whole || !orgWordRe.MatchString(owner) || isPersonName(owner) || notPublisher(owner) {
		return siteName
	}
	return owner
}

// isDocsPublished: the page is a word processor's document published to
// the web as it is (Google Docs' "Publish to the web"): its site names the
// platform, and its title and subtitle paragraphs, styled as such, name
// the document, not its <title>, which is the file's name.
func isDocsPublished(doc *html.Node, meta map[string]string) bool {
	if platformRe.MatchString(strings.TrimSpace(meta["og:site_name"])) {
		return true
	}
	return findFirst(doc, func(n *html.Node) bool { return hasClass(n, "doc-content") }) != nil
}

// hasClass: one of the element's classes (not its id) is name.
func hasClass(n *html.Node, name string) bool {
	for _, c := range strings.Fields(attr(n, "class")) {
		if strings.EqualFold(c, name) {
			return true
		}
	}
	return false
}

// styledParagraph is the text of the first paragraph set in the named
// paragraph style ("title", "subtitle"), as a word processor's export
// classes it; "" when none is.
func styledParagraph(doc *html.Node, style string) string {
	p := findFirst(doc, func(n *html.Node) bool {
		return (n.DataAtom == atom.P || n.DataAtom == atom.Div) && hasClass(n, style)
	})
	if p == nil {
		return ""
	}
	t, short := shortText(p, 300)
	if !short {
		return ""
	}
	return strings.Join(strings.Fields(t), " ")
}

// subtitleFromRe is a subtitle saying who a document is from and when:
// "A briefing for councillors from Tarrowby Parent Carer Forum, November
// 2025", "Report by the Westby Youth Trust · June 2025".
var subtitleFromRe = lazyre.New(`(?i)^(?:[\w’'&-]+\s+){0,8}?(?:from|by)\s+(?:the\s+)?(.{3,100}?)\s*(?:,|;|\||·|•|–|—|\s-)\s*(` + dateExpr + `)\.?$`)

// subtitleFrom reads the body and the day or month a subtitle names ("...
// from Tarrowby Parent Carer Forum, November 2025"); the body only when it
// reads as an office's name, not a person's.
func subtitleFrom(s string) (string, evidence.Date) {
	m := subtitleFromRe.FindStringSubmatch(s)
	if m == nil {
		return "", evidence.Date{}
	}
	org := strings.TrimSpace(m[1])
	if !coverOrgLine(org) && !(strongOrgWordRe.MatchString(org) && !isPersonName(org)) {
		org = ""
	}
	return org, textDate(m[2])
}

// docsMeta is what a published document's own paragraphs say of it: its
// Title-styled paragraph, and the body and date its Subtitle-styled
// paragraph names.
type docsMeta struct {
	title     fact
	publisher fact
	date      dateFact
}

// readDocsMeta reads a published document's title and subtitle
// paragraphs (see isDocsPublished).
func readDocsMeta(doc *html.Node) docsMeta {
	var d docsMeta
	if t := styledParagraph(doc, "title"); t != "" {
		d.title = fact{t, "the document's title paragraph"}
	}
	org, date := subtitleFrom(styledParagraph(doc, "subtitle"))
	if org != "" {
		d.publisher = fact{org, "the body the document's subtitle names"}
	}
	if !date.IsZero() {
		d.date = dateFact{date, "the date the document's subtitle gives"}
	}
	return d
}

// withoutEditLink is a heading's text without the "[edit]" link a wiki
// sets beside it ("References[edit]"), read before the page's cleaning
// drops the link.
func withoutEditLink(t string) string {
	return strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(t), "[edit]"))
}
