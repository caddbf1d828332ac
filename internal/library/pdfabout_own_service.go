package library

import "github.com/cypx/cypx/internal/lazyre"

// ownServiceAboutRe is a heading over the description of the service a
// leaflet or a service's report is about: "About our service", "About the
// clinic".
var ownServiceAboutRe = lazyre.New(`(?i)^about (?:our|the|this) (?:[\w-]+ )?(?:service|clinic)s?$`)

// ownServiceAbout reports a heading over what the service a document
// speaks for does and how much it is asked to do ("Referrals have doubled
// in four years ... 3,200 children are on our waiting list"): its own
// subject, as "About this report" is, not a note about the publisher set
// apart from the text as "About our charity" is. Before, the section was
// dropped as back matter with its figures.
func ownServiceAbout(h string) bool {
	return ownServiceAboutRe.MatchString(h)
}
