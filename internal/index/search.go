package index

import (
	"context"
	"runtime/debug"
	"slices"
	"time"
)

// Search runs a request: the typed query is compiled (compile.go), the
// work planned (plan.go), the plan executed by bleve (searchbleve.go) or
// over the facet table (tablesearch.go), and the page finished.
func (ix *Index) Search(ctx context.Context, r Request) (_ Result, err error) {
	defer ix.protect(&err, debug.SetPanicOnFault(true))
	if err := ix.usable(); err != nil {
		return Result{}, err
	}

	start := time.Now()
	cq, err := ix.compile(r.Query, r.Typing)
	if err != nil {
		return Result{}, err
	}
	p := ix.plan(r, cq.q)
	if p.noMatch {
		return Result{}, nil
	}
	out, err := ix.execute(ctx, p)
	if err != nil {
		return Result{}, err
	}
	out.Expanded = cq.expanded
	if out.Total == 0 && !r.FacetsOnly {
		// Errors here only cost the suggestions: the search itself stands.
		out.Suggestions, _ = ix.suggest(ctx, cq.words)
	}
	if err := ix.finish(ctx, p, &out); err != nil {
		return Result{}, err
	}
	out.Took = time.Since(start)
	return out, nil
}

// finish orders a page's ties and finds its matched words.
func (ix *Index) finish(ctx context.Context, p plan, out *Result) error {
	if p.ordered {
		// Ties on score fall to bleve's internal document numbers, which
		// segment merges can change between runs: order them as listings
		// are, so a page never reshuffles.
		out.Hits = orderTies(out.Hits)
	}
	if p.matches && len(out.Hits) > 0 && !out.spanned {
		return ix.matches(ctx, p.text, out.Hits)
	}
	out.spanned = false // said, not kept: results compare as values
	return nil
}

// orderTies orders hits by score, highest first, ties as listings are.
// Most pages already are in that order (index order is listing order), and
// are returned as they are. Otherwise the hits' positions are sorted and
// each hit moved once: a hit holds its item whole, and a comparison
// table's hundreds of hits moved by a stable sort's swaps took a twentieth
// of its time at 100,000 items (BenchmarkFigureTable). A stable sort by
// the same comparison gives the same order either way.
func orderTies(hits []Hit) []Hit {
	byScore := func(a, b *Hit) int {
		if a.Score != b.Score {
			if a.Score > b.Score {
				return -1
			}
			return 1
		}
		return listingCompare(&a.Item, &b.Item)
	}
	sorted := true
	for i := 1; i < len(hits) && sorted; i++ {
		sorted = byScore(&hits[i-1], &hits[i]) <= 0
	}
	if sorted {
		return hits
	}
	at := make([]int, len(hits))
	for i := range at {
		at[i] = i
	}
	slices.SortFunc(at, func(i, j int) int { // then by position: the stable order
		if c := byScore(&hits[i], &hits[j]); c != 0 {
			return c
		}
		return i - j
	})
	moved := make([]Hit, len(hits))
	for i, j := range at {
		moved[i] = hits[j]
	}
	return moved
}
