package measure_test

import (
	"testing"

	"github.com/cypx/cypx/internal/evidence"
)

// TestASampleSizeLabelIsNoGroup: "(n=1,200)" is a sample's size, and
// its "n" names no group: a share beside it is not "of n" (hostile check
// 53). Before, "A survey of parents (n=1,200) found 45% were worried"
// stored the 45% as of "n".
func TestASampleSizeLabelIsNoGroup(t *testing.T) {
	for _, s := range []string{
		"A survey of pupils (n=1,200) found 45% were worried.",
		"Of pupils surveyed (n=1,200), 45% said they were worried.",
	} {
		figs := describeSentence(s,
			evidence.Figure{Text: "n=1,200", Value: 1200, Unit: evidence.UnitCount, Role: evidence.RoleBase},
			evidence.Figure{Text: "45%", Value: 45, Unit: evidence.UnitPercent, Role: evidence.RoleHeadline})
		if p := figs[1].Population; p == "n" || p == "N" {
			t.Errorf("%q: the 45%% is of %q", s, p)
		}
	}
}
