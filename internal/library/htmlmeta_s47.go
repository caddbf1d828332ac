package library

import (
	"strings"

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
