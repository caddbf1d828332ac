package index

import (
	"context"
	"os"
	"testing"
)

// TestTypedPairsAreTheScans types two common words a key at a time over
// the index in CYPX_TYPED_INDEX (such as the benchmarks' 1M one, in
// several segments) and checks each page pruned is the scan's, and
// counts those proven within their matches.
func TestTypedPairsAreTheScans(t *testing.T) {
	dir := os.Getenv("CYPX_TYPED_INDEX")
	if dir == "" {
		t.Skip("CYPX_TYPED_INDEX names no index")
	}
	ix, err := Open(dir, true)
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	ctx := context.Background()
	n, within := 0, withinPages.Load()
	for _, first := range []string{"waiting", "children", "young", "mental", "services"} {
		for _, second := range []string{"list", "people", "health", "school", "time"} {
			for i := 1; i <= len(second); i++ {
				for _, limit := range []int{10, 50} {
					r := Request{Query: first + " " + second[:i], Typing: true, Limit: limit, Matches: true}
					got, err := ix.Search(ctx, r)
					if err != nil {
						t.Fatal(err)
					}
					typedScanOnly.Store(true)
					scanned, err := ix.Search(ctx, r)
					typedScanOnly.Store(false)
					if err != nil {
						t.Fatal(err)
					}
					if d := resultsDiffer(got, scanned); d != "" {
						t.Errorf("%q: %s", r.Query, d)
					}
					n++
				}
			}
		}
	}
	t.Logf("%d searches, %d proven within their matches", n, withinPages.Load()-within)
}
