package extract_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/evidence"
)

// TestADashboardTileIsMeasuredByItsOwnWords: each tile of a line of tiles
// parted by middle dots is its own clause: its figure takes no place, no
// number and no words of its neighbours, and a figure alone after a label
// is that label's value.
func TestADashboardTileIsMeasuredByItsOwnWords(t *testing.T) {
	for _, c := range []struct {
		line, fig, place, measure string
		keyNot                    []string
	}{
		// England's 71% closing the line never places Kent's 64%.
		{"Kent · 64% seen within 18 weeks · England 71%", "64%", "", "seen within 18 weeks", []string{"kent", "england"}},
		{"Kent · 64% seen within 18 weeks · England 71%", "71%", "England", "seen within 18 weeks", []string{"kent"}},
		{"Surrey · 1,850 children waiting · England 412,000", "1,850 children", "", "waiting", []string{"surrey", "#412000"}},
		// Neighbours' numbers never in a tile's key.
		{"12,400 children referred · 64% seen within 18 weeks · 14-week median wait", "12,400 children", "", "referred", []string{"#64", "#14", "#18"}},
		{"12,400 children referred · 64% seen within 18 weeks · 14-week median wait", "64%", "", "seen within 18 weeks", []string{"#12400", "#14", "refer"}},
		{"12,400 children referred · 64% seen within 18 weeks · 14-week median wait", "14-week", "", "median wait", []string{"#12400", "#64", "refer"}},
		// A figure alone is the value of the label before it.
		{"Children waiting · 5,120 · up 11% on last year", "5,120", "", "children waiting", []string{"#5120"}},
		{"Children waiting · 5,120 · up 11% on last year", "11%", "", "children waiting", []string{"#5120"}},
		{"Looked after children · 1,420", "1,420", "", "looked after children", nil},
		// A leading place is no word of the measure.
		{"Kent · 2024/25 · 12,400 referrals", "12,400 referrals", "", "", []string{"kent"}},
	} {
		f, ok := h62aFigure(t, c.line+"\n", c.fig)
		if !ok {
			t.Errorf("%s: no figure %s", c.line, c.fig)
			continue
		}
		if f.Place != c.place || f.Measure != c.measure {
			t.Errorf("%s: %s place %q, measure %q (key %q); want %q, %q", c.line, c.fig, f.Place, f.Measure, f.Key, c.place, c.measure)
		}
		for _, w := range c.keyNot {
			if strings.Contains(f.Key, w) {
				t.Errorf("%s: %s key %q holds %q", c.line, c.fig, f.Key, w)
			}
		}
	}
	// A digest's entry and its number are no tiles: no figure.
	for _, line := range []string{"ADHD referrals · 5.", "Community waits pass 35,000 · 2."} {
		if kind := kindOfLine(t, "Eastfold Trust", line); kind == evidence.Statistic {
			t.Errorf("%s: a statistic", line)
		}
	}
	// A tile's earlier value is of its measure: one key for both years.
	line := "Medway · 58% of children seen within 18 weeks in 2024 · down from 61% in 2023\n"
	a, _ := h62aFigure(t, line, "58%")
	b, _ := h62aFigure(t, line, "61%")
	if a.Key == "" || a.Key != b.Key || a.Period != "2024" || b.Period != "2023" {
		t.Errorf("%s: 58%% %q (%s), 61%% %q (%s); want one key", line, a.Key, a.Period, b.Key, b.Period)
	}
}
