package extract_test

import "testing"

// TestEmptyCellInsideARowIsNoMerge: "||" inside a hand-written row, under
// columns of unlike things, is an empty cell, as Markdown writes one: the
// figure before it is of its own column, and the cells after it keep
// theirs (red-team round 20). Before, 1,200 was read as merged over
// "Children waiting" and "Waited over 18 weeks", which share no words, and
// measured the section's heading; at a row's end the rule held already.
// A figure written so over alike columns ("2023", "2024") still spans them.
func TestEmptyCellInsideARowIsNoMerge(t *testing.T) {
	got := figuresOf(t, "## Waiting times\n\n| Area | Children waiting | Waited over 18 weeks | Referrals |\n|---|---|---|---|\n"+
		"| North | 1,200 || 400 |\n| South | 900 | 35% | 300 |\n| East || 40% | 350 |\n\n"+
		"## Children waiting for mental health services\n\n| Area | 2023 | 2024 | Referrals |\n|---|---|---|---|\n| West | 450 || 90 |\n| South | 500 | 550 | 95 |\n")
	for fig, want := range map[string][2]string{"1,200": {"children waiting", "North"}, "400": {"referrals", "North"},
		"40%": {"waited over 18 weeks", "East"}, "350": {"referrals", "East"}} {
		if g := got[fig]; len(g) < 4 || g[0] != want[0] || g[3] != want[1] {
			t.Errorf("%s: %q, want it to measure %s in %s (all %v)", fig, g, want[0], want[1], got)
		}
	}
	if g := got["450"]; len(g) < 2 || g[1] != "" {
		t.Errorf("450 merged over 2023 and 2024: %q, want no period", g)
	}
}
