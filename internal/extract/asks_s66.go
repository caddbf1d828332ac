package extract

import (
	"strings"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/lazyre"
)

// backedCallRe is the writer joining another's call on a body: "We also
// back the call by Contact, the charity, for the government to publish",
// "We support their call for NHS England to fund", "We echo the
// alliance's call for councils to". Group 1 is the body called on.
var backedCallRe = lazyre.New(`\b(?i:we|i)\s+(?:(?i:also|fully|strongly|warmly|would|wholeheartedly)\s+)*(?i:back|support|endorse|echo|share|join|welcome|add\s+our\s+voice\s+to)\s+(?:(?i:the|their|its|this|these|his|her)\s+|[A-Z][\w’'&-]*(?:\s+[A-Z][\w’'&-]*){0,4}(?:’s|'s)\s+)?(?i:calls?|demands?|requests?|plea|campaign)\s+(?:(?i:by|from|of|made\s+by)\s+[^.;:]{2,120}?,?\s+)?(?i:for)\s+([^.;:]{2,80}?)\s+to\s+[a-z]`)

// backedCall reads the body a call the writer backs asks (see
// backedCallRe); none when the call names no body ("We back the call
// for more places to be funded").
func backedCall(s string) []evidence.Actor {
	if !strings.Contains(s, " call") && !strings.Contains(s, " demand") && !strings.Contains(s, " request") && !strings.Contains(s, " plea") && !strings.Contains(s, " campaign") {
		return nil
	}
	m := backedCallRe.FindStringSubmatchIndex(s)
	if m == nil {
		return nil
	}
	return actorsIn(s[m[2]:m[3]])
}
