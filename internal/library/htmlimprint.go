package library

import "github.com/cypx/cypx/internal/lazyre"

// companyHolderRe is a copyright holder that is a company by its legal
// form: "Meridian Health Media Ltd", "Northgate Publishing plc".
var companyHolderRe = lazyre.New(`(?i)\b(?:ltd|limited|plc|llp|inc|gmbh)\.?$`)

// titleOverCompany is the site's name after the page's title when the
// copyright line names a company by its legal form ("© 2025 Meridian
// Health Media Ltd" on a page titled "... | Nursing Practice Weekly"): the
// company owns the title, and a magazine or newspaper is cited by its own
// name, as a newsletter is by its publication's. Empty otherwise.
func titleOverCompany(holder, site string) string {
	if site == "" || site == holder || !companyHolderRe.MatchString(holder) || isPersonName(site) || notPublisher(site) {
		return ""
	}
	return site
}
