package index

import (
	"context"
	"slices"
	"strings"

	"github.com/blevesearch/bleve/v2/search/query"

	"github.com/cypx/cypx/internal/themes"
)

// explicitSortLimit is the index size up to which the empty query sorts
// by date and document order explicitly rather than trusting index order.
const explicitSortLimit = 20000

// defaultLimit is the page size of a request that names none.
const defaultLimit = 50

// maxPage bounds a request's limit and offset: more items than any index
// holds (its document numbers are 32-bit), small enough that their sum
// fits an int.
const maxPage = 1 << 31

// facetFields are the fields counted when a request asks for facets without
// naming fields, and facetSizes how many values of each are returned.
// Every theme is counted (a taxonomy holds at most themes.MaxThemes): the
// explorer's theme picker lists every theme with its count, and counted
// only the first 100, the others shown as 0.
var (
	facetFields = []string{FieldTheme, FieldKind, FieldSource}
	facetSizes  = map[string]int{FieldTheme: themes.MaxThemes, FieldKind: 10, FieldSource: 200}
)

// allValues is the facet size that counts every value a field has in
// practice (an evidence map needs every source, not the top ones).
const allValues = 100000

// plan is how one request is answered, decided before the index is read:
// both executors (searchBleve and searchTable) and finish follow it.
type plan struct {
	// req is the request: its filters and offset are applied as asked.
	req Request
	// text is the query without the filters: what was typed, or the terms
	// of a "more like this" search.
	text query.Query
	// limit is how many hits to return after req.Offset; 0: none.
	limit int
	// sortByFields sorts the page by date, source and document order
	// instead of by score.
	sortByFields bool
	// main are the facets counted over the search's own matches; own, the
	// facets counted under every filter but their own.
	main, own []string
	// everyValue returns every value of each facet, not the top ones.
	everyValue bool
	// ordered puts ties on score in listing order (see finish).
	ordered bool
	// matches finds the hits' matched spans after the page is known.
	matches bool
	// noMatch says nothing can match (measure keys without a term).
	noMatch bool
}

// plan decides how to answer r, whose typed query compiled to typed.
func (ix *Index) plan(r Request, typed query.Query) plan {
	p := plan{req: r, text: typed, limit: r.Limit}
	if len(r.Measures) > 0 {
		// nil when no key holds a term: nothing can match (see execute).
		p.text = measuresQuery(r.Measures, r.MeasuresAnyNumber, r.MeasuresAnyWord)
		p.noMatch = p.text == nil
	} else if len(r.LikeTerms) > 0 {
		p.text = termsQuery(r.LikeTerms)
	} else if r.Like != "" {
		p.text = ix.likeQuery(r.Like)
	}
	if p.limit <= 0 {
		p.limit = defaultLimit
	}
	// An offset is a place in the results: before the first is the first,
	// and past maxPage is past any index's end. Bounded, the page's end
	// (offset+limit) cannot overflow an int, which panicked in the
	// collectors and was taken for damage to the index.
	p.limit = min(p.limit, maxPage)
	p.req.Offset = min(max(p.req.Offset, 0), maxPage)
	if r.FacetsOnly {
		p.limit = 0
	}
	typedText := strings.TrimSpace(r.Query) != ""
	// Term locations are read for every match while collecting, so they
	// are fetched afterwards for the hits returned only (see matches).
	p.matches = r.Matches && typedText && r.Like == "" && !r.FacetsOnly
	// Sorting on fields reads doc values for every hit (25 ms at 24,000
	// hits). Text queries sort by score alone, ties falling to index order,
	// which a full build makes newest source first, then document order. The
	// empty query sorts explicitly only where that is cheap.
	if !typedText && r.Like == "" && len(r.Measures) == 0 {
		n, _ := ix.Count()
		p.sortByFields = n <= explicitSortLimit
	}
	p.ordered = r.Query != "" || r.Like != "" || len(r.Measures) > 0
	// Facets whose own filter is empty are counted over the main search's
	// matches; the others over the matches of every filter but their own.
	switch {
	case !r.Facets:
	case len(r.FacetFields) > 0:
		p.main, p.everyValue = r.FacetFields, true
	default:
		for _, field := range facetFields {
			if r.filterLen(field) == 0 {
				p.main = append(p.main, field)
			} else {
				p.own = append(p.own, field)
			}
		}
	}
	return p
}

// facetSize is how many values of field the plan returns.
func (p plan) facetSize(field string) int {
	if p.everyValue {
		return allValues
	}
	return facetSizes[field]
}

// counts says whether the plan counts any facet.
func (p plan) counts() bool { return len(p.main)+len(p.own) > 0 }

// execute runs a plan. A read-only index with a facet table answers in one
// pass of its own (see searchTable), unless the page is sorted by fields;
// an index in memory or being written is searched by bleve.
func (ix *Index) execute(ctx context.Context, p plan) (Result, error) {
	if tab := ix.facetTable(); tab != nil && !p.sortByFields && tab.holds(slices.Concat(p.main, p.own, p.req.filterFields())) {
		return ix.searchTable(ctx, tab, p)
	}
	return ix.searchBleve(ctx, p)
}
