package extract

import (
	"strings"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/lazyre"
)

// ptsRateAfterRe follows a number of "pts" counted per time or per
// person: "30 pts per day", "12 pts a day", "3 pts each". Points of a
// share are never per anything.
var ptsRateAfterRe = lazyre.New(`^\s+(?:per|a|an|each|every)\b`)

// shareLevelAfterRe follows a change with the share it reached, maybe
// after its period and a comma: "by 4 pts to 88%", "by 3 pts in 2023, to
// 91%".
// "by 2 pts from 93% to 91%": from one share to another, each maybe with
// its year, "rose 2 pts from 91% in 2022 to 93% in 2023" (hostile check
// 60: a count of 2 "pts").
var shareLevelAfterRe = lazyre.New(`^(?:\s+(?:in|on|since|over)\s+[^,;:%()]{1,30}?|\s+from\s+\d[\d.]*\s?(?:%|per\s?cent\b)(?:\s+(?:in|on)\s+[^,;:%()]{1,30}?)?)?,?\s+to\s+(?:(?:around|about|nearly|almost|just\s+over|just\s+under)\s+)?\d[\d.]*\s?(?:%|per\s?cent\b)`)

// pointsClauseStartRe finds where a clause begins: after a comma, a
// semicolon or a joining word.
var pointsClauseStartRe = lazyre.New(`(?:[,;:]\s*|\s+(?:while|whereas|but|and|as|although|though)\s+)`)

// shareWordRe is a word naming a share in a clause: "%", "per cent",
// "share", "proportion", "percentage", or a rate that is always one, a
// vaccine's "coverage" or a service's "uptake".
var shareWordRe = lazyre.New(`%|\bper\s?cent\b|\bshare\b|\bproportion\b|\bpercentage\b|\bcoverage\b|\buptake\b`)

// shareNamed reports a sentence with no percent that names a share
// (shareWordRe), so its points may be a share's: "Coverage of the MMR
// vaccine fell 3 pts" (hostile check 59: a count of 3 "pts").
func shareNamed(lower string) bool {
	return (strings.Contains(lower, "share") || strings.Contains(lower, "proportion") || strings.Contains(lower, "coverage") ||
		strings.Contains(lower, "uptake") || strings.Contains(lower, "percentage")) && shareWordRe.MatchString(lower)
}

// readPointsListed reads the changes in points listed after the one
// read up to s[from:], the verb written once for all: "fell 3 pts in
// London and 2 pts in the North West" (hostile check 59: the 2 pts were
// a count of "pts in").
func (r *reader) readPointsListed(from int) {
	for from < len(r.s) {
		m := pointsListedRe.FindStringSubmatchIndex(r.s[from:])
		if m == nil || !pointsListGapRe.MatchString(r.lower[from:from+m[0]]) || ptsRateAfterRe.MatchString(r.lower[from+m[1]:]) {
			return
		}
		r.add(from+m[2], from+m[1], parseNumber(r.s[from+m[2]:from+m[3]]), evidence.UnitOther)
		from += m[1]
	}
}

// shareLevelRe is a percentage, group 1 a word after it that makes it
// a change or a comparison ("45% more pts"), not a share's level.
var shareLevelRe = lazyre.New(`\d\s?(?:%|per\s?cent\b)(\s+(?:more|fewer|less|higher|lower|increase|rise|fall|drop|decrease|up|down)\b)?`)

// shareOwnsPoints reports whether the number of points at lower[a:b]
// ("by 12 pts", "up 3 pts") is a share's own change in points, as "pts"
// is only where the figure it changes is a percentage of the same
// measure: the share it reached after it ("fell by 4 pts to 88%"), a
// share in its own clause ("the share fell by 3 pts"), or, where its
// clause has no subject of its own (", up 3 pts on 2022"), a share's
// level in the clause before ("Coverage was 85% in 2023, up 3 pts on
// 2022"). Elsewhere "pts" are patients: "caseloads rose by 12 pts" in a
// sentence whose share is another clause's, "saw 45% more pts in 2023,
// up by 30 pts per day" (hostile check 57: both were changes in points).
func shareOwnsPoints(lower string, a, b int) bool {
	after := lower[b:]
	if ptsRateAfterRe.MatchString(after) {
		return false
	}
	if shareLevelAfterRe.MatchString(after) {
		return true
	}
	cs := 0
	if ms := pointsClauseStartRe.FindAllStringIndex(lower[:a], -1); len(ms) > 0 {
		cs = ms[len(ms)-1][1]
	}
	head := strings.TrimSpace(lower[cs:a])
	if head != "" && head != "up" && head != "down" {
		return shareWordRe.MatchString(head) // the clause's own subject
	}
	if cs == 0 {
		return false
	}
	ms := shareLevelRe.FindAllStringSubmatchIndex(lower[:cs], -1)
	if len(ms) == 0 {
		return false
	}
	m := ms[len(ms)-1]
	return m[2] < 0 && !changeBefore(tail(lower, m[0]))
}

// ownGroupRe follows a share that names a group: "45% of Year 6
// pupils", "30% of parents".
var ownGroupRe = lazyre.New(`^\s+of\s+[a-z0-9]`)

// otherGroupRe follows a share whose group is counted elsewhere: "45% of
// them", "of those", "of respondents", "of the sample".
var otherGroupRe = lazyre.New(`^\s+of\s+(?:the\s+|all\s+)?(?:them|those|these|respondents|participants|sample|total|whom|which)\b`)

// shareJoinRe ends the text before a count that opens a joined clause
// of its own: "... ran a 5K and ", "..., while ". A count after "from"
// or "out of" ("from 57 replies") is still the share's base.
var shareJoinRe = lazyre.New(`\b(?:and|while|whereas|but)\s+$`)

// shareOfOwnGroupBefore reports count f after a share among before that
// names its own group ("45% of Year 6 pupils") in an earlier clause:
// the share's base is the group it is "of", never a count in another
// clause, so "45% of Year 6 pupils ran a 5K and 2K children took part"
// has no base of 2,000 (hostile check 57: the 2K children were its
// base).
func shareOfOwnGroupBefore(lower string, before []evidence.Figure, f evidence.Figure) bool {
	for _, g := range before {
		end := g.Offset + len(g.Text)
		if g.Unit != evidence.UnitPercent || end > f.Offset {
			continue
		}
		if !ownGroupRe.MatchString(lower[end:]) || otherGroupRe.MatchString(lower[end:]) {
			continue
		}
		if shareJoinRe.MatchString(lower[end:f.Offset]) && !strings.ContainsAny(lower[end:f.Offset], ",;") {
			return true
		}
	}
	return false
}
