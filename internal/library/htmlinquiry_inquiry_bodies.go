package library

import (
	"strings"

	"github.com/cypx/cypx/internal/lazyre"
)

// inquiryByRe is a page's description naming the body that holds the
// inquiry, consultation or call for evidence the page is about: "Inquiry
// by the Health and Social Care Committee into assessment and support
// for neurodivergent children.", "A consultation by the Fenmoor Schools
// Forum on ...". Group 1 is the body.
var inquiryByRe = lazyre.New(`^(?:An?\s+)?(?i:inquiry|consultation|call\s+for\s+evidence|investigation|review)\s+(?:by|from|of)\s+(?:the\s+)?(\p{Lu}[\p{L}'’&,-]*(?:\s+(?:and|of|for|on|the|\p{Lu}[\p{L}'’&,-]*))*?\s+(?:Committee|Commission|Panel|Board|Council|Forum|Authority|Ombudsman))\s+(?:into|on|of|about|looking\s+at)\b`)

// inquiryBy is the body a page's description says holds the inquiry the
// page is about, published on a site of the house or the network that
// hosts it (og:site_name "UK Parliament"), or "".
func inquiryBy(description string) string {
	m := inquiryByRe.FindStringSubmatch(strings.TrimSpace(description))
	if m == nil || notPublisher(m[1]) {
		return ""
	}
	return m[1]
}
