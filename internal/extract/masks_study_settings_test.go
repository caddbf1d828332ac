package extract_test

import (
	"testing"

	"github.com/cypx/cypx/internal/extract"
)

// TestStudySettingIsNoFigure: the places a study was set in, under a
// structured abstract's "Setting" or in whom it invited to take part
// ("invited all trusts in five regions to take part"), give its scope,
// not a finding. Before: "three English regions" and "five regions"
// counts.
func TestStudySettingIsNoFigure(t *testing.T) {
	for _, s := range []string{
		"Setting Thirty local authority areas in three English regions.",
		"We invited all trusts in five regions to take part in the audit.",
	} {
		for _, f := range extract.Figures(s) {
			if f.Value == 3 || f.Value == 5 {
				t.Errorf("%q: study setting read as figure %v", s, f)
			}
		}
	}
	if figs := extract.Figures("Waits for a first appointment rose in three regions last year."); len(figs) == 0 {
		t.Errorf("a finding's count of regions not read")
	}
}
