package extract_test

import (
	"strings"
	"testing"
)

// TestPointsWrittenWithAPercentSign: "3 %pts", "3% pts", "3 % points",
// "3 percent points" and "2.4 percentage-points" after a verb of change
// are a change in percentage points, as "3 percentage points" is: unit
// other, role change, the text as written, and the level after them the
// headline, with the key the full words give. Before (hostile check 55):
// the first four were a relative change of 3% ("down 3 %") with "pts" or
// "points" left in the measure, and "percentage-points" gave a count of
// 2.4 whose group was "percentage-points", the 24% no headline. A percent
// with "points" after it as a verb ("this 45% points to a gap") is still
// a share.
func TestPointsWrittenWithAPercentSign(t *testing.T) {
	full := h54Figures(t, "Vaccine coverage fell by 3 percentage points to 85% in 2023.")
	for _, pts := range []string{"3 %pts", "3% pts", "3 % points", "3 percent points", "3 per cent points", "3% PTS"} {
		s := "Vaccine coverage fell by " + pts + " to 85% in 2023."
		got := h54Figures(t, s)
		if !hasFigure(got, pts+"=3 other change ") || !hasFigure(got, "85%=85 percent headline ") {
			t.Errorf("%q: figures %q, want a change of 3 points and the level 85%% the headline", s, got)
		}
		if len(got) != len(full) || got[len(got)-1] != full[len(full)-1] {
			t.Errorf("%q: figures %q, want the level and key of 3 percentage points: %q", s, got, full)
		}
		for _, g := range got {
			if strings.Contains(g, " percent change") || strings.Contains(strings.ToLower(g), "pts") && !strings.HasPrefix(g, pts) {
				t.Errorf("%q: figure %q, a relative change or points in the key", s, g)
			}
		}
	}
	got := h54Figures(t, "Obesity prevalence among reception children increased by 2.4 percentage-points to 24% in 2023.")
	if !hasFigure(got, "2.4 percentage-points=2.4 other change ") || !hasFigure(got, "24%=24 percent headline ") {
		t.Errorf("percentage-points: figures %q, want a change of 2.4 points and the level 24%% the headline", got)
	}
	for _, g := range got {
		if strings.Contains(g, "count") || strings.Contains(g, "percentage-point") && !strings.HasPrefix(g, "2.4 ") {
			t.Errorf("percentage-points: figure %q, a count or the points in the key", g)
		}
	}
	if got := h54Figures(t, "In 2023, coverage was 85%, 3 % points below the national average."); !hasFigure(got, "3 % points=3 other ") {
		t.Errorf("3 %% points below: figures %q, want a gap of 3 points", got)
	}
	for _, s := range []string{
		"In 2023, this 45% points to a gap in coverage among families.",
		"In 2023, 45 per cent points to a gap in coverage among families.",
	} {
		got := h54Figures(t, s)
		if !hasFigure(got, "45") || !strings.Contains(got[0], "=45 percent ") || strings.Contains(got[0], "points=") {
			t.Errorf("%q: figures %q, want the share 45%% alone", s, got)
		}
	}
}
