package extract

import (
	"strings"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/lazyre"
)

// changeLevelRe is the level a change ends at, a bare number after the
// verb of change: "Referrals rose by 18% this year, to 231", "Referrals
// rose to 231". Group 1; what follows is the clause's end, not a unit
// or a noun of its own (those are read as theirs).
var changeLevelRe = lazyre.New(`(?i)(?:\b(?:rose|risen|fell|fallen|increased|decreased|grew|grown|dropped|climbed|jumped|went\s+(?:up|down))\b|,\s*(?:up|down)\s+(?:by\s+)?\d[\d.,]*\s?(?:%|per\s?cent\b))[^.;:!?£]{0,40}?\bto\s+(` + numberRe + `)` + changeLevelEnd)

// changeLevelEnd ends the level a change ends at: the clause's end, or a
// time, "and" or "a year" after it.
const changeLevelEnd = `(?:\s*[,.;:)]|\s+(?:this|last|in|by|from|over|during|and|a\s+year)\b|\s*$)`

// laterLevelRe is a later "to" and the level after it, where the first
// "to" of a change's words joined two years: "rose by 38% between 2019
// to 2020 and 2024 to 2025, to 612 a year". Group 1 is the level.
var laterLevelRe = lazyre.New(`^[^.;:!?£]{0,60}?\bto\s+(` + numberRe + `)` + changeLevelEnd)

// readChangeLevel reads the level a change ends at (changeLevelRe) as a
// count, as the subject counts what changed: the number the change
// reached is the finding as much as the change. A year, an age or a
// number already read stay as they are, and so does a change with its
// start ("from 120 to 215").
func (r *reader) readChangeLevel() {
	for _, m := range changeLevelRe.FindAllStringSubmatchIndex(r.s, -1) {
		// "from 18 years old to 25": a change's two ends are
		// readChangeEnds', which knows the first end's unit.
		for k := 0; k < 3 && isYearNumber(r.s[m[2]:m[3]]); k++ {
			// "between 2019 to 2020 and 2024 to 2025, to 612": the
			// years' "to" is no level's; the level is the later one.
			l := laterLevelRe.FindStringSubmatchIndex(r.s[m[3]:])
			if l == nil {
				break
			}
			m[2], m[3] = m[3]+l[2], m[3]+l[3]
		}
		if strings.Contains(r.lower[m[0]:m[2]], "from ") || !r.countable(m[2], m[3]) || strings.HasPrefix(strings.TrimSpace(r.lower[m[3]:]), "per") {
			continue
		}
		r.add(m[2], m[3], parseNumber(r.s[m[2]:m[3]]), evidence.UnitCount)
	}
}
