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

// outlineWant is what Request.Admit promises to show of an item.
func outlineWant(it evidence.Item) evidence.Item {
	o := evidence.Item{ID: it.ID, Kind: it.Kind, Cites: it.Cites, Source: evidence.Source{ID: it.Source.ID,
		Title: it.Source.Title, Publisher: it.Source.Publisher, Date: it.Source.Date, About: it.Source.About}}
	if len(it.Figures) == 0 {
		return o
	}
	o.Figures = make([]evidence.Figure, len(it.Figures))
	for i, f := range it.Figures {
		o.Figures[i] = evidence.Figure{Text: f.Text, Value: f.Value, Unit: f.Unit, Role: f.Role, Qualifier: f.Qualifier,
			Record: evidence.Record{Key: f.Key, Place: f.Place, Period: f.Period, Change: f.Change}}
		if f.IsRange() {
			o.Figures[i].Low, o.Figures[i].High = f.Low, f.High
		}
	}
	return o
}

// The hook is given each hit's outline, and the page keeps the hits it
// admits, in order, whole: read through the facet table's path and
// through bleve's alike.
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
				if want := outlineWant(it); !reflect.DeepEqual(o, want) {
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
