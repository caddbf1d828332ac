package index

import (
	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/query"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/measure"
)

// measureTerms are the terms an item is found by in FieldMeasure: the
// index terms of every figure's measure key (measure.Key.IndexTerms), each
// once. A query for one figure's terms may find an item through another
// of its figures' terms; the caller compares the figures themselves.
func measureTerms(figs []evidence.Figure) []string {
	var out []string
	seen := map[string]bool{}
	for _, f := range figs {
		if f.Key == "" {
			continue
		}
		for _, t := range measure.ParseKey(f.Key).IndexTerms() {
			if !seen[t] {
				seen[t] = true
				out = append(out, t)
			}
		}
	}
	return out
}

// measuresQuery finds the items with a figure that may be of the same
// measure as any of keys: for each key, items sharing at least
// measure.MinShared of its index terms, which every figure measure.Match
// pairs with it does. Nil when no key has terms.
func measuresQuery(keys []string) query.Query {
	var any []query.Query
	for _, k := range keys {
		terms := measure.ParseKey(k).IndexTerms()
		if len(terms) == 0 {
			continue
		}
		qs := make([]query.Query, len(terms))
		for i, t := range terms {
			tq := bleve.NewTermQuery(t)
			tq.SetField(FieldMeasure)
			qs[i] = tq
		}
		dq := bleve.NewDisjunctionQuery(qs...)
		dq.SetMin(float64(measure.MinShared(len(terms))))
		any = append(any, dq)
	}
	switch len(any) {
	case 0:
		return nil
	case 1:
		return any[0]
	}
	return bleve.NewDisjunctionQuery(any...)
}
