package extract

import "strings"

// inlineInfoRequest reports a request for information that runs its list
// on after its colon, in one paragraph: "Please provide, for the service
// commissioned by the ICB: how many children were waiting; how many had
// waited more than 18 weeks; the median wait". The measures are asked
// for, as under infoRequestLead's colon; the answer states the finding.
// Before, "more than 18 weeks" was the requester's statistic.
func inlineInfoRequest(text string) bool {
	t := strings.TrimSpace(text)
	i := strings.Index(t, ": ")
	if i < 0 || strings.ContainsAny(t[:i], ".!?") {
		return false
	}
	rest := strings.ToLower(t[i+2:])
	if !strings.HasPrefix(rest, "how ") && !strings.HasPrefix(rest, "the ") && !strings.HasPrefix(rest, "what ") &&
		!strings.HasPrefix(rest, "whether ") && !strings.HasPrefix(rest, "any ") {
		return false
	}
	return infoRequestLeadRe.MatchString(t[:i+1])
}
