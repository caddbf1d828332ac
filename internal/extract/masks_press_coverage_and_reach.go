package extract

import (
	"strings"

	"github.com/cypx/cypx/internal/lazyre"
)

var (
	// pressEntryRe is an entry of a briefing's press coverage list, a
	// story's quoted headline, its outlet and its day: "“ICB pledges £3
	// million to cut child therapy waits”, Fenby Echo, 11 September 2026".
	// The headline names a story, as a reference's title does; the money
	// in it is the story's, no finding of the briefing.
	pressEntryRe = lazyre.New(`^\s*[“"‘'][^”"’]{5,200}[”"’'],?\s+[^,“”"]{2,60},\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{4}\.?\s*$`)
	// plannedScopeRe is where staff will work, a plan's reach: "will work
	// with pupils aged 11 to 18 across 42 secondary schools", "will be based
	// in 12 GP practices". A count of places the work will cover is its
	// scope, not a finding; "vacancies in 12 of 40 practices" measures.
	plannedScopeRe = lazyre.New(`\bwill\s+(?:work|operate|be\s+based|be\s+deployed|be\s+placed)\b[^.;:!?]{0,60}?\b(?:across|in|at)\s+(\d[\d,]*|` + s48Num + `)\s+(?:[a-z-]+\s+){0,2}(?:schools|practices|sites|areas|localities|hubs|clinics|teams|settings|nurseries|colleges|wards|boroughs|districts)\b`)
	// numbersThemselvesRe counts the numbers a text speaks of, after a verb
	// that handles them as numbers: "the post mixes up two different
	// numbers", "confuses three separate sets of figures". "had to ring
	// three different numbers" counts what families met, and stays.
	numbersThemselvesRe = lazyre.New(`\b(?:mix(?:es|ed|ing)?\s+up|confus(?:es|ed|ing)|conflat(?:es|ed|ing)|muddl(?:es|ed|ing)|compar(?:es|ed|ing)|combin(?:es|ed|ing))\s+(?:the\s+)?(\d{1,2}|two|three|four|five|several)\s+(?:different|separate|distinct|unrelated)\s+(?:numbers|figures|statistics|measures|sets\s+of\s+(?:figures|data|numbers))\b`)
)

// maskS53Counts marks a press coverage entry's headline, a plan's reach in
// places and a count of the numbers a text speaks of (the expressions
// above).
func maskS53Counts(lower string, taken []bool) {
	markGroup := func(re *lazyre.Regexp) {
		for _, m := range re.FindAllStringSubmatchIndex(lower, -1) {
			for i := m[2]; i < m[3]; i++ {
				taken[i] = true
			}
		}
	}
	if strings.Contains(lower, "will ") {
		markGroup(plannedScopeRe)
	}
	if strings.Contains(lower, "numbers") || strings.Contains(lower, "figures") || strings.Contains(lower, "statistics") || strings.Contains(lower, "measures") {
		markGroup(numbersThemselvesRe)
	}
	if t := strings.TrimSpace(lower); len(t) > 0 && strings.ContainsAny(t[:min(len(t), 4)], "“\"‘'") && pressEntryRe.MatchString(lower) {
		for i := range taken {
			taken[i] = true
		}
	}
}
