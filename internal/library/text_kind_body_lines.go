package library

import "strings"

// kindBodyLine reads a title block's line that names the paper's kind and
// then the body whose paper it is, "Webcast transcript | Ravendale
// Borough Council", "Scrutiny report | Wexdale County Council": the body
// publishes it. A meeting's name alone ("Health and Wellbeing Board")
// publishes nothing, as under a masthead. Before (held-out set 91), a
// webcast transcript under such a line was refused for want of a
// publisher.
func kindBodyLine(t string) string {
	kind, body, ok := strings.Cut(t, " | ")
	if !ok || strings.Contains(body, "|") {
		return ""
	}
	if !kindOnlyRe.MatchString(strings.TrimSpace(kind)) {
		return ""
	}
	org := cleanOrg(strings.TrimSpace(body))
	if org == "" || !bodyNameRe.MatchString(org) || meetingOnlyName(org) {
		return ""
	}
	return org
}
