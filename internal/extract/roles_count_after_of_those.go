package extract

import (
	"strings"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/lazyre"
)

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

// includingAsideRe is an aside naming a part of the total a sentence
// states: ", including the examiner's fee of £6,200,".
var includingAsideRe = lazyre.New(`,\s+(?:including|excluding|of\s+which|among\s+them)\b(?:[^,;]|,\d){1,120},`)

// asideVerbRe opens what follows such an aside when it closes the
// subject and the sentence's verb follows: "were £21,000", "rose to".
// A list that goes on after the aside's comma ("including 14 parents,
// four practices and ...") is no aside closed.
var asideVerbRe = lazyre.New(`^\s*(?:were|was|is|are|rose|fell|totalled|totaled|came\s+to|amounted\s+to|reached|stood\s+at|increased|decreased|grew|dropped|went\s+(?:up|down)|cost|costs)\b`)

// markAsideParts makes the figure after an aside naming a part of it
// the headline ("Governance costs, including the independent examiner's
// fee of £6,200, were £21,000."): the aside's figure is a part of the
// total the sentence states, as its first figure it was the headline.
// Only where no figure is the headline yet and the two share a unit.
func markAsideParts(lower string, figs []evidence.Figure) {
	if len(figs) < 2 || !strings.Contains(lower, ", ") {
		return
	}
	for _, f := range figs {
		if f.Role == evidence.RoleHeadline {
			return
		}
	}
	for _, m := range includingAsideRe.FindAllStringIndex(lower, -1) {
		if !asideVerbRe.MatchString(lower[m[1]:]) {
			continue
		}
		for i := 0; i+1 < len(figs); i++ {
			a, b := figs[i], &figs[i+1]
			if a.Offset > m[0] && a.Offset+len(a.Text) < m[1] && b.Offset >= m[1] && b.Role == "" && a.Role == "" && a.Unit == b.Unit {
				b.Role = evidence.RoleHeadline
				return
			}
		}
	}
}
