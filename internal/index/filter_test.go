package index_test

import (
	"context"
	"slices"
	"strings"
	"testing"

	bundled "github.com/cypx/cypx/corpus"
	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/index"
	"github.com/cypx/cypx/internal/pipeline"
)

// TestFiltersAgreeWithKeep holds the index's filter queries to the one
// definition of the filters, Request.Keep: for every filter alone and in
// pairs, a search with no text finds exactly the items Keep keeps.
func TestFiltersAgreeWithKeep(t *testing.T) {
	ix, c := bundledIndex(t)
	first := c.Items[0]
	var stat, rec evidence.Item
	for _, it := range c.Items {
		if stat.ID == "" && it.Kind == evidence.Statistic && len(it.Themes) > 0 {
			stat = it
		}
		if rec.ID == "" && it.Kind == evidence.Recommendation && len(it.Actors) > 0 {
			rec = it
		}
	}
	filters := []index.Request{
		{IDs: []string{first.ID, rec.ID}},
		{Values: []float64{stat.Figures[0].Value}},
		{Themes: stat.Themes[:1]},
		{Themes: []string{"waiting-lists", "send"}},
		{Kinds: []evidence.Kind{evidence.Statistic}},
		{Kinds: []evidence.Kind{evidence.Recommendation, evidence.Excerpt}},
		{Sources: []string{stat.Source.ID}},
		{Publishers: []string{rec.Source.Publisher}},
		{Actors: rec.Actors[:1]},
		{YearFrom: 2024},
		{YearTo: 2018},
		{YearFrom: 2019, YearTo: 2023},
	}
	var cases []index.Request
	cases = append(cases, filters...)
	for i := range filters {
		for j := i + 1; j < len(filters); j++ {
			cases = append(cases, merge(filters[i], filters[j]))
		}
	}
	for _, req := range cases {
		var want []string
		for _, it := range c.Items {
			if req.Keep(it) {
				want = append(want, it.ID)
			}
		}
		req.Limit = len(c.Items) + 1
		res, err := ix.Search(context.Background(), req)
		if err != nil {
			t.Fatalf("%+v: %v", req, err)
		}
		var got []string
		for _, h := range res.Hits {
			got = append(got, h.Item.ID)
		}
		slices.Sort(got)
		slices.Sort(want)
		if !slices.Equal(got, want) || res.Total != len(want) {
			t.Errorf("%+v: the index found %d (total %d), Keep keeps %d", req, len(got), res.Total, len(want))
		}
	}
}

// merge combines two requests' filters.
func merge(a, b index.Request) index.Request {
	a.IDs = append(a.IDs, b.IDs...)
	a.Values = append(a.Values, b.Values...)
	a.Themes = append(a.Themes, b.Themes...)
	a.Kinds = append(a.Kinds, b.Kinds...)
	a.Sources = append(a.Sources, b.Sources...)
	a.Publishers = append(a.Publishers, b.Publishers...)
	a.Actors = append(a.Actors, b.Actors...)
	a.YearFrom = max(a.YearFrom, b.YearFrom)
	if b.YearTo != 0 && (a.YearTo == 0 || b.YearTo < a.YearTo) {
		a.YearTo = b.YearTo
	}
	return a
}

// TestLongPublishersAgreeWithKeep: publishers over the indexed kilobyte are
// compared by that kilobyte everywhere, Keep included: a filter by the
// start the facets show finds the items (it found none through Keep), and
// two publishers that share their first kilobyte are one to both.
func TestLongPublishersAgreeWithKeep(t *testing.T) {
	c, err := pipeline.Load(bundled.FS, bundled.FS)
	if err != nil {
		t.Fatal(err)
	}
	long := strings.Repeat("Trust ", index.MaxIndexedPublisherBytes/6+10)
	items := slices.Clone(c.Items)
	for i := range items {
		switch i % 3 {
		case 0:
			items[i].Source.Publisher = long + "North"
		case 1:
			items[i].Source.Publisher = long + "South"
		}
	}
	ix, err := index.Build(context.Background(), t.TempDir(), items, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	for _, p := range []string{long + "North", index.IndexedPublisher(long), "NHS Providers"} {
		req := index.Request{Publishers: []string{p}, Limit: len(items) + 1}
		kept := 0
		for _, it := range items {
			if req.Keep(it) {
				kept++
			}
		}
		res, err := ix.Search(context.Background(), req)
		if err != nil {
			t.Fatal(err)
		}
		if res.Total != kept || kept == 0 && p != "NHS Providers" {
			t.Errorf("publisher %.20q…: the index found %d, Keep keeps %d", p, res.Total, kept)
		}
	}
}
