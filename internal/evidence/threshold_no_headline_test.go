package evidence

import "testing"

// TestHeadlineIsNoThreshold: a time limit a share is counted against is
// never an item's headline, though it comes first and no figure is
// marked the headline (red-team round 22).
func TestHeadlineIsNoThreshold(t *testing.T) {
	it := Item{Kind: Statistic, Figures: []Figure{
		{Text: "four weeks", Value: 4, Unit: UnitWeeks, Role: RoleThreshold},
		{Text: "30%", Value: 30, Unit: UnitPercent},
	}}
	if h, ok := it.Headline(); !ok || h.Text != "30%" {
		t.Errorf("headline %q, want 30%%", h.Text)
	}
	if b := it.Badge(); b != "30%" {
		t.Errorf("badge %q, want 30%%", b)
	}
}
