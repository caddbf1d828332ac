package index_test

import (
	"context"
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
