package extract

import (
	"slices"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/lazyre"
)

// entitledServiceRe is a service an entitlement names or plainly implies
// by the people it serves or what they are owed: "Every young person
// using CAMHS", "Every family on a children's waiting list", "access to
// a named school nurse", "seen at the clinic". Its provider, a trust, is
// asked (internal/quality's conventions).
var entitledServiceRe = lazyre.New(`(?i)\b(?:CAMHS|waiting\s+lists?|clinics?|school\s+nurs(?:es?|ing)|health\s+visit(?:ors?|ing)|community\s+paediatric(?:s|ians?)|mental\s+health\s+services?|therapy\s+services?)\b`)

// entitledGPRe is a GP practice an entitlement names as where its people
// are served ("checked by their GP practice", "seen by their GP"): the
// practice is asked, of no fixed kind (Other); "offered a GP
// registration" names what is owed, no practice that serves.
var entitledGPRe = lazyre.New(`\b(?:GP\s+(?:practices?|surger(?:y|ies))|(?i:general\s+practices?)|(?:their|his|her)\s+GPs?)\b`)

// entitlementActors are the bodies an entitlement asks ("Every young
// person using CAMHS should have a transition plan"): the bodies it
// names, else the provider of the service it names or plainly implies,
// else none ("Every child with asthma should have an annual review").
// A school named only as where children are is no body asked.
func entitlementActors(s string) []evidence.Actor {
	if a := actorsIn(withoutSchoolAsPlace(s)); len(a) > 0 && !slices.Contains(a, ownUnit) && !slices.Contains(a, noActor) {
		return a
	}
	seen := map[evidence.Actor]bool{}
	if entitledServiceRe.MatchString(s) {
		seen[evidence.Trusts] = true
	}
	if entitledGPRe.MatchString(s) {
		seen[evidence.OtherActor] = true
	}
	return canonical(seen)
}
