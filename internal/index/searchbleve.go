package index

import (
	"context"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search"
)

// searchBleve executes a plan with bleve's collector and its facets, which
// it counts from doc values.
func (ix *Index) searchBleve(ctx context.Context, p plan) (Result, error) {
	req := bleve.NewSearchRequestOptions(withFilters(p.text, p.req), p.limit, p.req.Offset, false)
	req.Fields = []string{fieldDoc}
	if p.req.Admit != nil {
		req.Fields = append(req.Fields, fieldOutline)
	}
	if p.sortByFields {
		req.SortBy([]string{"-" + FieldDate, FieldSource, FieldSeq})
	}
	for _, field := range p.main {
		req.AddFacet(field, bleve.NewFacetRequest(field, p.facetSize(field)))
	}
	res, err := ix.search(ctx, req)
	if err != nil {
		return Result{}, err
	}
	out := Result{Total: int(res.Total), Hits: make([]Hit, 0, len(res.Hits))}
	for _, h := range res.Hits {
		hit, ok, err := admittedBleveHit(h, p.req.Admit)
		if err != nil {
			return Result{}, err
		}
		if ok {
			out.Hits = append(out.Hits, hit)
		}
	}
	if p.counts() {
		out.Facets = map[string][]FacetCount{}
		for name, f := range res.Facets {
			out.Facets[name] = facetCounts(f)
		}
		for _, field := range p.own {
			if out.Facets[field], err = ix.facetWithout(ctx, p, field); err != nil {
				return Result{}, err
			}
		}
	}
	return out, nil
}

// facetWithout counts a facet field under every filter of the plan but its
// own, so the theme bar can show what picking another theme would give.
func (ix *Index) facetWithout(ctx context.Context, p plan, field string) ([]FacetCount, error) {
	req := bleve.NewSearchRequestOptions(withFilters(p.text, p.req.without(field)), 0, 0, false)
	req.AddFacet(field, bleve.NewFacetRequest(field, p.facetSize(field)))
	res, err := ix.search(ctx, req)
	if err != nil {
		return nil, err
	}
	return facetCounts(res.Facets[field]), nil
}

// facetCounts converts bleve's facet result, in cypx's order.
func facetCounts(f *search.FacetResult) []FacetCount {
	var out []FacetCount
	if f == nil || f.Terms == nil {
		return out
	}
	for _, t := range f.Terms.Terms() {
		out = append(out, FacetCount{Value: t.Term, Count: t.Count})
	}
	sortFacetCounts(out)
	return out
}
