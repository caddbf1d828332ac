package extract

import (
	"strings"

	"github.com/cypx/cypx/internal/lazyre"
)

var (
	// ruleThresholdRe is the support a rule says a proposal needs to pass:
	// "needed the support of at least three quarters of jurors (18 of 24)
	// to be adopted", "requires the votes of more than half of members to
	// pass". Group 1 is the share or count the rule sets: a threshold of
	// the method, never a finding.
	ruleThresholdRe = lazyre.New(`\b(?:needed|needs?|required|requires?|must\s+(?:have|win|get|gain))\s+(?:the\s+)?(?:support|votes?|backing|agreement|approval|consent)\s+of\s+([^.;:]{1,60}?)\s+(?:in\s+order\s+)?to\s+(?:be\s+)?(?:pass|passed|carry|carried|adopt|adopted|agreed|approved|accepted|included|kept|made|(?:taken|put|go)\s+forward|succeed|become|count|stand)\b`)
	// ownPartsAfterRe counts a report's own parts listed after its
	// recommendations: "makes three safety recommendations and two safety
	// observations". Group 1 is the second count; the first is left to
	// the nouns a writer counts in its own prose (notCounted).
	ownPartsAfterRe = lazyre.New(`\b(?:makes?|made|sets?\s+out|includes?|contains?|gives?|offers?)\s+` + s48Num + `\s+(?:[\w-]+\s+){0,2}?(?:recommendations|findings)\s+(?:and|as\s+well\s+as|plus)\s+(` + s48Num + `)\s+(?:[\w-]+\s+){0,2}?(?:observations|learning\s+points|suggestions|areas\s+(?:for|of)\s+(?:improvement|learning)|examples\s+of\s+(?:good|notable)\s+practice)\b`)
	// shownFiguresForRe is the services a method showed its panel figures
	// for: "Jurors were shown the number of children waiting for four
	// community and mental health services". What the evidence covered,
	// not a finding.
	shownFiguresForRe = lazyre.New(`\b(?:were|was)\s+(?:shown|given|presented\s+with|taken\s+through|walked\s+through)\s+(?:the\s+)?(?:number|numbers|figures|data|evidence|waiting\s+times|waits|waiting\s+lists?)\b[^.;:]{0,60}?\b(?:for|across|from|in|at)\s+(` + s48Num + `)\s+(?:[\w-]+\s+){0,5}?(?:services|teams|trusts|providers|clinics|pathways|areas|hospitals|specialties)\b`)
)

// maskS76Counts marks the counts above, from set 76: a rule's threshold
// of support, the services a panel's evidence
// covered, and a report's own parts counted beside its recommendations.
// Read as figures they made statistics of how a method works.
func maskS76Counts(lower string, taken []bool) {
	mark := func(re *lazyre.Regexp) {
		for _, m := range re.FindAllStringSubmatchIndex(lower, -1) {
			for i := m[2]; i < m[3]; i++ {
				taken[i] = true
			}
		}
	}
	// Each pattern runs only where the words it cannot match without are.
	if (strings.Contains(lower, "need") || strings.Contains(lower, "requir") || strings.Contains(lower, "must")) && strings.Contains(lower, " of ") && strings.Contains(lower, " to ") {
		mark(ruleThresholdRe)
	}
	if strings.Contains(lower, " shown ") || strings.Contains(lower, " given ") || strings.Contains(lower, " presented ") || strings.Contains(lower, " through ") {
		mark(shownFiguresForRe)
	}
	if strings.Contains(lower, "recommendations") || strings.Contains(lower, "findings") {
		mark(ownPartsAfterRe)
	}
}
