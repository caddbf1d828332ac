package index_test

import (
	"context"
	"errors"
	"math"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/index"
)

// TestHugeItemIndexesWithinBounds: one 8 MB paragraph (a web page with no
// breaks) is indexed with its text analysed up to MaxIndexedBytes, so the
// build's allocations stay bounded; the item comes back whole.
func TestHugeItemIndexesWithinBounds(t *testing.T) {
	words := []string{"waiting", "children", "services", "trust", "zebra"}
	var b strings.Builder
	for i := 0; b.Len() < 8<<20; i++ {
		b.WriteString(words[i%len(words)])
		b.WriteByte(' ')
	}
	b.WriteString("platypus")
	figures := make([]evidence.Figure, 20000)
	for i := range figures {
		figures[i] = evidence.Figure{Text: "1%", Value: float64(i), Unit: evidence.UnitPercent}
	}
	it := evidence.Item{ID: "big#00000001", Kind: evidence.Statistic, Text: b.String(), Figures: figures,
		Source: evidence.Source{ID: "big", Title: "Big", Publisher: "P", Date: evidence.Date{Year: 2024}, Type: evidence.News}}
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	ix, err := index.Build(context.Background(), t.TempDir(), []evidence.Item{it}, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	runtime.ReadMemStats(&after)
	t.Logf("indexing an 8 MB item allocated %d MB", (after.TotalAlloc-before.TotalAlloc)>>20)
	// Whole, it allocated 1.7 GB (and a 24 MB page took 3.5 GB of memory).
	if alloc := after.TotalAlloc - before.TotalAlloc; alloc > 400<<20 {
		t.Errorf("indexing an 8 MB item allocated %d MB", alloc>>20)
	}
	res, err := ix.Search(context.Background(), index.Request{Query: "zebra "})
	if err != nil || res.Total != 1 || len(res.Hits[0].Item.Text) != len(it.Text) || len(res.Hits[0].Item.Figures) != len(figures) {
		t.Fatalf("search: %v, %d hits", err, res.Total)
	}
	// The last word lies past the indexed part: the documented bound.
	if res, _ := ix.Search(context.Background(), index.Request{Query: "platypus "}); res.Total != 0 {
		t.Errorf("a word past MaxIndexedBytes was indexed")
	}
}

// TestConsumeReleasesWhatAddKeeps: Consume indexes what Add does and
// clears each item once indexed, so a build's memory shrinks as it goes;
// Add leaves the caller's items alone.
func TestConsumeReleasesWhatAddKeeps(t *testing.T) {
	_, c := bundledIndex(t)
	ctx := context.Background()
	kept := index.ListingOrder(c.Items)
	taken := index.ListingOrder(c.Items)
	a, err := index.New(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	if err := a.Add(ctx, kept, nil); err != nil {
		t.Fatal(err)
	}
	b, err := index.New(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	if err := b.Consume(ctx, taken, nil); err != nil {
		t.Fatal(err)
	}
	for i := range kept {
		if kept[i].ID == "" || taken[i].ID != "" {
			t.Fatalf("item %d: after Add %q, after Consume %q", i, kept[i].ID, taken[i].ID)
		}
	}
	for _, q := range []string{"waiting ", "autism ", "kind:recommendation"} {
		ra, err1 := a.Search(ctx, index.Request{Query: q})
		rb, err2 := b.Search(ctx, index.Request{Query: q})
		if err1 != nil || err2 != nil || ra.Total == 0 || ra.Total != rb.Total || ra.Hits[0].Item.ID != rb.Hits[0].Item.ID {
			t.Errorf("%q: Add %d hits %v, Consume %d hits %v", q, ra.Total, err1, rb.Total, err2)
		}
	}
}

// TestHugePublisherIndexesWithinBounds: a source whose publisher is 4 MB
// (a front matter written by a script gone wrong, or a hostile file) made
// one term of the whole value for the publisher field: building the index
// of that one item took 42 s and 1 GB of memory, in vellum's dictionary
// builder. The publisher is indexed up to MaxIndexedPublisherBytes, and a
// filter on the whole publisher still finds its items.
func TestHugePublisherIndexesWithinBounds(t *testing.T) {
	publisher := strings.Repeat("P ", 2<<20)
	it := evidence.Item{ID: "big#00000001", Kind: evidence.Excerpt, Text: "Children waited a long time for help.",
		Source: evidence.Source{ID: "big", Title: "Big", Publisher: publisher, Date: evidence.Date{Year: 2024}, Type: evidence.News}}
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	ix, err := index.Build(context.Background(), t.TempDir(), []evidence.Item{it}, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	runtime.ReadMemStats(&after)
	if alloc := after.TotalAlloc - before.TotalAlloc; alloc > 200<<20 {
		t.Errorf("indexing an item with a 4 MB publisher allocated %d MB", alloc>>20)
	}
	res, err := ix.Search(context.Background(), index.Request{Publishers: []string{publisher}, Facets: true})
	if err != nil || res.Total != 1 || res.Hits[0].Item.Source.Publisher != publisher {
		t.Fatalf("filtered on the whole publisher: %v, %d hits", err, res.Total)
	}
	for _, f := range res.Facets[index.FieldPublisher] {
		if len(f.Value) > index.MaxIndexedPublisherBytes {
			t.Errorf("a facet of %d bytes", len(f.Value))
		}
	}
}

// TestHugeIndexMetaIsDamage: bleve reads index_meta.json whole before it
// parses it; grown to 2 GB (zeros), it was read into 2.1 GB of memory over
// 29 s. A metadata file over some kilobytes is damage at open, before
// bleve reads it.
func TestHugeIndexMetaIsDamage(t *testing.T) {
	dir := t.TempDir()
	ix, err := index.Build(context.Background(), dir, []evidence.Item{{ID: "a#00000001", Kind: evidence.Excerpt, Text: "Children waited.",
		Source: evidence.Source{ID: "a", Title: "A", Publisher: "P", Date: evidence.Date{Year: 2024}, Type: evidence.News}}}, nil)
	if err != nil {
		t.Fatal(err)
	}
	ix.Close()
	if err := os.Truncate(filepath.Join(dir, "index_meta.json"), 1<<30); err != nil {
		t.Fatal(err)
	}
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	_, err = index.Open(dir, true)
	runtime.ReadMemStats(&after)
	if !errors.Is(err, index.ErrDamaged) {
		t.Errorf("a 1 GB index_meta.json: %v, want damage", err)
	}
	if alloc := after.TotalAlloc - before.TotalAlloc; alloc > 100<<20 {
		t.Errorf("opening allocated %d MB", alloc>>20)
	}
}

// TestOffsetsOutOfRangeAreNotDamage: a negative offset, and one so large
// that the page's end overflows an int, are a request for a page, not a
// fault in the index. Before, both panicked inside the search (a slice
// bounds error, a makeslice of a negative capacity), which the recovery
// took for damage: `cypx search autism --offset -5` rebuilt the cache and
// then said "the index was rebuilt and still cannot be read", exit 1.
func TestOffsetsOutOfRangeAreNotDamage(t *testing.T) {
	items := generatedItems(t)[:200]
	_, ro, ref := readOnlyAndReference(t, items)
	for name, ix := range map[string]*index.Index{"facet table": ro, "bleve": ref} {
		for _, r := range []index.Request{
			{Query: "children", Offset: -5},
			{Query: "children", Offset: -5, Limit: -3, Facets: true},
			{Offset: -1},
			{Query: "children", Offset: math.MaxInt},
			{Query: "children", Offset: math.MaxInt - 10, Limit: 20, Facets: true},
			{Offset: math.MaxInt, Limit: math.MaxInt},
		} {
			res, err := ix.Search(context.Background(), r)
			if err != nil {
				t.Errorf("%s: offset %d, limit %d: %v", name, r.Offset, r.Limit, err)
				continue
			}
			if r.Offset < 0 && len(res.Hits) == 0 {
				t.Errorf("%s: offset %d: no hits, want the first page", name, r.Offset)
			}
			if r.Offset > 0 && len(res.Hits) != 0 {
				t.Errorf("%s: offset %d: %d hits past the end", name, r.Offset, len(res.Hits))
			}
		}
	}
}
