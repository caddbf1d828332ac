package figures

import (
	"reflect"
	"testing"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/measure"
)

// TestGatherAsBeforeOverManySourcesAtEachSize: over statistics of 300
// sources each giving hundreds of values of the measures they share, in
// years at random (manySourceCounts), gather makes the measures
// gatherBefore makes, each figure compared by the parts gather reads of
// it once (its key's id, whether it is a rate, its span) as by the
// figure read each time.
func TestGatherAsBeforeOverManySourcesAtEachSize(t *testing.T) {
	for _, n := range []int{600, 6000} {
		items := manySourceCounts(n)
		got, want := gather(items, bySource, "", nil), gatherBefore(items, bySource, "")
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("%d statistics of 300 sources: gather made %d measures, before %d", n, len(got), len(want))
		}
		rows, multi := 0, 0
		for _, g := range got {
			rows += len(g)
			if len(g) > 2 {
				multi++
			}
		}
		if rows != 2*n || multi < 4 {
			t.Fatalf("%d statistics: %d rows in %d measures, %d of three rows or more: the test compares too little", n, rows, len(got), multi)
		}
	}
}

// TestGatherJudgesAFigureByItsOwnTimeFirst: over 5,000 statistics of 300
// sources giving hundreds of values each (manySourceCounts), a figure is
// turned away from a measure holding another value of its source for
// its time by that value alone, not judged against the measure's head
// and each class of its source there first: comparisons (counted as rel
// is asked) at most 5 a figure (3.7). Before, 67,647 for its 10,000
// figures (6.8 a figure), growing as the square of the items.
func TestGatherJudgesAFigureByItsOwnTimeFirst(t *testing.T) {
	asked := 0
	rel := func(a, b evidence.Item) measure.Related {
		asked++
		return bySource(a, b)
	}
	items := manySourceCounts(5000)
	gather(items, rel, "", nil)
	if figures := 2 * len(items); asked > 5*figures || asked < figures {
		t.Errorf("%d comparisons for %d figures, %.1f a figure; want at most 5", asked, figures, float64(asked)/float64(figures))
	}
}
