package measure_test

import (
	"testing"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/measure"
)

// TestAShareColumnsUnitNoteIsNoMeasure: "(% of all waiting)" after a
// column's header says its figures are shares and of what whole, as
// "(%)" does: the column measures "waiting over 18 weeks", and its key is
// the key of "Waiting over 18 weeks (%)" (review, round 22). Before, the
// note stayed in the measure, "waiting over 18 weeks (% of all
// waiting)".
func TestAShareColumnsUnitNoteIsNoMeasure(t *testing.T) {
	measureUnder := func(head string) evidence.Figure {
		figs := []evidence.Figure{{Text: "22%", Value: 22, Unit: evidence.UnitPercent}}
		return describeCells([]string{"Leeds"}, figs, []string{"Area", head}, measure.Input{Section: "Waiting times, March 2025"})[0]
	}
	plain := measureUnder("Waiting over 18 weeks (%)")
	for _, head := range []string{"Waiting over 18 weeks (% of all waiting)", "Waiting over 18 weeks (per cent of total)", "Waiting over 18 weeks (% of all children waiting)"} {
		f := measureUnder(head)
		if f.Measure != "waiting over 18 weeks" || f.Key != plain.Key {
			t.Errorf("%q: measure %q key %q, want waiting over 18 weeks, key %q", head, f.Measure, f.Key, plain.Key)
		}
	}
	// A bracket that is no unit stays: it says what is measured.
	if f := measureUnder("Seen (of those referred)"); f.Measure == "seen" {
		t.Errorf("a bracket naming no unit dropped: %q", f.Measure)
	}
}
