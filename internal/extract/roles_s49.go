package extract

import "github.com/cypx/cypx/internal/lazyre"

// countAfterRe opens the words after "of those" or "of these" with a
// count, not a share: "74 (39%)", "52 referred"; "58%" does not match.
var countAfterRe = lazyre.New(`^\s*\d[\d,]*(?:\.\d+)?(?:\s*\(|\s+[a-z]|[,;.]|$)`)

// countAfterPhrase reports "of those" or "of these" followed by a count:
// "29 of those 74 (39%)" counts 29 out of the 74, the base, as "12 of the
// 41" does (ofTheRe); the count before the phrase is no base. Before, 29
// was made the base and the share the headline. "of whom 58%" and "of
// which 5.6 are vacant" keep their reading.
func countAfterPhrase(phrase, rest string) bool {
	if phrase != "of those" && phrase != "of these" {
		return false
	}
	return countAfterRe.MatchString(rest)
}
