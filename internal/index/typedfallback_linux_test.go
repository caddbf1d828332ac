package index

import (
	"context"
	"os"
	"syscall"
	"testing"
)

// TestTypedFallbacks says, for each prefix of "waiting list" typed over
// the index in CYPX_TYPED_INDEX (a cache's index folder, such as the
// benchmarks' 1M one), whether its page was pruned, by which proof, and
// the CPU time (user and system) of 20 searches each pruned and scanned:
// which prefixes fall back to the scan, for measuring, not a check.
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
		var ms [2]float64
		for j, scan := range []bool{true, false} {
			typedScanOnly.Store(scan)
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
		pruned := typedPrunedPages.Load()
		whole, bound, ties := topPageProofs[proofWhole].Load(), topPageProofs[proofBound].Load(), topPageProofs[proofTies].Load()
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
		}
		t.Logf("%-14q %-22s CPU a search: %6.2f ms (scan %6.2f ms)", r.Query, how, ms[1], ms[0])
	}
}
