package extract

import (
	"strings"

	"github.com/cypx/cypx/internal/lazyre"
)

var (
	// mandatedAfterRe is the number of reviews or checks a rule names,
	// told after them: "five health visitor reviews are mandated", "four
	// checks are statutory". What the rule is, as mandatedCountRe's
	// "commission five mandated reviews"; "only two of the five reviews
	// were done" is not matched.
	mandatedAfterRe = lazyre.New(`(?:^|[^\w])(` + wordCount + `)\s+(?:[a-z'’-]+\s+){0,3}?(?:reviews|contacts|checks|visits|assessments)\s+(?:are|is)\s+(?:mandated|mandatory|statutory|required\s+by\s+law)\b`)
	// returnHorizonRe is the time a saving or return is counted over:
	// "every pound spent saves around £3 within five years", "returns £4
	// over ten years". The horizon of the sum, not a finding of its own.
	returnHorizonRe = lazyre.New(`\b(?:saves?|saving|returns?|returned|pays?\s+back|generates?|yields?)\b[^.;:]{0,80}?\b(?:within|over|after)\s+(?:(?:the\s+)?(?:first|next)\s+)?(` + workSmallNum + `\s+years?)\b`)
	// journeyLegsRe is the buses or trains a journey takes: "have to
	// take two buses to get to the hospital". How far a place is, not a
	// count of anything found.
	journeyLegsRe = lazyre.New(`\b(?:take|takes|took|taking|catch|catches|caught|catching|change|changing)\s+(` + workSmallNum + `)\s+(?:different\s+|separate\s+)?(?:buses|trains|trams)\b`)
	// termDefinitionRe opens a glossary's definition of a term, a phrase
	// with no verb of its own: "A baby weighing less than 2,500 grams at
	// birth." (under "Low birthweight"). Its number says what the term
	// means, not what was found.
	termDefinitionRe = lazyre.New(`^(?:a|an)\s+(?:[a-z-]+\s+){1,2}?(?:weighing|measuring|aged|born|lasting|living)\s`)
)

// maskS43Counts marks the numbers of a rule's named reviews, a return's
// horizon, a journey's buses and a term's definition (the patterns
// above).
func maskS43Counts(lower string, taken []bool) {
	mark := func(re *lazyre.Regexp) {
		for _, m := range re.FindAllStringSubmatchIndex(lower, -1) {
			for i := m[2]; i < m[3]; i++ {
				taken[i] = true
			}
		}
	}
	if strings.Contains(lower, "mandat") || strings.Contains(lower, "statutory") || strings.Contains(lower, "by law") {
		mark(mandatedAfterRe)
	}
	if (strings.Contains(lower, "£") || strings.Contains(lower, "pound")) && hasAnyFold(lower, "within", "over", "after") {
		mark(returnHorizonRe)
	}
	if hasAnyFold(lower, "buses", "trains", "trams") {
		mark(journeyLegsRe)
	}
	if termDefinition(lower) {
		for i := range taken {
			taken[i] = true
		}
	}
}

// termDefinition reports a glossary's definition (termDefinitionRe) of
// at most 20 words with no finite verb: "A baby weighing 900 grams was
// kept in for 3 months" tells a case and keeps its figures.
func termDefinition(lower string) bool {
	t := strings.TrimSpace(lower)
	if !termDefinitionRe.MatchString(t) || countFields(t) > 20 {
		return false
	}
	for _, w := range strings.Fields(strings.TrimRight(t, ".")) {
		switch w {
		case "is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "may", "might", "must", "should",
			"did", "does", "do", "said", "says", "told", "found", "spent", "got", "went", "saw", "made", "took":
			return false
		}
		if strings.HasSuffix(w, "ed") && w != "aged" {
			return false
		}
	}
	return true
}
