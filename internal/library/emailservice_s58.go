package library

import "strings"

// serviceSenderName is the display name of a service's bulk mail whose
// first word spells its address's domain: "Lobbyco Monitoring
// <alerts@lobbyco.co.uk>", "Policyhub Daily <news@policyhub.org>". A
// monitoring or alert service signs with its own name and the name of
// its product, in no organisation's words; the domain its mail comes
// from is the same name, so the name is the publisher, as a name that
// spells the whole domain is ("YoungMinds"). A person's given name
// rarely spells a domain, and bulk mail is a service's; empty otherwise.
func serviceSenderName(from string, bulk bool) string {
	if !bulk {
		return ""
	}
	name := strings.TrimSpace(viaRe.ReplaceAllString(displayName(from), ""))
	words := strings.Fields(name)
	if len(words) < 2 || len(words) > 4 || strings.ContainsAny(name, "@()|,") {
		return ""
	}
	for _, w := range words {
		if r := []rune(w)[0]; !('A' <= r && r <= 'Z') {
			return ""
		}
	}
	first := slugForm(words[0])
	if len(first) < 4 || !namesDomain(words[0], from) {
		return ""
	}
	return name
}
