package extract

import (
	"strings"

	"github.com/cypx/cypx/internal/lazyre"
)

// specRequirementsHeadingRe is the heading over a tender's or a service
// specification's requirements: "4. Service requirements", "Mandatory
// requirements", "Requirements of the provider". A commissioner's "The
// provider must ..." there is asked of the provider, as an inspector's
// "must" under "Action the provider must take" is, not a duty the text
// states. Requirements the law sets ("Statutory requirements", "Legal
// requirements") are not among them.
var specRequirementsHeadingRe = lazyre.New(`(?i)^(?:\d{1,2}(?:\.\d{1,2})*\.?\s+)?(?:(?:the\s+)?(?:service|services|contract|contractual|specification|mandatory|minimum|core|provider|provider['’]s|operational|delivery)\s+)+requirements(?:\s+(?:of|for)\s+the\s+(?:service|provider|contract))?\s*:?$|^(?:\d{1,2}(?:\.\d{1,2})*\.?\s+)?requirements\s+(?:of|for)\s+the\s+(?:service|provider|contract)\s*:?$`)

// specRequirementsHeading reports a heading of specRequirementsHeadingRe.
func specRequirementsHeading(h string) bool {
	return hasAnyFold(h, "requirements") && specRequirementsHeadingRe.MatchString(strings.TrimSpace(h))
}

// requirementsContext is the heading over a specification's requirements
// the blocks being read are under, kept through its numbered parts ("4.1
// Access" under "4. Service requirements", though an import set them at
// one level) and ended by any other heading. It reports whether the
// heading h, just read, leaves them under it.
func (x *extractor) requirementsContext(h string) bool {
	switch {
	case specRequirementsHeading(h):
		x.reqOpener = h
	case x.reqOpener != "" && leadingNumber(strings.TrimSpace(x.reqOpener)) != "" && recSubsection(x.reqOpener, h):
	default:
		x.reqOpener = ""
	}
	return x.reqOpener != ""
}

// tenderPartyRe opens a sentence with the party a specification asks:
// "The provider must ...", "The successful bidder shall ...", "Bidders
// should describe ...". A tender's provider is whoever wins it, a trust
// or a charity or a company: no kind of body the fixed list of actors
// names, so Other.
var tenderPartyRe = lazyre.New(`(?i)^(?:\d{1,2}[.)]\s+)?(?:(?:the|a|each|every|any)\s+(?:successful\s+|preferred\s+|chosen\s+)?(?:provider|contractor|supplier|bidder|tenderer)|(?:bidders|tenderers|suppliers))\s+(?:must|shall|should|will\s+be\s+required\s+to|(?:is|are)\s+(?:required|expected)\s+to)\s+(?:not\s+)?\w`)

// specAsk reports a sentence under a specification's requirements that
// asks its tender's party to act (see tenderPartyRe): "Bidders should
// describe how they will ..." asks as "The provider must" does. "Bidders
// should note that ..." tells them the procedure, and is no ask.
func (x *extractor) specAsk(s string) bool {
	t := strings.TrimSpace(s)
	return x.reqOpener != "" && tenderPartyRe.MatchString(t) && !strings.Contains(lazyre.ASCIILower(t), " should note ")
}
