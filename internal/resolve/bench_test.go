package resolve_test

import (
	"context"
	"fmt"
	"testing"

	"github.com/cypx/cypx/internal/index"
	"github.com/cypx/cypx/internal/resolve"
)

// missingIDs are n ids of items no corpus holds, of 5,000 sources: a
// basket file a script filled.
func missingIDs(n int) []string {
	ids := make([]string, n)
	for i := range ids {
		ids[i] = fmt.Sprintf("src%d#%08x", i%5000, i)
	}
	return ids
}

// BenchmarkResolveEachOfABigBasket resolves 700,000 ids of no item, as
// 'cypx basket list' does, a chunk at a time: what is held at once is a
// chunk's, not 700,000 resolutions of 536 bytes each (375 MB, over the
// heap cypx aims at, which made the collector run all the time: 36 s).
func BenchmarkResolveEachOfABigBasket(b *testing.B) {
	ids := missingIDs(700_000)
	b.ReportAllocs()
	for b.Loop() {
		r := resolve.New(&sourcesIndex{}, nil)
		n := 0
		err := r.ResolveEach(context.Background(), ids, func(rs []resolve.Resolved) error {
			n += len(rs)
			return nil
		})
		if err != nil || n != len(ids) {
			b.Fatal(n, err)
		}
	}
}

// BenchmarkResolveAllOfABigBasket is BenchmarkResolveEachOfABigBasket
// holding every resolution at once, as the explorer's basket screen did
// before it resolved only the rows around its cursor.
func BenchmarkResolveAllOfABigBasket(b *testing.B) {
	ids := missingIDs(700_000)
	b.ReportAllocs()
	for b.Loop() {
		r := resolve.New(&sourcesIndex{}, nil)
		if rs, err := r.ResolveAll(context.Background(), ids); err != nil || len(rs) != len(ids) {
			b.Fatal(len(rs), err)
		}
	}
}

// countingIndex is sourcesIndex counting the searches by source.
type countingIndex struct {
	sourcesIndex
	bySource int
}

func (f *countingIndex) Search(ctx context.Context, r index.Request) (index.Result, error) {
	if len(r.IDs) == 0 {
		f.bySource++
	}
	return f.sourcesIndex.Search(ctx, r)
}

// TestResolveEachIsResolveAllInChunks: ResolveEach hands on what
// ResolveAll returns, in order, a chunk at a time, and asks about the
// sources of missing items no more often than ResolveAll does, however
// many chunks the ids take.
func TestResolveEachIsResolveAllInChunks(t *testing.T) {
	ids := append(missingIDs(10_000), "report#2", "news#1")
	ix := &countingIndex{}
	all, err := resolve.New(ix, nil).ResolveAll(context.Background(), ids)
	if err != nil || len(all) != len(ids) {
		t.Fatal(len(all), err)
	}
	if ix.bySource > 64 {
		t.Errorf("%d searches by source for %d missing items: the bound is 64", ix.bySource, len(ids))
	}
	var each []resolve.Resolved
	chunks := 0
	err = resolve.New(&sourcesIndex{}, nil).ResolveEach(context.Background(), ids, func(rs []resolve.Resolved) error {
		chunks++
		each = append(each, rs...)
		return nil
	})
	if err != nil || chunks < 2 || len(each) != len(all) {
		t.Fatalf("%d chunks, %d resolved, %v", chunks, len(each), err)
	}
	for i := range all {
		if each[i].ID != all[i].ID || each[i].Missing != all[i].Missing || each[i].SourceKept != all[i].SourceKept {
			t.Fatalf("at %d: %+v, ResolveAll %+v", i, each[i], all[i])
		}
	}
	if last := each[len(each)-1]; last.Missing || last.Item.Text == "" {
		t.Errorf("the last id, of an item, came back %+v", last)
	}
}
