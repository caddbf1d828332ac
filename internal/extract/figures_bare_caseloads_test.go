package extract_test

import (
	"testing"

	"github.com/cypx/cypx/internal/evidence"
)

// TestACaseloadSizeWithNoNounIsACount: a caseload's size named after
// "caseloads" with no noun after it ("41% held caseloads above 600",
// "caseloads of more than 3,000") is a count of the children held, as
// "a caseload of 540 children" is (the package comment of quality).
// Before, the bare number was no figure at all.
func TestACaseloadSizeWithNoNounIsACount(t *testing.T) {
	for _, c := range []struct {
		s     string
		value float64
	}{
		{"The survey of 900 health visitors found that 41% held caseloads above 600, while 7% held fewer than 250 children.", 600},
		{"A third of school nurses now have caseloads of more than 3,000.", 3000},
	} {
		found := false
		for _, f := range itemFiguresOf(t, c.s) {
			if f.Value == c.value && f.Unit == evidence.UnitCount {
				found = true
			}
		}
		if !found {
			t.Errorf("%q: no count of %g (all %v)", c.s, c.value, itemFiguresOf(t, c.s))
		}
	}
}
