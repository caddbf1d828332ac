package index_test

import (
	"context"
	"reflect"
	"sort"
	"testing"

	bundled "github.com/cypx/cypx/corpus"
	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/index"
	"github.com/cypx/cypx/internal/pipeline"
)

// A measure search asked again over a read-only index is answered from
// the page kept the first time: the same hits, scores and total as bleve
// gives, Admit asked afresh each time, and items of their own, so that a
// caller changing one changes no later answer.
func TestKeptMeasureSearchesAnswerAsTheFirst(t *testing.T) {
	c, err := pipeline.Load(bundled.FS, bundled.FS)
	if err != nil {
		t.Fatal(err)
	}
	_, ro, bleveRef := readOnlyAndReference(t, c.Items)
	ctx := context.Background()
	tried := 0
	for _, it := range c.Items {
		var keys []string
		for _, f := range it.Figures {
			if f.Key != "" {
				keys = append(keys, f.Key)
			}
		}
		if len(keys) == 0 {
			continue
		}
		r := index.Request{Measures: keys, Kinds: []evidence.Kind{evidence.Statistic}, Limit: 5000}
		// The first search reads the index (and keeps its page); bleve,
		// over an index being written, finds the same items.
		want, err := ro.Search(ctx, r)
		if err != nil {
			t.Fatal(err)
		}
		if len(want.Hits) < 2 {
			continue
		}
		ref, err := bleveRef.Search(ctx, r)
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(ids(want.Hits), ids(ref.Hits)) || want.Total != ref.Total {
			t.Fatalf("%s: first search found %v of %d, bleve %v of %d", it.ID, ids(want.Hits), want.Total, ids(ref.Hits), ref.Total)
		}
		tried++
		for pass := 1; pass <= 2; pass++ {
			got, err := ro.Search(ctx, r)
			if err != nil {
				t.Fatal(err)
			}
			if got.Total != want.Total || !reflect.DeepEqual(got.Hits, want.Hits) {
				t.Fatalf("%s, pass %d: %v of %d, want %v of %d as first found", it.ID, pass, ids(got.Hits), got.Total, ids(want.Hits), want.Total)
			}
			// Changing an answer's items changes no later answer.
			got.Hits[0].Item.Figures[0].Text = "changed"
			got.Hits[0].Item.Themes = append(got.Hits[0].Item.Themes[:0], "changed")
		}
		// Admit is asked about every kept hit, and what it refuses is left out.
		asked := 0
		first := want.Hits[0].Item.ID
		r.Admit = func(o evidence.Item) bool { asked++; return o.ID != first }
		got, err := ro.Search(ctx, r)
		if err != nil {
			t.Fatal(err)
		}
		if asked != len(want.Hits) || len(got.Hits) != len(want.Hits)-1 || got.Total != want.Total {
			t.Fatalf("%s with Admit: asked %d times, %d hits of %d; want %d, %d of %d", it.ID, asked, len(got.Hits), got.Total,
				len(want.Hits), len(want.Hits)-1, want.Total)
		}
		if tried == 10 {
			break
		}
	}
	if tried == 0 {
		t.Fatal("no measure search in the bundled corpus finds two items")
	}
}

// ids are the hits' item ids, sorted.
func ids(hits []index.Hit) []string {
	out := make([]string, len(hits))
	for i, h := range hits {
		out[i] = h.Item.ID
	}
	sort.Strings(out)
	return out
}
