package extract

import (
	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/lazyre"
)

// targetHeaderRe heads a column of levels a contract or plan sets, not
// levels found: "Threshold", "Target", "Standard", "Required level",
// "Target by December 2027".
// A year may follow with no preposition ("Target 2030").
var targetHeaderRe = lazyre.New(`(?i)^(?:kpi\s+|performance\s+|minimum\s+|national\s+|contract(?:ual)?\s+)?(?:thresholds?|targets?|standards?|required\s+levels?|trajector(?:y|ies))(?:\s+(?:(?:by|for|in)\s+[\w/ –-]{2,30}|(?:19|20)\d{2}(?:\s*(?:/|-|–|to)\s*\d{2,4})?))?(?:\s+\((?:%|per\s*cent)\))?$`)

// targetsOnly reports a table row whose figures all stand under target
// headers (targetHeaderRe; columns is each figure's header): a table of
// what a contract requires ("KPI 1 | 95% | Monthly"), which finds
// nothing. A row with a found level beside its target ("| 90% | 84% |"
// under "Target | April") keeps both, as the set labels them.
func targetsOnly(columns []string) bool {
	for _, h := range columns {
		if !targetHeaderRe.MatchString(h) {
			return false
		}
	}
	return len(columns) > 0
}

// planHeaderRe heads a column of the levels a plan set for a year: "Plan
// 2025/26", "Planned", "Plan for 2026", and the year first: "2026/27
// plan", "2027/28 ambition".
var planHeaderRe = lazyre.New(`(?i)^(?:(?:operational\s+)?(?:plan|planned|ambition)(?:\s+(?:for\s+|in\s+)?(?:\d{4}(?:\s*(?:/|-|–|to)\s*\d{2,4})?|q[1-4]))?|\d{4}(?:\s*(?:/|-|–|to)\s*\d{2,4})?\s+(?:plan|planned|ambition|target|trajectory))$`)

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
