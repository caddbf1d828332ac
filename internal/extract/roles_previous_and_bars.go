package extract

import (
	"strings"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/lazyre"
)

// previousClauseRe is a word that makes its clause's figure an earlier
// value of what a later clause reports: "Previously, 58% ...; in 2023,
// 64% were", "Kent previously saw 58% ...; in 2023 it saw 64%", "Before
// the pandemic, 58% ...; by 2023, 64%".
var previousClauseRe = lazyre.New(`\b(?:previously|formerly|until\s+recently|in\s+the\s+past|before\s+the\s+pandemic|pre-pandemic)\b`)

// headlineOverPrevious makes the value of a later clause the headline
// where an earlier clause states the value it had "previously": the
// sentence reports the current value, and the earlier one is what it
// changed from. Before (hostile check 66), the first share (the earlier
// 58%) headed the item, and a briefing quoted it as the finding.
func headlineOverPrevious(lower string, figs []evidence.Figure) {
	if len(figs) < 2 || !previousClauseRe.MatchString(lower) {
		return
	}
	clause := clauseIndexes(lower, figs)
	for i, f := range figs {
		if f.Role != "" && f.Role != evidence.RoleHeadline || f.IsRange() || !previousValue(lower[clauseStart(lower, f.Offset):f.Offset]) {
			continue
		}
		for j := i + 1; j < len(figs); j++ {
			g := figs[j]
			if clause[j] == clause[i] || g.Unit != f.Unit || g.IsRange() || g.Role != "" && g.Role != evidence.RoleHeadline ||
				previousValue(lower[clauseStart(lower, g.Offset):g.Offset]) {
				continue
			}
			figs[i].Role, figs[j].Role = "", evidence.RoleHeadline
			return
		}
	}
}

// previousValue reports a clause's words before its figure saying the
// figure held before: "previously" of the value, never of a report, "has
// previously reported that the average child waited over a year".
func previousValue(lead string) bool {
	for _, m := range previousClauseRe.FindAllStringIndex(lead, -1) {
		if !reportedAfterRe.MatchString(lead[m[1]:]) {
			return true
		}
	}
	return false
}

// reportedAfterRe follows a "previously" that dates a report, not a value.
var reportedAfterRe = lazyre.New(`^\s+(?:been\s+)?(?:reported|said|found|published|estimated|noted|shown|showed|stated|warned|highlighted|suggested|told|described|identified|recommended|calculated|argued|claimed)\b`)

// clauseStart is where the clause holding byte at begins: after the last
// clause join before it (clauseJoins), or the sentence's start.
func clauseStart(lower string, at int) int {
	start := 0
	for _, sep := range clauseJoins {
		if k := strings.LastIndex(lower[:at], sep); k >= 0 && k+len(sep) > start {
			start = k + len(sep)
		}
	}
	return start
}

// barQualifiers are the words that make a share after a count's verb the
// bar each counted body passed: "38 councils delivered at least 90% of
// checks".
var barQualifiers = map[string]bool{"at least": true, "more than": true, "over": true, "above": true, "under": true,
	"below": true, "less than": true, "fewer than": true, "at most": true, "upwards of": true, "in excess of": true}

// countVerbGapRe is what stands between a count of bodies and the share
// they passed: its verb, "delivered", "had", "achieved", of a word or
// three with no clause join.
var countVerbGapRe = lazyre.New(`^(?:\s+(?:[a-z’'-]+\s+){0,2}?[a-z’'-]+)\s+$`)

// countOfBaseRe is the words between a count and the base it is of: "
// of the ", " of ".
var countOfBaseRe = lazyre.New(`^\s+(?:out\s+)?of\s+(?:the\s+)?$`)

// markShareBars makes a qualified share the threshold, and the count
// before it the headline, where the count's bodies passed the share
// ("38 councils delivered at least 90% of checks", "12 trusts saw more
// than 80% of children within 18 weeks"): the finding is how many bodies
// did, and the share is the bar, no level of anyone. Before (hostile
// check 66), the share was a level of its own, keyed with "#38".
func markShareBars(lower string, figs []evidence.Figure) {
	for i := 1; i < len(figs); i++ {
		f, c := &figs[i], &figs[i-1]
		from := c.Offset + len(c.Text)
		based := false
		if c.Role == evidence.RoleBase && i >= 2 && figs[i-2].Offset+len(figs[i-2].Text) <= c.Offset &&
			countOfBaseRe.MatchString(lower[figs[i-2].Offset+len(figs[i-2].Text):c.Offset]) {
			// "12 of the 18 trusts saw more than 80% of children", "38
			// of 152 councils delivered at least 90% of checks": the
			// count of bodies is the 12, of its base (hostile check 67:
			// the share a second headline, keyed with "#12").
			c, based = &figs[i-2], true
		}
		if f.Unit != evidence.UnitPercent || f.Role != "" && f.Role != evidence.RoleHeadline || f.IsRange() || !barQualifiers[strings.ToLower(f.Qualifier)] ||
			c.Unit != evidence.UnitCount || c.Role != "" && c.Role != evidence.RoleHeadline || c.IsRange() || bareNumber(c.Text) && !based {
			continue
		}
		end := f.Offset + len(f.Text)
		if !strings.HasPrefix(lower[end:], " of ") || from > f.Offset {
			continue
		}
		gap := lower[from:f.Offset]
		if k := strings.LastIndex(gap, strings.ToLower(f.Qualifier)); k >= 0 && strings.TrimSpace(gap[k:]) == strings.ToLower(f.Qualifier) {
			gap = gap[:k]
		}
		if !countVerbGapRe.MatchString(gap) || strings.Contains(gap, " of ") || strings.Contains(gap, " and ") || strings.Contains(gap, " or ") {
			continue
		}
		f.Role, c.Role = evidence.RoleThreshold, evidence.RoleHeadline
	}
}
