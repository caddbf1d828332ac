package extract

import (
	"strings"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/lazyre"
)

// A ceiling a measured count is held against, named by the body that
// sets it: "an average caseload of 430 children, well above the 250 that
// the Institute of Health Visiting recommends", "against the 150
// recommended by their professional body", "well above the ceiling of
// 250 recommended by the Institute", "against the 6 that the criteria
// would suggest", "against the 250 it regards as safe". The ceiling is a
// count of the same people, as the development set's conventions label
// it ("against the 250 recommended"). Written bare, after "the" and a
// word that sets it beside the count, it was no figure: its clause says
// what it counts only by the body's word after it.

var (
	// heldCeilingLeadRe ends with the words that set a bare number
	// beside a count as what it is held against: "against the", "well
	// above the", "twice the", "compared with the", "above the ceiling
	// of", "below the level of".
	heldCeilingLeadRe = newEndRe(lazyre.New(`(?i)\b(?:against|above|below|beyond|exceeding|exceeds?|twice|double|compared\s+(?:with|to))\s+the\s+(?:(?:level|ceiling|figure|maximum|limit|number)\s+of\s+)?$`))
	// heldCeilingSetRe follows the number: the body's word that sets
	// it, within its clause, "that the Institute recommends", "recommended
	// by", "the iHV recommends", "that we advise", "it regards as safe",
	// "that the criteria would suggest".
	heldCeilingSetRe = lazyre.New(`(?i)^(?:(?:that|which)\s+)?(?:[a-z’'-]+\s+){0,8}?(?:recommend(?:s|ed)?|advis(?:es|ed|e)|suggests?|suggested|suggest|(?:regards?|regarded|considers?|considered|sees?)\s+as\s+safe|says?\s+is\s+safe|(?:is|are)\s+safe)\b`)
)

// heldCeiling reports the bare number whose qualifier starts at start,
// the word after it at next, a ceiling a count the sentence gave before
// it is held against (heldCeilingLeadRe, heldCeilingSetRe).
func (r *reader) heldCeiling(start, next int) bool {
	if !strings.Contains(r.lower, "the ") || !r.caseloadBefore(start) || !heldCeilingLeadRe.MatchString(tail(r.lower, start)) {
		return false
	}
	return heldCeilingSetRe.MatchString(r.lower[next:])
}

// caseloadBefore reports a count, or a caseload per worker (a rate,
// "500 to 700 children per health visitor"), read before i.
func (r *reader) caseloadBefore(i int) bool {
	for _, f := range r.figs {
		if f.Offset < i && (f.Unit == evidence.UnitCount || f.Unit == evidence.UnitOther && caseloadRe.MatchString(f.Text)) {
			return true
		}
	}
	return false
}
