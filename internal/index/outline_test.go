package index_test

import (
	"context"
	"reflect"
	"slices"
	"testing"

	bundled "github.com/cypx/cypx/corpus"
	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/index"
	"github.com/cypx/cypx/internal/pipeline"
)

// The hook is given each hit's outline, which for an item with figures is
// the item as its JSON reads (its text, every figure's whole record), and
// the page keeps the hits it admits, in order, whole: read through the
// facet table's path and through bleve's alike.
func TestAdmitSeesOutlinesAndDropsRefusedHits(t *testing.T) {
	c, err := pipeline.Load(bundled.FS, bundled.FS)
	if err != nil {
		t.Fatal(err)
	}
	byID := map[string]evidence.Item{}
	for _, it := range c.Items {
		byID[it.ID] = it
	}
	_, ro, ref := readOnlyAndReference(t, c.Items)
	for name, ix := range map[string]*index.Index{"table": ro, "bleve": ref} {
		t.Run(name, func(t *testing.T) {
			r := index.Request{Query: "children", Limit: 200}
			all, err := ix.Search(context.Background(), r)
			if err != nil {
				t.Fatal(err)
			}
			withFigures := 0
			r.Admit = func(o evidence.Item) bool {
				it, ok := byID[o.ID]
				if !ok {
					t.Fatalf("outline of an unknown item %q", o.ID)
				}
				if len(it.Figures) == 0 {
					return false
				}
				withFigures++
				if want := jsonRead(t, it); !reflect.DeepEqual(o, want) {
					t.Errorf("outline of %s:\n got %+v\nwant %+v", o.ID, o, want)
				}
				return o.Kind == evidence.Statistic
			}
			got, err := ix.Search(context.Background(), r)
			if err != nil {
				t.Fatal(err)
			}
			var want []string
			for _, h := range all.Hits {
				if h.Item.Kind == evidence.Statistic && len(h.Item.Figures) > 0 {
					want = append(want, h.Item.ID)
				}
			}
			var ids []string
			for _, h := range got.Hits {
				ids = append(ids, h.Item.ID)
				if w := byID[h.Item.ID]; h.Item.Text != w.Text || !reflect.DeepEqual(h.Item.Figures, w.Figures) {
					t.Errorf("%s is not read whole", h.Item.ID)
				}
			}
			if withFigures == 0 || len(want) == 0 || len(want) == len(all.Hits) {
				t.Fatalf("the search does not test the hook: %d hits, %d with figures, %d statistics", len(all.Hits), withFigures, len(want))
			}
			if !slices.Equal(ids, want) {
				t.Errorf("admitted hits %v, want %v", ids, want)
			}
			if got.Total != all.Total {
				t.Errorf("total %d, want %d (refused hits still count)", got.Total, all.Total)
			}
		})
	}
}

// jsonRead is an item as its JSON reads back.
func jsonRead(t *testing.T, it evidence.Item) evidence.Item {
	raw, err := it.MarshalJSON()
	if err != nil {
		t.Fatal(err)
	}
	var back evidence.Item
	if err := back.UnmarshalJSON(raw); err != nil {
		t.Fatal(err)
	}
	return back
}
