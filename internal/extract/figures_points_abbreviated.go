package extract

import (
	"strings"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/lazyre"
	"github.com/cypx/cypx/internal/measure"
)

// ppAfterNumberRe is a number with percentage points abbreviated after it:
// "3pp", "3 ppts", "3 ppt".
var ppAfterNumberRe = lazyre.New(`(?i)\d\s?(?:(?:pp|ppts?)\b|p\.p\.|(?:pct|pc)\s+(?:points?|pts?)\b)`)

// pointsAbbrev reports a number with percentage points abbreviated after
// it, so a sentence with no "%" is still read for one ("fell by 3pp").
func pointsAbbrev(lower string) bool {
	return (strings.Contains(lower, "pp") || strings.Contains(lower, "p.p.") || strings.Contains(lower, "pc")) && ppAfterNumberRe.MatchString(lower)
}

// pointsGapAfterRe follows a gap in points between two levels: "3pp
// below the national average", "3 ppts on 2022".
var pointsGapAfterRe = lazyre.New(`(?i)^\s*(?:below|above|behind|ahead\s+of|short\s+of|on\s+(?:the\s+)?(?:year|previous|last|same|(?:19|20)\d\d))\b`)

// pointsAbbrevRead reports whether a number with "pp", "ppt" or "ppts"
// after it (s[a:b], unit its abbreviation) is a change or gap in
// percentage points: a verb of change before it ("fell by 3pp", "up 3
// ppts"), or a change's or gap's word after it ("a 3pp fall", "3pp
// below"). "pp" is also pages ("a 12pp report") and, after a sum, per
// person, so with neither it is no figure. Points written in full are
// always read.
func pointsAbbrevRead(lower, unit string, a, b int) bool {
	u := strings.ToLower(strings.TrimSpace(unit))
	if strings.HasPrefix(u, "percentage") || strings.HasPrefix(u, "%") && strings.Contains(u, "pt") {
		return true
	}
	if start, q := qualifierBefore(lower, a); q != "" {
		a = start // "fell by around 3pp": the verb before the hedge
	}
	if strings.Contains(u, "point") && pointsVerbAfterRe.MatchString(lower[b:]) && !changeVerbBeforeRe.MatchString(tail(lower, a)) {
		return false // "an increase of 12% points to a need": a verb
	}
	if strings.HasSuffix(lower[:a], "£") {
		return false // "up £25pp": per person
	}
	if strings.TrimSpace(unit) == "PP" && pupilPremiumNoun(lower[b:]) {
		return false // "by 12 PP pupils": pupil premium
	}
	if pagesRe.MatchString(lower) {
		return false // "grown by 12pp this year to 80 pages": pages
	}
	if ofAfterRe.MatchString(lower[b:]) {
		return false // "12pp of new material": pages of it
	}
	signed := strings.HasPrefix(lower[a:], "-") || strings.HasPrefix(lower[a:], "+") || strings.HasPrefix(lower[a:], "−")
	if signed || signedRe.MatchString(lower[:a]) || shareBracketRe.MatchString(lower[:a]) || gapBeforeRe.MatchString(lower[:a]) {
		return true // "dropped by -3pp", "85% (3pp on 2022)", "a gap of 4pp"
	}
	return changeBefore(lower[:a]) || changeAfterRe.MatchString(lower[b:]) || pointsGapAfterRe.MatchString(lower[b:]) ||
		listedPoints(lower, a)
}

// pointsListGapRe is the text between two changes in points listed after
// one verb: " in 2023 and by ", ", ", " and ", " in the north, ", "
// respectively, and in Surrey by " (hostile check 60: the 1pp after it
// was lost).
var pointsListGapRe = lazyre.New(`^(?:\s+(?:in|on|since|for|among|across|at)\s+[^,;:()]{1,30}?)?(?:\s+respectively)?(?:\s*,|,?\s+and|,?\s+or)\s+(?:(?:in|for|among|across)\s+[^,;:()\d]{1,30}?\s+by\s+)?(?:by\s+)?$`)

// listedPoints reports a number at lower[a:] listed after a change or gap
// in points that is read ("fell by 3 percent points in 2023 and by 2
// percent points in 2022", "fell by 2pp, 3pp and 4pp"): each in the list
// is read as the first is, the verb written once for all. Before (hostile
// check 55) the second was a share of 2% of 2022, or no figure.
func listedPoints(lower string, a int) bool {
	lead := before(lower, a, 80)
	at := a - len(lead)
	ms := percentRe.FindAllStringSubmatchIndex(lead, -1)
	if len(ms) == 0 {
		return false
	}
	// The nearest in points of the list, over values in another unit
	// listed between: "fell by 3pp, 2% and 1pp" reads the 1pp as the 3pp
	// is (hostile check 59: it was lost).
	end := len(lead)
	for k := len(ms) - 1; k >= 0; k-- {
		m := ms[k]
		if !pointsListGapRe.MatchString(lead[m[1]:end]) || precededByLetter(lead, m[4]) {
			return false
		}
		if measure.PercentagePoints(lead[m[0]:m[1]]) {
			return pointsAbbrevRead(lower, lead[m[6]:m[7]], at+m[0], at+m[1])
		}
		end = m[0]
	}
	return false
}

// pointsListed reports a change in points figs[i] listed after the change
// in points before it, the verb written once for both: "fell 3 %pts in
// 2023 and 2 %pts in 2022" are two changes. The one list listedPoints
// reads. A gap after the list ("fell 3pp, 2 points short of the 95%
// target") is no change of it (hostile check 57).
//
// A share listed between two changes in points is a change of the list
// too, and a change in points after it still the list's: "fell by 3pp,
// 2% and 1pp" are three changes. Before (hostile check 59) the 1pp was
// lost and the 2% took the 3pp as its change.
func pointsListed(lower string, figs []evidence.Figure, i int) bool {
	g := figs[i]
	if pointsGapAfterRe.MatchString(lower[g.Offset+len(g.Text):]) || !listedAfterChange(lower, figs, i) {
		return false
	}
	if inListedPoints(lower, figs, i) {
		return true
	}
	return g.Unit == evidence.UnitPercent && i+1 < len(figs) && listedGap(lower, g, figs[i+1]) && measure.PointsChange(figs[i+1])
}

// listedAfterChange reports figs[i] listed, over values listed between,
// after a change in points: the list's verb is written once.
func listedAfterChange(lower string, figs []evidence.Figure, i int) bool {
	for j := i - 1; j >= 0; j-- {
		f := figs[j]
		if f.Role != evidence.RoleChange || !listedGap(lower, f, figs[j+1]) {
			return false
		}
		if inListedPoints(lower, figs, j) {
			return true
		}
	}
	return false
}

// listedGap reports g listed right after f: ", ", " and ", " in 2023 and
// by ".
func listedGap(lower string, f, g evidence.Figure) bool {
	end := f.Offset + len(f.Text)
	return g.Offset >= end && pointsListGapRe.MatchString(lower[end:g.Offset])
}

// inListedPoints reports figs[i] in percentage points: its text says so,
// or it is a bare number listed before one that does, the unit written
// once for the list ("fell by 3, 2 and 1 percentage points"). Before
// (hostile check 58) only the first, after the verb, was a change.
func inListedPoints(lower string, figs []evidence.Figure, i int) bool {
	for ; i < len(figs); i++ {
		f := figs[i]
		if measure.PointsChange(f) {
			return true
		}
		if f.Unit != evidence.UnitOther || !bareNumberRe.MatchString(f.Text) || i+1 == len(figs) ||
			figs[i+1].Offset < f.Offset+len(f.Text) || !pointsListGapRe.MatchString(lower[f.Offset+len(f.Text):figs[i+1].Offset]) {
			return false
		}
	}
	return false
}

// bareNumberRe is a figure's text that is a number alone, its unit
// written after a later one: "3", "2.5", "three".
var bareNumberRe = lazyre.New(`(?i)^(?:\d{1,3}(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)$`)

// pointsVerbAfterRe follows "points" after a percent that is a verb:
// "an increase of 12% points to a need for staff", "45 per cent points
// out". Points of a share are followed by the level they reach ("fell by
// 3% points to 85%"), a period or the clause's end.
var pointsVerbAfterRe = lazyre.New(`^\s+(?:(?:to|towards)\s+[^\d\s£.,;:)\]]|out\b)`)

// changeVerbBeforeRe ends with a verb of change the sentence's subject
// has before its figure: "The rate rose by 10% points towards the target"
// is a change of 10 points, "points" no verb, as "An increase of 45%
// points towards a need" (a noun, then the verb) is not (hostile check
// 55: the 10 points were a relative change of 10%).
var changeVerbBeforeRe = newEndRe(lazyre.New(`(?i)\b(?:` + changeVerbs + `)\s+(?:by\s+)?$`))

// changeVerbs are the verbs of a change a number of points follows ("rose
// 3 points", "fell by 2 pts"): one list for both readers.
const changeVerbs = `rose|risen|fell|fallen|increased|decreased|dropped|declined|grew|grown|climbed|jumped|improved`

// countLevelAfterRe follows a change in points with the level it reached
// as a count: "fell by 12 pts to 300".
var countLevelAfterRe = lazyre.New(`(?i)^\s+to\s+\d[\d,.]*(?:\s+per\s?cent\b|%)?`)

// countLevelAfter reports a change followed by a count it reached (after
// is the text after it): "Caseloads fell by 12 pts to 300" counts
// patients, no points of a share, whatever share the sentence holds.
func countLevelAfter(after string) bool {
	m := countLevelAfterRe.FindString(after)
	return m != "" && !strings.HasSuffix(m, "%") && !strings.HasSuffix(strings.ToLower(m), "cent")
}

// ofAfterRe follows "pp" of pages that are part of something: "12pp of
// new material", "3pp of the guide". Points are seldom of anything.
var ofAfterRe = lazyre.New(`^\s+of\b`)

// signedRe ends the text before a number with a plus or minus sign of
// its own ("changed by +3pp", "85% (-3pp)"): a change, never a page.
// A sign after a digit ("4-6pp") is a range's dash.
var signedRe = lazyre.New(`(?:^|[\s(\[])(?:[+±-]|−)$`)

// shareBracketRe ends the text before a number in a bracket after a
// share: "85% (3pp on 2022)", "85 per cent (3pp)".
var shareBracketRe = lazyre.New(`(?:%|\bper\s?cent)\s*[(\[]\s*$`)

// gapBeforeRe ends the text before a number that a gap or difference
// is or moves by, the gap named just before with what it is in or
// between: "a gap of 4pp", "the gap in coverage between boys and girls
// was 12pp", "the gap widened to 5pp", "narrowed by 2pp to 10pp" (the
// level after a change in points is in points). Before (hostile check
// 55) only the full words were read so, and "4pp" stayed in the measure.
// "The gap analysis ran to 40pp" names no gap's size.
var gapBeforeRe = lazyre.New(`(?:\b(?:gaps?|differences?|differentials?)(?:\s+(?:in|between|for|among|across|on)\b[^;:,()]{0,60}?)?\s+(?:of|(?:was|is|were|are|remains?|remained|stands?|stood)(?:\s+at)?|(?:has\s+|had\s+|have\s+)?(?:widened|narrowed|grown|grew|fallen|fell|closed|shrunk|shrank|increased|decreased|reduced|risen|rose)\s+(?:to|by))|\d\s?(?:pp|ppts?)\s+to)\s+$`)

// percentSignEnd is the end of the percent sign or word in a figure's
// unit s[a:b] written "% points" or "percent points" that is no change
// or gap in points, or -1 for "pp": "45% points to a gap" is a share of
// 45% and "points" a verb after it, as it was read before "3% points"
// was points (hostile check 54).
func percentSignEnd(s string, a, b int) int {
	u := strings.ToLower(s[a:b])
	if k := strings.IndexByte(u, '%'); k >= 0 {
		return a + k + 1
	}
	if k := strings.Index(u, "cent"); k >= 0 {
		return a + k + len("cent")
	}
	if k := strings.Index(u, "pct"); k >= 0 {
		return a + k + len("pct")
	}
	if k := strings.Index(u, "pc"); k >= 0 {
		return a + k + len("pc")
	}
	return -1
}

// pagesRe finds a sentence about a document's pages or length, where "pp"
// after a number is pages: "has grown by 12pp this year to 80 pages",
// "increased by 20pp in length". Read as points, they were changes of a
// share (hostile check 54).
var pagesRe = lazyre.New(`\bpages?\b|\bin\s+length\b`)

// pointsWordAfterRe is a word that may follow points abbreviated in
// capitals ("by 3PP to 90%", "3 PP on 2022", "3 PP below"): a
// preposition, a conjunction or a change's or gap's word, never what is
// counted.
var pointsWordAfterRe = lazyre.New(`^\s+(?:to|on|in|from|since|over|between|and|or|but|while|with|against|compared|than|this|last|year|points?)\b`)

// pupilPremiumNoun reports a noun after "PP" in capitals (after is the
// lower-case text after it): "12 PP pupils", "4 PP pupils in 2023", "120
// PP places" count pupils or places of the pupil premium, as they were
// read before "3pp" was points (hostile check 54: they were changes in
// points). A change's or gap's word or a preposition after it leaves
// points ("fell by 3PP to 90%").
func pupilPremiumNoun(after string) bool {
	if len(after) < 2 || after[0] != ' ' || !isLetter(after[1]) {
		return false
	}
	return !pointsWordAfterRe.MatchString(after) && !changeAfterRe.MatchString(after) && !pointsGapAfterRe.MatchString(after)
}

// pointsAboveRe opens the time a figure in points is compared with
// after it: "above 2022", "below the previous year", "above that in
// 2022".
var pointsAboveRe = lazyre.New(`^\s*(?:above|below)\s+(?:that\s+|the\s+level\s+)?`)

// comparedYearRe opens a comparison with a year written alone: "2022",
// "2022/23", "2022's".
var comparedYearRe = lazyre.New(`^(?:(?:19|20)\d{2}(?:[-/–]\d{2,4})?\b|the\s+year\s+before\b)`)

// pointsAboveTime reports a figure in points above or below a time after
// it (after is the text after the figure): "3pp above 2022" is a change
// on 2022, as "3 percentage points higher than in 2022" is. Before
// (hostile check 55) 2022 was the figure's period and "above" its
// measure. Above or below anything else ("3pp below the England
// average") stays a gap between two levels, no change.
func pointsAboveTime(f evidence.Figure, after string) bool {
	if !measure.PointsChange(f) {
		return false
	}
	m := pointsAboveRe.FindStringIndex(after)
	if m == nil {
		return false
	}
	rest := after[m[1]:]
	return comparedYearRe.MatchString(rest) || timeAfterRe.MatchString(rest)
}

// signedPoints reports a figure in points with a sign of its own, "85%
// (-3pp)", "(+3pp on 2022)", "(88% in 2022, -3pp)": a change, as "(down
// 3pp)" is. Before (hostile check 55) it was a figure of -3 with no role,
// read beside the 85% as another level.
func signedPoints(lower string, f evidence.Figure) bool {
	if !measure.PointsChange(f) {
		return false
	}
	t := f.Text
	return strings.HasPrefix(t, "-") || strings.HasPrefix(t, "+") || strings.HasPrefix(t, "−") || signedRe.MatchString(tail(lower, f.Offset))
}
