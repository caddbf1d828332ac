package extract

import (
	"strings"

	"github.com/cypx/cypx/internal/evidence"
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
// A target, aim or ambition of no time of its own set against a measured
// figure of its time is no standard: "Against a target of 95%, only 64%
// of children in Kent were seen within 18 weeks in 2023" and "Kent aims
// to see 95% of children within 18 weeks; in 2023 it achieved 64%" are
// headed by the 64% (before, hostile check 67, by the 95%).
func measuredHeadsAim(text string, figs []evidence.Figure) {
	head := -1
	for i, f := range figs {
		if f.Role == evidence.RoleHeadline {
			head = i
		}
	}
	if head < 0 {
		// None marked: the first measured figure heads the item
		// (evidence.Item.Headline), "Against an ambition of 90%, 71% of
		// two-year-olds ... in 2022/23" the 90%.
		for i, f := range figs {
			if f.Role.Measured() {
				head = i
				break
			}
		}
	}
	if head < 0 || !figs[head].Aim || figs[head].Period == "" && standingAim(text, figs[head]) {
		return
	}
	for i, f := range figs {
		if f.Role == "" && !f.Aim && f.Key != "" && f.Period != "" && f.Period != figs[head].Period {
			figs[head].Role, figs[i].Role = "", evidence.RoleHeadline
			return
		}
	}
}

// standingAim reports an aim f of text that is a standard a measured
// figure is told against, no aim of the body's own: one stated as a
// standard, or what "should" be ("The national standard says 95% of
// urgent cases should start treatment within one week"). A target, an
// aim, an ambition, a goal, a plan or a trajectory is none.
func standingAim(text string, f evidence.Figure) bool {
	if f.Offset > len(text) {
		return true
	}
	lower := strings.ToLower(text)
	for _, w := range []string{"target", "aim", "ambition", "goal", "plan", "trajector"} {
		if strings.Contains(lower, w) && !strings.Contains(lower, "standard") && !strings.Contains(lower, " should ") {
			return false
		}
	}
	return true
}
