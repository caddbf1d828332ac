package extract

import (
	"strings"

	"github.com/cypx/cypx/internal/lazyre"
)

var (
	// groupMetTimesRe is how often a group that did the work met: "our
	// youth panel met 14 times", "the steering group has met 9 times
	// since May". The method's housekeeping, as the sessions a review held
	// are (the development set's convention), no figure. Group 1.
	groupMetTimesRe = lazyre.New(`\b(?:panel|group|board|committee|jury|jurors|forum|council|network|partnership|taskforce|task\s+force|we)\s+(?:has\s+|have\s+|had\s+)?(?:now\s+|already\s+)?met\s+(\d{1,3}|` + s48Num + `)\s+times\b`)
	// reviewersDidRe is the people who did a review's checks: "Two
	// reviewers appraised each study", "two researchers checked the
	// linkage rules independently", "each record was coded by two
	// reviewers". Who did the work, not what was found. Group 1 or 2.
	reviewersDidRe = lazyre.New(`(?:^|[;:]\s+|\bthen\s+)(` + workSmallNum + `)\s+(?:independent\s+|separate\s+)?(?:reviewers|researchers|coders|raters|assessors|authors)\s+(?:(?:each|independently|separately|then|also)\s+)?(?:appraised|checked|screened|extracted|coded|assessed|rated|double-checked|verified|read)\b|\b(?:appraised|checked|screened|extracted|coded|assessed|rated|double-checked|verified|read)\s+(?:independently\s+)?by\s+(` + workSmallNum + `)\s+(?:independent\s+|separate\s+)?(?:reviewers|researchers|coders|raters|assessors|authors)\b`)
	// surveyOpenRe is how long a review's survey or consultation was open:
	// "ran an online survey that was open for five weeks", "the
	// consultation ran for six weeks". The method's housekeeping, no
	// figure; "the clinic was open for six weeks" is no survey. Group 1.
	surveyOpenRe = lazyre.New(`\b(?:survey|questionnaire|consultation|call\s+for\s+evidence)\b[^.;:!?]{0,60}?\b(?:was|were|is|remained|stayed|ran|runs|will\s+(?:be|run|stay|remain))\s+(?:open|live|running)?\s*for\s+(?:about\s+|around\s+|just\s+over\s+|over\s+)?((?:a|one|two|three|four|five|six|seven|eight|nine|ten|twelve|\d{1,2})\s+(?:days?|weeks?|months?))\b`)
)

// maskReviewHousekeeping marks how often a working group met
// (groupMetTimesRe), the reviewers who did a review's checks
// (reviewersDidRe) and how long its survey was open (surveyOpenRe): no
// figures (figures round 88).
func maskReviewHousekeeping(lower string, taken []bool) {
	mark := func(re *lazyre.Regexp) {
		for _, m := range re.FindAllStringSubmatchIndex(lower, -1) {
			for g := 2; g+1 < len(m); g += 2 {
				for i := m[g]; m[g] >= 0 && i < m[g+1]; i++ {
					taken[i] = true
				}
			}
		}
	}
	if strings.Contains(lower, " met ") && strings.Contains(lower, " times") {
		mark(groupMetTimesRe)
	}
	if hasAnyFold(lower, "reviewers", "researchers", "coders", "raters", "assessors", "authors") {
		mark(reviewersDidRe)
	}
	if hasAnyFold(lower, "survey", "questionnaire", "consultation", "call for evidence") && strings.Contains(lower, " for ") {
		mark(surveyOpenRe)
	}
}
