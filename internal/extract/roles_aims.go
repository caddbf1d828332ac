package extract

import (
	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/lazyre"
)

// measuredHeadsAim moves the headline of a statistic off a figure aimed
// at (Record.Aim, set by the measure's records) onto its first measured
// figure that is no base, threshold or change: "The target is for 95% of
// children to be seen within 18 weeks by 2026; in 2023 the figure was
// 64%." is headed by the 64% measured, never by the 95% to come. Before
// (hostile check 66), the aim was the item's badge and the CSV row's
// figure. An item of aims alone keeps its headline, and so does a
// standing standard, an aim of no time of its own, that a measured
// figure is told against: "The national standard says 95% of urgent
// cases should start treatment within one week, but in Northwold the
// figure was 71%" is the standard's finding as the development set reads
// it; a measured figure of no time of its own moves nothing either.
// A value a target, aim or ambition names (targetLed) is no standard
// even with no time of its own, nor where no figure is marked the
// headline and it is the first measured one (evidence.Item.Headline):
// "Against a target of 95%, only 64% of children in Kent were seen
// within 18 weeks in 2023", "Kent aims to see 95% of children within 18
// weeks; in 2023 it achieved 64%" and "Against an ambition of 90%, 71%
// … in 2022/23" are headed by the measured value (before, hostile check
// 67, by the aim). What a body "will" or "would" do stays as it was.
func measuredHeadsAim(text string, figs []evidence.Figure) {
	head, unmarked := -1, false
	for i, f := range figs {
		if f.Role == evidence.RoleHeadline {
			head = i
		}
	}
	if head < 0 {
		for i, f := range figs {
			if f.Role.Measured() {
				head, unmarked = i, true
				break
			}
		}
	}
	if head < 0 || !figs[head].Aim || (unmarked || figs[head].Period == "") && !targetLed(text, figs[head]) {
		return
	}
	for i, f := range figs {
		if f.Role == "" && !f.Aim && f.Key != "" && f.Period != "" && f.Period != figs[head].Period {
			figs[head].Role, figs[i].Role = "", evidence.RoleHeadline
			return
		}
	}
}

// targetLeadRe ends the words that name the value after them a target,
// an aim or an ambition: "a target of ", "the national target is ", "an
// ambition of ", "aims to see ".
var targetLeadRe = lazyre.New(`(?i)\b(?:targets?|ambitions?|aims?|goals?|trajector(?:y|ies))\s+(?:of|is|was|for|at|to\s+[a-z]+)\s+(?:around\s+|about\s+|at\s+least\s+)?$`)

// targetLed reports aim f of text named by the words right before it as
// a target, an aim or an ambition (targetLeadRe).
func targetLed(text string, f evidence.Figure) bool {
	if f.Offset > len(text) {
		return false
	}
	return targetLeadRe.MatchString(text[max(0, f.Offset-40):f.Offset])
}
