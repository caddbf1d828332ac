package extract_test

import (
	"testing"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/extract"
)

// TestWorkerForEveryIsACaseload: "one school nurse for every 3,900
// pupils" is a caseload, a ratio like "3,900 pupils per school nurse",
// not a count of 3,900 pupils. "for every 1,000" stays a rate.
func TestWorkerForEveryIsACaseload(t *testing.T) {
	for s, v := range map[string]float64{
		"There is now roughly one qualified school nurse for every 3,900 pupils in the county.": 3900,
		"The borough has a health visitor to every 720 families.":                              720,
	} {
		fs := extract.Figures(s)
		var found bool
		for _, f := range fs {
			if f.Value == v {
				found = true
				if f.Unit != evidence.UnitOther {
					t.Errorf("%q: %v read as %q, want a caseload (other)", s, v, f.Unit)
				}
			}
		}
		if !found {
			t.Errorf("%q: no figure %v in %v", s, v, fs)
		}
	}
}
