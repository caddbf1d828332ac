package extract

import (
	"strings"

	"github.com/cypx/cypx/internal/lazyre"
)

// subsectionNumberRe is a heading's subsection number, "1.2" in "1.2
// Early support", with its first part.
var subsectionNumberRe = lazyre.New(`^(\d{1,2})\.\d{1,2}(?:\.\d{1,2})*\.?\s+\S`)

// recSubsection reports a heading that numbers a subsection of the
// recommendations opened by the heading rec ("1.2 Early support" under
// "Recommendations", "4.1 Access" under "4 Recommendations"): a guideline
// page's import sets it at its parent's level, where a sibling heading
// would end the recommendations. Under a numbered heading the subsection's
// first number must be the heading's.
func recSubsection(rec, h string) bool {
	m := subsectionNumberRe.FindStringSubmatch(strings.TrimSpace(h))
	if m == nil {
		return false
	}
	if n := leadingNumber(strings.TrimSpace(rec)); n != "" {
		return n == m[1]
	}
	return true
}

// leadingNumber is the whole number a heading opens with ("4" of "4
// Recommendations", "4." too), "" when none.
func leadingNumber(h string) string {
	i := 0
	for i < len(h) && isDigit(h[i]) {
		i++
	}
	if i == 0 || i < len(h) && h[i] != ' ' && h[i] != '.' {
		return ""
	}
	return h[:i]
}
