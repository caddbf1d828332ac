package extract

import (
	"strings"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/lazyre"
	"github.com/cypx/cypx/internal/measure"
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
	"below": true, "less than": true, "fewer than": true, "at most": true, "upwards of": true, "in excess of": true,
	"no more than": true, "not more than": true, "no fewer than": true, "not fewer than": true, "no less than": true, "not less than": true}

// countVerbGapRe is what stands between a count of bodies and the share
// they passed: its verb, "delivered", "had", "achieved", of a word or
// three with no clause join, after the bodies' place, "in the region",
// "in the South East", "in London" (hostile check 68: the place made the
// share a level again).
var countVerbGapRe = lazyre.New(`^(?:\s+in\s+(?:the\s+)?[a-z’'-]+(?:\s+[a-z’'-]+)?)?(?:\s+(?:[a-z’'-]+\s+){0,2}?[a-z’'-]+)\s+$`)

// markShareBars makes a qualified share the threshold, and the count
// before it the headline, where the count's bodies passed the share
// ("38 councils delivered at least 90% of checks", "12 trusts saw more
// than 80% of children within 18 weeks"): the finding is how many bodies
// did, and the share is the bar, no level of anyone. Before (hostile
// check 66), the share was a level of its own, keyed with "#38".
//
// A count of bodies of a base, "5 of the 7 ICBs", passes a bar of any
// unit, "reported more than 1,000 referrals", "spent less than £1m"; a
// share in brackets after the base, "12 of the 18 trusts (67%) saw", is
// the count's own share and stands aside; and a share they met as a
// target, "14 of 42 ICBs met the 95% target", is the bar, no level of
// the ICBs (hostile check 68: each a level, the 95% keyed with "#14").
func markShareBars(lower string, figs []evidence.Figure) {
	for i := 1; i < len(figs); i++ {
		f, k := &figs[i], i-1
		if k >= 1 && figs[k].Unit == evidence.UnitPercent && figs[k].Offset > 0 && lower[figs[k].Offset-1] == '(' &&
			strings.HasPrefix(lower[figs[k].Offset+len(figs[k].Text):], ")") {
			k-- // "12 of the 18 trusts (67%) saw more than 80% of"
		}
		c := &figs[k]
		from := c.Offset + len(c.Text)
		if k < i-1 {
			from = figs[i-1].Offset + len(figs[i-1].Text) + 1
		}
		based := false
		if c.Role == evidence.RoleBase && k >= 1 && figs[k-1].Offset+len(figs[k-1].Text) <= c.Offset &&
			measure.OfOwnBase(lower[figs[k-1].Offset+len(figs[k-1].Text):c.Offset]) {
			// "12 of the 18 trusts saw more than 80% of children", "38
			// of 152 councils delivered at least 90% of checks": the
			// count of bodies is the 12, of its base (hostile check 67:
			// the share a second headline, keyed with "#12").
			c, based = &figs[k-1], true
		}
		if from > f.Offset || f.Role != "" && f.Role != evidence.RoleHeadline || f.IsRange() ||
			c.Unit != evidence.UnitCount || c.Role != "" && c.Role != evidence.RoleHeadline || c.IsRange() || bareNumber(c.Text) && !based {
			continue
		}
		gap, end := lower[from:f.Offset], f.Offset+len(f.Text)
		met := based && f.Unit == evidence.UnitPercent && f.Qualifier == "" && measure.MetAimAt(lower[from:], f.Offset-from, end-from)
		switch {
		case met:
		case !barQualifiers[strings.ToLower(f.Qualifier)]:
			continue
		case f.Unit == evidence.UnitPercent:
			if !strings.HasPrefix(lower[end:], " of ") {
				continue
			}
		case !based || f.Unit == evidence.UnitRatio:
			continue
		}
		if k := strings.LastIndex(gap, strings.ToLower(f.Qualifier)); f.Qualifier != "" && k >= 0 && strings.TrimSpace(gap[k:]) == strings.ToLower(f.Qualifier) {
			gap = gap[:k]
		}
		if !countVerbGapRe.MatchString(gap) || strings.Contains(gap, " of ") || strings.Contains(gap, " and ") || strings.Contains(gap, " or ") {
			continue
		}
		f.Role, c.Role = evidence.RoleThreshold, evidence.RoleHeadline
	}
}
