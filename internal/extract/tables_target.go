package extract

import (
	"strings"
	"unicode"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/lazyre"
)

// targetHeaderRe heads a column of levels a contract or plan sets, not
// levels found: "Threshold", "Target", "Standard", "Required level",
// "Target by December 2027", and one naming the period it is set for
// before or after it ("Target 2026/27", "Target Mar 2026", "2030
// target").
var targetHeaderRe = lazyre.New(`(?i)^(?:` + setPeriod + `\s+)?(?:kpi\s+|performance\s+|minimum\s+|national\s+|contract(?:ual)?\s+)?(?:thresholds?|targets?|standards?|required\s+levels?|trajector(?:y|ies))(?:\s+(?:(?:by|for|in)\s+[\w/ –-]{2,30}|` + setPeriod + `))?(?:\s+\((?:%|per\s*cent)\))?$`)

// setPeriod is the year, quarter or month a target or plan column is set
// for, bracketed or not: "2026/27", "(2029)", "Q4 2026/27", "Mar 2026".
const setPeriod = `\(?(?:\d{4}(?:\s*(?:/|-|–|to)\s*\d{2,4})?|q[1-4](?:\s+\d{4}(?:\s*/\s*\d{2})?)?|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{4})\)?`

// targetsOnly reports a table row whose figures all stand under target
// or plan headers (setLevelHeader; columns is each figure's header): a
// table of what a contract requires ("KPI 1 | 95% | Monthly") or of a
// plan's levels year by year ("| MHSTs | 9 | 12 |" under "2025/26 plan |
// 2026/27 plan"), which finds nothing. A row with a found level beside
// its target ("| 90% | 84% |" under "Target | April") keeps the found
// level alone (withoutSetLevels).
func targetsOnly(columns []string) bool {
	for _, h := range columns {
		if !setLevelHeader(h) {
			return false
		}
	}
	return len(columns) > 0
}

// planHeaderRe heads a column of the levels a plan set for a year: "Plan
// 2025/26", "Planned", "Plan for 2026", "2026/27 plan", "Ambition
// (2029)", "2027 ambition".
var planHeaderRe = lazyre.New(`(?i)^(?:` + setPeriod + `\s+)?(?:operational\s+)?(?:plan|planned|ambition)(?:\s+(?:for\s+|in\s+)?` + setPeriod + `)?$`)

// setLevelHeader reports a header over levels set, not found: a target,
// standard or trajectory (targetHeaderRe) or a plan's level for a year
// (planHeaderRe).
func setLevelHeader(h string) bool {
	h = strings.TrimSpace(h)
	return targetHeaderRe.MatchString(h) || planHeaderRe.MatchString(h) || targetMeasureHeaderRe.MatchString(h)
}

// targetMeasureHeaderRe heads a column of targets for the measure it
// names, with its unit: "Target median (weeks)", "Target wait (days)",
// "Standard rate (%)": levels set beside the levels found.
var targetMeasureHeaderRe = lazyre.New(`(?i)^(?:target|standard|threshold|maximum\s+target)\s+(?:median|mean|average|maximum|minimum|longest)?\s*(?:wait(?:ing\s+time)?|waits|level|rate|share|coverage|time)?\s*\((?:weeks?|days?|months?|%|per\s*cent)\)$`)

// withoutSetLevels drops a table row's figures under target and plan
// headers (setLevelHeader) where a level found stands beside them: a
// target or a year's plan is no measured fact, so "| Pupils covered |
// 38% | 55% |" under "Baseline 2024/25 | Target 2026/27" states 38% alone
// (the development set's convention). Before, the target was a second
// figure of the row, cited as if found. A row of set levels only is left
// to targetsOnly. keep is parallel to figs (the row's spanning flags),
// and so is described (describedCell): a figure in a measure's
// description ("| KPI 2 | Seen within 4 weeks | 75% |" under "KPI |
// Measure | Threshold") is what the target is counted against, no level
// found.
func withoutSetLevels(columns []string, figs []evidence.Figure, keep, described []bool) ([]string, []evidence.Figure, []bool) {
	if len(columns) != len(figs) || len(keep) != len(figs) || len(described) != len(figs) {
		return columns, figs, keep
	}
	found := false
	for i, h := range columns {
		found = found || h != "" && !setLevelHeader(h) && !described[i]
	}
	if !found {
		return columns, figs, keep
	}
	var cs []string
	var fs []evidence.Figure
	var ks []bool
	for i, h := range columns {
		if setLevelHeader(h) {
			continue
		}
		cs, fs, ks = append(cs, h), append(fs, figs[i]), append(ks, keep[i])
	}
	return cs, fs, ks
}

// describedCell reports a cell of words that names a measure rather than
// giving its value: four words or more of letters ("Routine referrals
// seen within 4 weeks"), where a value's cell holds at most a unit and a
// qualifier ("71 weeks", "Under 3 weeks", "1,870 (Sep 2026)").
func describedCell(text string) bool {
	words := 0
	for _, w := range strings.Fields(text) {
		if strings.IndexFunc(w, unicode.IsLetter) >= 0 {
			words++
		}
	}
	return words >= 4
}

// pastPeriodHeaderRe heads a column of a level before the latest, named
// from it: "Previous month", "Prior quarter", "Last year", "Same month
// last year".
var pastPeriodHeaderRe = lazyre.New(`(?i)^(?:the\s+)?(?:(?:previous|prior|last|preceding)\s+(?:calendar\s+|financial\s+|reporting\s+)?(?:week|month|quarter|year|period)|same\s+(?:week|month|quarter|period)\s+(?:last|a|the\s+previous)\s+year)$`)

// latestHeaderRe heads a column of the latest level beside earlier or
// planned ones: "Latest", "Latest 2024/25", "Current position", "Most
// recent (Q2)".
// A place's level now ("Fernleigh now", "Now") is its latest too.
var latestHeaderRe = lazyre.New(`(?i)^(?:(?:[a-z]+\s+){0,2}now|latest|current|most\s+recent)(?:\s+(?:position|value|figure|data|level|rate|outturn|actual))?(?:\s+\(?(?:\d{4}(?:\s*(?:/|-|–|to)\s*\d{2,4})?|q[1-4](?:\s+\d{4})?|[a-z]{3,9}\s+\d{4})\)?)?$`)

// headlineBesideTarget makes a row's first level under a header that is
// no target or plan (targetHeaderRe, planHeaderRe) its headline, where
// the row's figures stand under both: "| Seen within one week | 95% | 81%
// |" under "Plan 2025/26 | Outturn March 2026" found 81%, and the plan's
// 95%, the first figure, was the headline. Only a row of one level found
// beside its targets: which of several periods' levels leads is not told
// ("| 95% | 71% | 78% |" under "Target | Q1 | Q2"); a level under a
// column of an earlier period named from the latest ("Previous month",
// pastPeriodHeaderRe) is no other level found. A figure with a role
// keeps it; a row with a headline already is left alone. A scorecard's
// "Latest 2024/25" column beside its baseline, ambition and England's
// level leads however many levels stand beside it.
func headlineBesideTarget(columns []string, figs []evidence.Figure) {
	if len(columns) != len(figs) {
		return
	}
	latest := -1
	for i, h := range columns {
		if figs[i].Role == evidence.RoleHeadline {
			return
		}
		if latest < 0 && figs[i].Role == "" && latestHeaderRe.MatchString(h) {
			latest = i
		}
	}
	if latest >= 0 && len(figs) > 1 {
		figs[latest].Role = evidence.RoleHeadline
		return
	}
	target, found, levels := false, -1, 0
	for i, h := range columns {
		switch {
		case figs[i].Role == evidence.RoleHeadline:
			return
		case targetHeaderRe.MatchString(h) || planHeaderRe.MatchString(h):
			target = true
		case pastPeriodHeaderRe.MatchString(h):
			// "Previous month", "Same quarter last year": an earlier
			// level beside the latest, which leads.
		case h != "" && figs[i].Role == "":
			levels++
			if found < 0 {
				found = i
			}
		}
	}
	if target && levels == 1 {
		figs[found].Role = evidence.RoleHeadline
	}
}
