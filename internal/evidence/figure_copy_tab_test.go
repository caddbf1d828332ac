package evidence_test

import (
	"testing"

	"github.com/cypx/cypx/internal/evidence"
)

// TestAFigureWithATabIsCopiedWithASpace: a tab inside a figure's words
// ("Roughly 52\tper cent") is copied as one space, as a line break is,
// never as the tab a terminal shows escaped "\t" (hostile check 85, L7).
func TestAFigureWithATabIsCopiedWithASpace(t *testing.T) {
	for in, want := range map[string]string{
		"Roughly 52\tper cent":   "Roughly 52 per cent",
		"between 3 and \t9 days": "between 3 and 9 days",
		"Nearly 45\u00a0%":       "Nearly 45\u00a0%",
	} {
		if got := (evidence.Figure{Text: in}).Shown(); got != want {
			t.Errorf("%q shown %q, want %q", in, got, want)
		}
	}
}
