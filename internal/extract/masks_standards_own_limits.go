package extract

import (
	"strings"

	"github.com/cypx/cypx/internal/lazyre"
)

var (
	// standardSaysRe is a standard as the subject that states its own
	// terms: "The national access and waiting time standard expects",
	// "the standard for wheelchair services requires". Group 1 is the
	// rest of its clause.
	standardSaysRe = lazyre.New(`\bstandards?\s+(?:(?:for|on|of)\s+[^.;:%]{0,80}?\s+)?(?:expects|requires|says|states|sets\s+out|specifies|asks\s+for)\b([^.;%]*)`)
	// standardWithinRe is a time limit in a standard's clause: "within a
	// week", "within four weeks", "within 18 weeks". Group 1 is the span.
	standardWithinRe = lazyre.New(`\bwithin\s+((?:a|an|` + s48Num + `)\s+(?:hours?|days?|weeks?|months?))\b`)
	// otherNumberRe is any other number of a sentence, in digits or words.
	otherNumberRe = lazyre.New(`\d|\b` + s48Num + `\b`)
	// paragraphNumberRe is a numbered paragraph's number: "2.1 ".
	paragraphNumberRe = lazyre.New(`^\s*\d{1,2}(?:\.\d{1,2}){0,2}\.?\s`)
)

// maskS73Counts marks the not-figures of set 73: the time limits a
// standard states of itself ("The standard expects urgent referrals to
// start treatment within a week and routine ones within four weeks") are
// its terms, not a finding, where the sentence gives no share or sum of
// its own; "72% were seen within a week, against the standard" keeps its
// threshold.
func maskS73Counts(lower string, taken []bool) {
	if !strings.Contains(lower, "standard") || strings.ContainsAny(lower, "%£") || !strings.Contains(lower, "within") {
		return
	}
	var spans [][2]int
	for _, m := range standardSaysRe.FindAllStringSubmatchIndex(lower, -1) {
		for _, w := range standardWithinRe.FindAllStringSubmatchIndex(lower[m[2]:m[3]], -1) {
			spans = append(spans, [2]int{m[2] + w[2], m[2] + w[3]})
		}
	}
	if len(spans) == 0 {
		return
	}
	// "..., and we are well short of it because the same two senior
	// staff cover both clinics": a finding beside the standard keeps its
	// limit as a figure, as the development set labels it.
	rest := []byte(lower)
	for _, sp := range spans {
		for i := sp[0]; i < sp[1]; i++ {
			rest[i] = ' '
		}
	}
	if otherNumberRe.MatchString(paragraphNumberRe.Get().ReplaceAllString(string(rest), "")) {
		return
	}
	for _, sp := range spans {
		for i := sp[0]; i < sp[1]; i++ {
			taken[i] = true
		}
	}
}
