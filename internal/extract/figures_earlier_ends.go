package extract

import (
	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/lazyre"
)

// earlierEndRe is a change told level first and its earlier value after:
// "fell to 61, from 88 the year before", "rose to 412 in the quarter,
// from 297 in Q2 last year". Group 1 is the level, group 2 the earlier
// value, which ends its clause or names its time.
var earlierEndRe = lazyre.New(`(?i)\b(?:rose|risen|fell|fallen|increased|decreased|dropped|grew|grown|climbed|declined|went\s+(?:up|down))\s+to\s+(` + numberRe + `)\b[^.;:%£]{0,40}?,?\s+from\s+(` + numberRe + `)(?:\s*$|\s*[.,;)]|\s+(?:the|a|in|last|this|on|at|during|over)\b)`)

// earlierAfterLevelRe is a level told with a verb of being and its
// earlier value after it: "Referrals were 410 in June 2023, down from 455
// in March" (hostile check 63: 455 had no figure of its own). Groups as
// earlierEndRe's.
var earlierAfterLevelRe = lazyre.New(`(?i)\b(?:was|were|stood\s+at|totalled|reached)\s+(` + numberRe + `)\b[^.;:%£]{0,40}?,\s+(?:down|up)\s+from\s+(` + numberRe + `)(?:\s*$|\s*[.,;)]|\s+(?:the|a|in|last|this|on|at|during|over)\b)`)

// readEarlierEnds reads the earlier value of a change told level first
// (earlierEndRe, earlierAfterLevelRe) in the level's unit: bare, with no noun of its own, it
// was no figure.
func (r *reader) readEarlierEnds() {
	for _, m := range append(earlierEndRe.FindAllStringSubmatchIndex(r.s, -1), earlierAfterLevelRe.FindAllStringSubmatchIndex(r.s, -1)...) {
		la, lb, a, b := m[2], m[3], m[4], m[5]
		if !r.free(a, b) || isYearNumber(r.s[a:b]) {
			continue
		}
		for _, f := range r.figs {
			if f.Offset <= la && lb <= f.Offset+len(f.Text) && !f.IsRange() {
				switch f.Unit {
				case evidence.UnitCount, evidence.UnitOther, evidence.UnitWeeks, evidence.UnitMonths, evidence.UnitYears:
					r.add(a, b, parseNumber(r.s[a:b]), f.Unit)
				}
				break
			}
		}
	}
}
