package extract_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/evidence"
)

// TestACodeSpanHoldsNoFigure: a percentage inside a code span is a
// program's text or a setting, shown as written, not a figure the source
// reports; the figure after it is read as in the same sentence without
// the code (hostile check 84b, F11: "`x = 5%`" gave a 5% figure and
// "code x = " in the 8%'s measure).
func TestACodeSpanHoldsNoFigure(t *testing.T) {
	got := statisticsOf(t, "The setting `limit = 7%` left 11% of referral forms unchecked in 2024.\n")
	if len(got) != 1 {
		t.Fatalf("%d statistics, want 1", len(got))
	}
	if len(got[0].Figures) != 1 || got[0].Figures[0].Value != 11 {
		t.Fatalf("figures %v, want 11%% alone", got[0].Figures)
	}
	if m := got[0].Figures[0].Measure; m == "" || strings.ContainsAny(m, "`7") || strings.Contains(m, "limit") {
		t.Errorf("measure %q, want the words about the forms without the code", m)
	}
	if q := evidence.QuoteLine(got[0].Text); q != "The setting limit = 7% left 11% of referral forms unchecked in 2024." {
		t.Errorf("shown %q", q)
	}
	if none := statisticsOf(t, "Set `threshold = 15%` in the config file before the run.\n"); len(none) != 0 {
		t.Errorf("a code span alone gave statistics %v", none[0].Figures)
	}
}
