package extract

import (
	"regexp"
	"strings"

	"github.com/cypx/cypx/internal/evidence"
)

// actorNames maps the ways reports name an organisation to its normalised
// actor. Acronyms are matched case-sensitively, names case-insensitively.
var actorNames = []struct {
	actor   evidence.Actor
	pattern string
}{
	{evidence.DHSC, `DHSC|(?i:the )?(?i:department of health(?: and social care)?)`},
	{evidence.NHSE, `NHSE|NHS England`},
	{evidence.Government, `(?i:(?:the )?(?:new |national |central |uk |next )?government|ministers)`},
	{evidence.ICSs, `ICSs?|(?i:integrated care systems?)`},
	{evidence.ICBs, `ICBs?|(?i:integrated care boards?)`},
	{evidence.LocalAuthorities, `(?i:local authorit(?:y|ies)|councils?)`},
	{evidence.Trusts, `(?i:(?:NHS )?trusts|providers)`},
	{evidence.Schools, `(?i:schools)`},
	{evidence.CQC, `CQC|(?i:(?:the )?care quality commission)`},
	{evidence.OtherActor, `(?i:commissioners|regulators|national bodies|the nhs|department for education)|DfE|Ofsted`},
}

var (
	actorAlt = func() string {
		parts := make([]string, len(actorNames))
		for i, a := range actorNames {
			parts[i] = a.pattern
		}
		return `(?:` + strings.Join(parts, "|") + `)`
	}()
	actorRes = func() []*regexp.Regexp {
		out := make([]*regexp.Regexp, len(actorNames))
		for i, a := range actorNames {
			out[i] = regexp.MustCompile(`\b(?:` + a.pattern + `)\b`)
		}
		return out
	}()
	// subjectModalRe finds "NHSE and government should": a list of actors
	// directly before a modal verb of obligation.
	subjectModalRe = lazyRegexp(`\b(` + actorAlt + `(?:(?:\s*,\s*|\s+and\s+|\s*&\s*)(?:the\s+)?` + actorAlt + `)*)\s+(?:should|must|needs? to|ought to|(?:is|are) urged to)\b`)
	// reportedRe finds reported recommendations: "It recommended that ...".
	reportedRe = lazyRegexp(`(?i)\b(?:recommend(?:s|ed)? that|calls? (?:on|for)|called (?:on|for)|urges?|urged)\b`)
	// thereShouldRe finds "there should be a commitment from NHS England".
	thereShouldRe = lazyRegexp(`(?i)\bthere (?:should|must|needs to) be\b`)
	// labelRe is a "Recommendation:" label, alone or starting a paragraph.
	labelRe = lazyRegexp(`^(?i:recommendations?)(?:\s+\d+)?\s*[:.–-]\s*`)
)

// actorsIn lists, in canonical order, the normalised actors named anywhere in s.
func actorsIn(s string) []evidence.Actor {
	seen := map[evidence.Actor]bool{}
	for i, re := range actorRes {
		if re.MatchString(s) {
			seen[actorNames[i].actor] = true
		}
	}
	return canonical(seen)
}

// canonical lists a set of actors in the order of evidence.Actors.
func canonical(seen map[evidence.Actor]bool) []evidence.Actor {
	var out []evidence.Actor
	for _, a := range evidence.Actors {
		if seen[a] {
			out = append(out, a)
		}
	}
	return out
}

// subjectActors lists the actors that are the subject of an obligation
// ("should", "must", "needs to") in s, and whether there was one.
func subjectActors(s string) ([]evidence.Actor, bool) {
	if !hasModal(s) {
		return nil, false
	}
	matches := subjectModalRe.get().FindAllStringSubmatch(s, -1)
	if len(matches) == 0 {
		return nil, false
	}
	seen := map[evidence.Actor]bool{}
	for _, m := range matches {
		for _, a := range actorsIn(m[1]) {
			seen[a] = true
		}
	}
	return canonical(seen), true
}

// hasModal is a cheap test for the words every obligation pattern needs.
func hasModal(s string) bool {
	return strings.Contains(s, "should") || strings.Contains(s, "must") || strings.Contains(s, "need") ||
		strings.Contains(s, "ought") || strings.Contains(s, "urge")
}

// isRecommendationSentence reports a sentence that recommends: an actor
// followed by should/must/needs to, or a reported recommendation that names
// an actor ("It recommended that NHS England and the government should...").
func isRecommendationSentence(s string) bool {
	if _, ok := subjectActors(s); ok {
		return true
	}
	if loc := thereShouldRe.get().FindStringIndex(s); loc != nil && len(actorsIn(s[loc[1]:])) > 0 {
		return true
	}
	return strings.Contains(s, "should") && reportedRe.get().MatchString(s) && len(actorsIn(s)) > 0
}

// recommendationActors are the actors a recommendation addresses: the
// subjects of its obligations, else every actor it names, else those named
// in its lead-in ("recommendations for national government and ICSs:").
func recommendationActors(text, leadIn string) []evidence.Actor {
	if a, ok := subjectActors(text); ok && len(a) > 0 {
		return a
	}
	if reportedRe.get().MatchString(text) {
		if a := actorsIn(text); len(a) > 0 {
			return a
		}
	}
	if loc := thereShouldRe.get().FindStringIndex(text); loc != nil {
		if a := actorsIn(text[loc[1]:]); len(a) > 0 {
			return a
		}
	}
	if a := actorsIn(leadIn); len(a) > 0 {
		return a
	}
	return actorsIn(text)
}
