package extract

import (
	"strings"

	"github.com/cypx/cypx/internal/lazyre"
)

var (
	// tripIntervalRe is how often people must travel somewhere: "had to
	// travel to the hospital clinic every three months", "families drive
	// back to the centre every six weeks". A burden told by its cadence,
	// not a count or a wait found; group 1 is the interval. A schedule of
	// care ("a review health assessment every six months") is left: the
	// development set reads a standard's interval as its figure.
	tripIntervalRe = lazyre.New(`\b(?:travel(?:s|led|ed|ling|ing)?|drive|drives|drove|driving|go|goes|going|went|return|returns|returned|returning|(?:come|comes|came|coming)\s+back|journey|journeys)\s+(?:back\s+)?(?:to|into|in\s+to)\b[^.;:%£]{0,60}?\bevery\s+(` + s48Num + `\s+(?:weeks|months|years))\b`)
	// followUpRe is how long a study followed its people: "followed their
	// records for 18 months", "followed up for two years". The method's
	// span, not a finding. Group 1.
	followUpRe = lazyre.New(`\bfollowed\s+(?:(?:them|their\s+(?:records|notes|progress|care)|(?:the|these|those)\s+(?:[\w'’-]+\s+){0,3}?(?:children|young\s+people|patients|families|records|cohort))\s+)?(?:up\s+)?for\s+(?:(?:up\s+to|at\s+least|over|around|about)\s+)?(` + s48Num + `\s+(?:weeks|months|years))\b`)
	// tenureRe is how long a person has held a post or a place: "spent
	// 20 years as a paediatric nurse", "has been a member of the Youth
	// Forum for three years", "has been a governor since ... for six
	// years". A biography, not a finding; "has been on the list for two
	// years" is a wait and stays. Group 1 or 2 is the span.
	tenureRe = lazyre.New(`\bspent\s+(?:(?:more\s+than|over|almost|nearly|some|about)\s+)?(` + s48Num + `\s+years)\s+(?:as|working)\b|\b(?:has|have|had)\s+been\s+(?:a|an)\s+(?:[\w'’-]+\s+){0,2}?(?:member|trustee|governor|volunteer|ambassador|representative|chair|councillor|director|nurse|doctor|consultant|paediatrician|teacher|advocate|mentor|peer\s+researcher|non-executive|magistrate)\b[^.;:%£]{0,60}?\bfor\s+(?:(?:more\s+than|over|almost|nearly|some|about)\s+)?(` + s48Num + `\s+years)\b`)
)

// maskS71Counts marks the not-figures above, from sets 71 and 72: how
// often people must travel somewhere and how long a person has held a
// post and how long a study followed its people.
func maskS71Counts(lower string, taken []bool) {
	mark := func(re *lazyre.Regexp) {
		for _, m := range re.FindAllStringSubmatchIndex(lower, -1) {
			for g := 2; g+1 < len(m); g += 2 {
				for i := m[g]; m[g] >= 0 && i < m[g+1]; i++ {
					taken[i] = true
				}
			}
		}
	}
	if strings.Contains(lower, "every") {
		mark(tripIntervalRe)
	}
	if strings.Contains(lower, "spent") || strings.Contains(lower, "been") {
		mark(tenureRe)
	}
	if strings.Contains(lower, "followed") {
		mark(followUpRe)
	}
}
