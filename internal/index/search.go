package index

import (
	"context"
	"runtime/debug"
	"sort"
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
		sort.SliceStable(out.Hits, func(i, j int) bool {
			a, b := &out.Hits[i], &out.Hits[j]
			if a.Score != b.Score {
				return a.Score > b.Score
			}
			return listingCompare(&a.Item, &b.Item) < 0
		})
	}
	if p.matches && len(out.Hits) > 0 {
		return ix.matches(ctx, p.text, out.Hits)
	}
	return nil
}
