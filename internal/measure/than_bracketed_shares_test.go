package measure_test

import (
	"testing"

	"github.com/cypx/cypx/internal/evidence"
)

// TestAGroupAfterThanOwnsItsBracketedShare: in "Boys (12%) were more
// likely than girls (8%) to self-harm in 2023." the 8% is of girls
// (hostile check 53). Before, it borrowed the boys' group.
func TestAGroupAfterThanOwnsItsBracketedShare(t *testing.T) {
	figs := describeSentence("Boys (12%) were more likely than girls (8%) to self-harm in 2023.",
		evidence.Figure{Text: "12%", Value: 12, Unit: evidence.UnitPercent},
		evidence.Figure{Text: "8%", Value: 8, Unit: evidence.UnitPercent})
	if figs[1].Population != "girls" {
		t.Errorf("the 8%% is of %q, want girls", figs[1].Population)
	}
	if figs[0].Population != "Boys" {
		t.Errorf("the 12%% is of %q, want Boys", figs[0].Population)
	}
}
