package links_test

import (
	"testing"

	bundled "github.com/cypx/cypx/corpus"
	"github.com/cypx/cypx/internal/measure"
	"github.com/cypx/cypx/internal/pipeline"
)

// TestMayMatchIsNeverFalseWhereMatchHolds: measure.MayMatch, which a
// pack's pass over a measure asks of every pair of keys before reading
// the other statistic, is false only for keys Match does not pair, under
// either relation: every pair of the keys of the bundled corpus and of
// generated reports of several measures, units and areas.
func TestMayMatchIsNeverFalseWhereMatchHolds(t *testing.T) {
	c, err := pipeline.Load(bundled.FS, bundled.FS)
	if err != nil {
		t.Fatal(err)
	}
	items, _, _ := manyMeasuresLibrary(t)
	seen := map[string]bool{}
	var keys []measure.Key
	for _, it := range append(c.Items, items...) {
		for _, f := range it.Figures {
			if f.Key != "" && !seen[f.Key] {
				seen[f.Key] = true
				keys = append(keys, measure.ParseKey(f.Key))
			}
		}
	}
	terms := make([][]string, len(keys))
	for i, k := range keys {
		terms[i] = measure.AllTerms(k)
	}
	matched, ruledOut := 0, 0
	for i := range keys {
		for j := range keys {
			may := measure.MayMatch(keys[i], keys[j], terms[i], terms[j])
			for _, rel := range []measure.Related{measure.Unrelated, measure.SameStudy} {
				if measure.Match(keys[i], keys[j], rel) {
					matched++
					if !may {
						t.Fatalf("%q and %q match (%v), and MayMatch rules them out", keys[i], keys[j], rel)
					}
				}
			}
			if !may {
				ruledOut++
			}
		}
	}
	t.Logf("%d keys: %d matches, %d of %d pairs ruled out", len(keys), matched, ruledOut, len(keys)*len(keys))
	if matched <= len(keys) || ruledOut == 0 {
		t.Fatalf("%d matches, %d pairs ruled out: the corpus tests nothing", matched, ruledOut)
	}
}
