package history

import (
	"context"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/index"
)

// FiltersOf are the filters of a search request.
func FiltersOf(r index.Request) Filters {
	f := Filters{Themes: r.Themes, Sources: r.Sources, Publishers: r.Publishers, From: r.YearFrom, To: r.YearTo}
	for _, k := range r.Kinds {
		f.Kinds = append(f.Kinds, string(k))
	}
	for _, a := range r.Actors {
		f.Actors = append(f.Actors, string(a))
	}
	return f.Normal()
}

// Request is a search for query under the filters, as 'cypx search'
// reads it: its words whole.
func (f Filters) Request(query string) index.Request {
	r := index.Request{Query: query, Themes: f.Themes, Sources: f.Sources, Publishers: f.Publishers, YearFrom: f.From, YearTo: f.To}
	for _, k := range f.Kinds {
		r.Kinds = append(r.Kinds, evidence.Kind(k))
	}
	for _, a := range f.Actors {
		r.Actors = append(r.Actors, evidence.Actor(a))
	}
	return r
}

// Searcher is what a saved search runs on: the index.
type Searcher interface {
	Search(ctx context.Context, r index.Request) (index.Result, error)
}

// Find runs a saved search's query and filters, with the first MaxSeen
// items found, in rank order.
func Find(ctx context.Context, s Searcher, x Search) (index.Result, error) {
	r := x.Filters.Request(x.Query)
	r.Limit = MaxSeen
	return s.Search(ctx, r)
}

// IDs are the ids of hits, in order.
func IDs(hits []index.Hit) []string {
	ids := make([]string, len(hits))
	for i, h := range hits {
		ids[i] = h.Item.ID
	}
	return ids
}
