package library

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

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
	if owner := platformOwner(siteName); owner != "" {
		return owner
	}
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

// withoutEditLink is a heading's text without the "[edit]" link a wiki
// sets beside it ("References[edit]"), read before the page's cleaning
// drops the link.
func withoutEditLink(t string) string {
	return strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(t), "[edit]"))
}

// runByRe is a site's statement of the body that runs it: "Have Your Say
// Eastwick is run by Eastwick Borough Council, Town Hall, ...", "This
// site is operated by the Fenmoor Partnership". Group 1 names the site
// ("this site" or its name), group 2 the body.
var runByRe = lazyre.New(`(?i)\b(this\s+(?:site|website|platform|portal)|[\w’'&-]+(?:\s+[\w’'&-]+){0,5})\s+is\s+(?:run|operated|managed|owned|provided)\s+by\s+((?:the\s+)?(?-i:\p{Lu})[\p{L}’'&-]*(?:\s+(?:(?-i:\p{Lu})[\p{L}’'&-]*|of|and|for|the|&))*)`)

// siteRunBy is the body a site whose name is a platform's, not a body's
// ("Have Your Say Eastwick", a council's consultation site), says runs
// it, when the page states it of the site's name or of "this site"; the
// body publishes what the site carries. Else "".
func siteRunBy(doc *html.Node, siteName string) string {
	if siteName == "" || orgWordRe.MatchString(siteName) {
		return ""
	}
	text := textOf(doc)
	if !strings.Contains(text, " by ") {
		return ""
	}
	for _, m := range runByRe.FindAllStringSubmatch(text, -1) {
		site, body := strings.TrimSpace(m[1]), strings.TrimSpace(m[2])
		if len(body) > 4 && strings.EqualFold(body[:4], "the ") {
			body = body[4:]
		}
		if !strings.EqualFold(site, siteName) && !strings.HasSuffix(strings.ToLower(site), strings.ToLower(siteName)) && !strings.HasPrefix(strings.ToLower(site), "this ") {
			continue
		}
		if orgWordRe.MatchString(body) && !notPublisher(body) && !isPersonName(body) {
			return body
		}
	}
	return ""
}

// captionedHeadline is a headline that names only the body a page is
// about ("Brindlewick Borough Council") under a caption naming the
// document's kind ("Inspection of local authority children's services",
// a GOV.UK-style caption), joined as a citation gives them, "Name: Kind",
// when the page's <title> gives both in that order. The name alone cites
// the council, not its report. Else "".
func captionedHeadline(doc *html.Node, title, docTitle string) string {
	if title == "" || !strings.Contains(docTitle, title) {
		return ""
	}
	var h1 *html.Node
	walkElements(doc, func(n *html.Node) bool {
		if h1 == nil && n.DataAtom == atom.H1 {
			h1 = n
		}
		return h1 == nil
	})
	if h1 == nil || textOf(h1) != title {
		return ""
	}
	prev := h1.PrevSibling
	for prev != nil && prev.Type != html.ElementNode {
		prev = prev.PrevSibling
	}
	if prev == nil || !strings.Contains(attr(prev, "class"), "caption") {
		return ""
	}
	caption := textOf(prev)
	if caption == "" || len(strings.Fields(caption)) > 12 {
		return ""
	}
	i, j := strings.Index(docTitle, title), strings.Index(docTitle, caption)
	if j < 0 || j <= i {
		return ""
	}
	if docTitle[i+len(title):j] == ", " {
		// "Education, health and care plans, Reporting year 2025 -
		// Service": a <title> that joins them with a comma, as a
		// sentence would, is written as it gives them.
		return title + ", " + caption
	}
	return title + ": " + caption
}

// holderOverSiteName is the page's copyright holder where og:site_name
// names no body ("CYP Outcomes Framework", a documentation site's
// product) and the copyright line names one ("© 2026 NHS Kestermoor and
// Rennick Integrated Care Board"), else "": the body owns the site and
// publishes its pages,
// as the development set labels a page's copyright holder. Before (set
// 82), the framework's name was the publisher. A company holding the
// copyright ("Northern Ledger Media Ltd") is no owner of this kind: a
// news site's name is its publisher. A page whose own "Published by"
// line names another body than the holder (published) is that body's:
// before (hostile check 66), "© Lowdale Community Health Trust 2021"
// beat "Published by Brightstart Families" and og:site_name.
func holderOverSiteName(site, holder, published string) string {
	if published != "" && !strings.EqualFold(published, holder) {
		return ""
	}
	if site == "" || orgWordRe.MatchString(site) || isAcronym(site) || !strongOrgWordRe.MatchString(holder) ||
		companyHolderRe.MatchString(holder) || notPublisher(holder) || isPersonName(holder) {
		return ""
	}
	// "The Exchange" of "The Exchange Trust": the site is the body's,
	// by its own short name.
	if strings.Contains(strings.ToLower(holder), strings.ToLower(strings.TrimPrefix(site, "The "))) {
		return ""
	}
	return holder
}
