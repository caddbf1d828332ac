package extract

import "github.com/cypx/cypx/internal/evidence"

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
func measuredHeadsAim(figs []evidence.Figure) {
	head := -1
	for i, f := range figs {
		if f.Role == evidence.RoleHeadline {
			head = i
		}
	}
	if head < 0 || !figs[head].Aim || figs[head].Period == "" {
		return
	}
	for i, f := range figs {
		if f.Role == "" && !f.Aim && f.Key != "" && f.Period != "" && f.Period != figs[head].Period {
			figs[head].Role, figs[i].Role = "", evidence.RoleHeadline
			return
		}
	}
}
