package index_test

import (
	"context"
	"testing"

	bundled "github.com/cypx/cypx/corpus"
	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/index"
	"github.com/cypx/cypx/internal/pipeline"
)

// TestAnyNumberFindsAllMeasuresFinds: a measure search with
// MeasuresAnyNumber, or MeasuresAnyWord, finds every item the same search without it finds,
// for each statistic of the bundled corpus alone and for all of them at
// once (a pack's pooled search), over a read-only index and bleve's:
// it only widens.
func TestAnyNumberFindsAllMeasuresFinds(t *testing.T) {
	c, err := pipeline.Load(bundled.FS, bundled.FS)
	if err != nil {
		t.Fatal(err)
	}
	_, ro, ref := readOnlyAndReference(t, c.Items)
	ctx := context.Background()
	check := func(name string, keys []string) {
		for _, ix := range []*index.Index{ro, ref} {
			r := index.Request{Measures: keys, Kinds: []evidence.Kind{evidence.Statistic}, Limit: 100_000}
			exact, err := ix.Search(ctx, r)
			if err != nil {
				t.Fatal(err)
			}
			// MeasuresAnyWord widens further: it finds all both find.
			for _, widen := range []string{"MeasuresAnyNumber", "MeasuresAnyWord"} {
				r.MeasuresAnyNumber, r.MeasuresAnyWord = widen == "MeasuresAnyNumber", widen == "MeasuresAnyWord"
				wide, err := ix.Search(ctx, r)
				if err != nil {
					t.Fatal(err)
				}
				found := map[string]bool{}
				for _, h := range wide.Hits {
					found[h.Item.ID] = true
				}
				for _, h := range exact.Hits {
					if !found[h.Item.ID] {
						t.Fatalf("%s: %s found by its measure keys, not with %s", name, h.Item.ID, widen)
					}
				}
			}
		}
	}
	var all []string
	for _, it := range c.Items {
		var keys []string
		for _, f := range it.Figures {
			if f.Key != "" {
				keys = append(keys, f.Key)
			}
		}
		if len(keys) > 0 {
			check(it.ID, keys)
			all = append(all, keys...)
		}
	}
	check("all statistics", all)
}
