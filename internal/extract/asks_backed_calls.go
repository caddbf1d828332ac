package extract

import (
	"slices"
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

// safeguardingPartnersRe names the statutory safeguarding partners of an
// area ("the safeguarding partners", "the three local safeguarding
// partners"): by law the council, the integrated care board and the
// police. "The safeguarding partnership", the arrangement they run, and
// "one of the safeguarding partners" name no body asked.
var safeguardingPartnersRe = lazyre.New(`(?i)\b(?:the|all|each\s+of\s+the|our)\s+(?:three\s+)?(?:statutory\s+|local\s+)*safeguarding\s+partners\b`)

// safeguardingPartners is s with the safeguarding partners it names
// blanked, and whether it named them (see safeguardingPartnersRe): they
// are Local authorities, ICBs and Other (the police).
func safeguardingPartners(s string) (string, bool) {
	if !strings.Contains(s, "afeguarding partners") {
		return s, false
	}
	t := safeguardingPartnersRe.Get().ReplaceAllStringFunc(s, func(m string) string { return strings.Repeat(" ", len(m)) })
	return t, t != s
}

// bothBodiesRe opens an ask of the bodies the ask before it named, by
// their number alone: "Both organisations to involve parent carers",
// "Both bodies should", "Each of them to publish".
var bothBodiesRe = lazyre.New(`^(?:Both|All\s+three|Each)\s+(?:of\s+(?:them|these(?:\s+bodies|\s+organisations)?)|organisations|bodies|partners|agencies|services|boards)\b`)

// prevRecActors are the actors of the item made just before, when it
// is a recommendation asking two or more bodies; none otherwise. An ask
// that names its bodies only as "both organisations" asks those.
func (x *extractor) prevRecActors() []evidence.Actor {
	var p *evidence.Item
	switch {
	case x.pending != nil:
		p = x.pending
	case len(x.items) > 0:
		p = &x.items[len(x.items)-1]
	}
	if p == nil || p.Kind != evidence.Recommendation || len(p.Actors) < 2 {
		return []evidence.Actor{}
	}
	return slices.Clone(p.Actors)
}
