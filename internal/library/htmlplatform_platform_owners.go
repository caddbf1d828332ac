package library

import "github.com/cypx/cypx/internal/lazyre"

// platformSiteRe is a site's name that is a body's name and then the
// engagement or consultation platform that hosts its pages ("Harwood ICB
// - Citizen Space", "Tarnside Council | Engagement HQ"): group 1 is the
// body.
var platformSiteRe = lazyre.New(`(?i)^(.{2,100}?)\s+[-–—|:]\s+(?:citizen\s+space|engagement\s*hq|bang\s+the\s+table|commonplace|consultation\s+hub|delib|granicus|have\s+your\s+say(?:\s+today)?|let['’]s\s+talk|engage\s+space)$`)

// platformOwner is the body a platform's site name gives before the
// platform's own name, or "". The platform hosts the pages; the body runs
// the consultation and publishes what the page says. Before, the whole
// site name ("... ICB - Citizen Space") was the publisher.
func platformOwner(siteName string) string {
	if m := platformSiteRe.FindStringSubmatch(siteName); m != nil && !notPublisher(m[1]) {
		return m[1]
	}
	return ""
}
