package index

import (
	"context"
	"fmt"
	"os"
	"syscall"
	"testing"
)

// TestTypedFallbacks says, for each prefix of "waiting list" typed over
// the index in CYPX_TYPED_INDEX (a cache's index folder, such as the
// benchmarks' 1M one), whether its page was pruned, by which proof, and
// the CPU time (user and system) of 20 searches each pruned, scanned,
// pruned without the impact levels of a conjunction's matches, and pruned
// with the candidates scored over the postings, not from their impacts:
// which prefixes fall back to the scan, for measuring; it checks only
// that each page is the scan's.
func TestTypedFallbacks(t *testing.T) {
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
	cpu := func() float64 {
		var ru syscall.Rusage
		syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
		return float64(ru.Utime.Nano()+ru.Stime.Nano()) / 1e6
	}
	const text, runs = "waiting list", 20
	for i := 1; i <= len(text); i++ {
		r := Request{Query: text[:i], Typing: true, Limit: 50, Matches: true}
		var ms [4]float64
		for j, scan := range []bool{true, false, false, false} {
			typedScanOnly.Store(scan)
			levelsUnused.Store(j == 2)
			impactsUnused.Store(j == 3)
			if _, err := ix.Search(ctx, r); err != nil { // bounds read once
				t.Fatal(err)
			}
			start := cpu()
			for range runs {
				if _, err := ix.Search(ctx, r); err != nil {
					t.Fatal(err)
				}
			}
			ms[j] = (cpu() - start) / runs
		}
		typedScanOnly.Store(false)
		levelsUnused.Store(false)
		impactsUnused.Store(false)
		// The page pruned is the scan's, over this index's segments.
		typedScanOnly.Store(true)
		scanned, err := ix.Search(ctx, r)
		typedScanOnly.Store(false)
		if err != nil {
			t.Fatal(err)
		}
		if got, err := ix.Search(ctx, r); err != nil {
			t.Fatal(err)
		} else if d := resultsDiffer(got, scanned); d != "" {
			t.Errorf("%q: %s", r.Query, d)
		}
		pruned := typedPrunedPages.Load()
		whole, bound, ties, joint := topPageProofs[proofWhole].Load(), topPageProofs[proofBound].Load(), topPageProofs[proofTies].Load(), topPageProofs[proofLevels].Load()
		within := withinPages.Load()
		ix.Search(ctx, r)
		how := "scanned"
		switch {
		case typedPrunedPages.Load() == pruned:
		case topPageProofs[proofWhole].Load() > whole:
			how = "pruned, whole"
		case topPageProofs[proofBound].Load() > bound:
			how = "pruned, by the bound"
		case topPageProofs[proofTies].Load() > ties:
			how = "pruned, by ties"
		case topPageProofs[proofLevels].Load() > joint:
			how = "pruned, by levels together"
		}
		if withinPages.Load() > within {
			how += ", within"
		}
		t.Logf("%-14q %-30s CPU a search: %6.2f ms (scan %6.2f ms, without the levels %6.2f ms, over the postings %6.2f ms)", r.Query, how, ms[1], ms[0], ms[2], ms[3])
	}
}

// resultsDiffer describes the first difference of total, hits, order,
// scores or matched spans between a pruned result and the scan's.
func resultsDiffer(pruned, scanned Result) string {
	if pruned.Total != scanned.Total || len(pruned.Hits) != len(scanned.Hits) {
		return fmt.Sprintf("%d of %d pruned, %d of %d scanned", len(pruned.Hits), pruned.Total, len(scanned.Hits), scanned.Total)
	}
	for i, h := range scanned.Hits {
		p := pruned.Hits[i]
		if p.Item.ID != h.Item.ID || p.Score != h.Score || fmt.Sprint(p.Matches) != fmt.Sprint(h.Matches) {
			return fmt.Sprintf("hit %d is %s (%v) pruned, %s (%v) scanned", i, p.Item.ID, p.Score, h.Item.ID, h.Score)
		}
	}
	return ""
}
