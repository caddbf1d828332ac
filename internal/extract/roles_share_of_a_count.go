package extract

import (
	"math"
	"strings"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/lazyre"
)

// shareRestatesGapRe joins a count to the share that restates it: "88
// (92%)", "88 (or 92%)", "56, or 72%", "3,412 of 4,980, which is 68.5%",
// and a count in words with its noun, "Eleven young people (13%)".
var shareRestatesGapRe = lazyre.New(`^(?:(?:\s+[a-z][a-z’'-]*){0,3}\s?\(\s?(?:or\s+)?|\s?,\s+(?:or|which\s+is|that\s+is|i\.e\.)\s+)$`)

// markSharesOfCounts makes the share a count is restated by the
// headline: a sentence that states a percentage of a counted group
// keeps the percentage as its headline figure, the whole its base and
// the part a count of its own ("58 of the 96 trusts (60%)", "88 (92%) of
// the schools", "Eleven young people (13%) did not attend"). Before, the
// part counted was the headline where it came first or where "58 of the
// 96" marked it so.
func markSharesOfCounts(lower string, figs []evidence.Figure) {
	for i := 0; i+1 < len(figs); i++ {
		c := figs[i]
		if c.Unit != evidence.UnitCount || c.IsRange() || c.Role != "" && c.Role != evidence.RoleHeadline {
			continue
		}
		j, whole := i+1, 0.0
		// "58 of the 96 trusts (60%)": the share follows the whole.
		if w := figs[j]; w.Role == evidence.RoleBase && w.Unit == evidence.UnitCount && j+1 < len(figs) && w.Offset >= c.Offset+len(c.Text) &&
			ofTheRe.MatchString(lower[c.Offset+len(c.Text):w.Offset]) {
			c, j, whole = w, j+1, w.Value
		}
		p := &figs[j]
		if p.Unit != evidence.UnitPercent || p.IsRange() || p.Value <= 0 || p.Value > 100 || p.Role != "" && p.Role != evidence.RoleHeadline ||
			p.Offset < c.Offset+len(c.Text) || !shareRestatesGapRe.MatchString(lower[c.Offset+len(c.Text):p.Offset]) {
			continue
		}
		// "58 of our 143 schools, which is 47% of pupils": a share of
		// another group restates no part of the whole. With no whole, a
		// share after "which is" measures the count against those
		// eligible ("vaccinated 3,870 girls, which is 81% of those
		// eligible"), and the count leads.
		if whole > 0 && math.Abs(figs[i].Value/whole*100-p.Value) > 1.5 ||
			whole == 0 && !strings.Contains(lower[c.Offset+len(c.Text):p.Offset], "(") && !strings.Contains(lower[c.Offset+len(c.Text):p.Offset], " or ") {
			continue
		}
		if !leadsSentence(figs, i, j) {
			return
		}
		figs[i].Role = ""
		p.Role = evidence.RoleHeadline
		return
	}
}

// leadsSentence reports that the count at i and its share at j are the
// sentence's first finding: every figure before the count is a base, a
// threshold or a change, and none after the share is marked the headline.
func leadsSentence(figs []evidence.Figure, i, j int) bool {
	for k := range figs {
		switch {
		case k < i && (figs[k].Role == "" || figs[k].Role == evidence.RoleHeadline):
			return false
		case k > j && figs[k].Role == evidence.RoleHeadline:
			return false
		}
	}
	return true
}
