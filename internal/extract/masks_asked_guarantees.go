package extract

import (
	"strings"

	"github.com/cypx/cypx/internal/lazyre"
)

// askedGuaranteeRe is the time limit of a guarantee an ask wants a body to
// give: "We are calling on the council to guarantee every family an
// assessment within 12 weeks of asking", "The ICB should guarantee a first
// appointment within six weeks". What is asked for, not a finding; "only
// 40% were seen within 12 weeks" stays a figure. Group 1 is the limit.
var askedGuaranteeRe = lazyre.New(`\b(?:should|must|needs?\s+to|(?:calling|calls?)\s+on\s+[^.;:%£]{2,80}?\s+to|(?:asking|asks?|urging|urges?)\s+[^.;:%£]{2,80}?\s+to)\s+(?:urgently\s+|now\s+|also\s+)?(?:guarantee|promise|commit\s+to)\b[^.;:%£]{0,120}?\bwithin\s+(` + s48Num + `\s+(?:hours|days|working\s+days|weeks|months))\b[^%£]*$`)

// maskS68Counts marks the not-figures above, from set 68: the time limit
// of a guarantee an ask wants.
func maskS68Counts(lower string, taken []bool) {
	if !strings.Contains(lower, "guarantee") && !strings.Contains(lower, "promise") && !strings.Contains(lower, "commit") {
		return
	}
	for _, m := range askedGuaranteeRe.FindAllStringSubmatchIndex(lower, -1) {
		for i := m[2]; m[2] >= 0 && i < m[3]; i++ {
			taken[i] = true
		}
	}
}
