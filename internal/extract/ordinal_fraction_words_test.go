package extract_test

import (
	"testing"

	"github.com/cypx/cypx/internal/extract"
)

// TestFractionWordAsOrdinalNoShare: "a third" or "a fifth" before the
// period it counts or a word of a run ("a third month running", "a fifth
// consecutive year") is an ordinal, not a share of 33.3% or 20%; "a
// third of families" stays a share. Before: "a third" was read as 33.3%.
func TestFractionWordAsOrdinalNoShare(t *testing.T) {
	for _, s := range []string{
		"The number of families waiting over a year for a hearing test has now fallen for a third month running, to 215.",
		"Attendance at the drop-in rose for a fifth consecutive year.",
		"The panel met for a third time in March.",
	} {
		for _, f := range extract.Figures(s) {
			if f.Unit == "percent" {
				t.Errorf("%q: read a share %v", s, f)
			}
		}
	}
	s := "A third of families said the clinic was too far away."
	var share bool
	for _, f := range extract.Figures(s) {
		if f.Unit == "percent" && f.Value > 33 && f.Value < 34 {
			share = true
		}
	}
	if !share {
		t.Errorf("%q: figures %v, want a third as a share", s, extract.Figures(s))
	}
}
