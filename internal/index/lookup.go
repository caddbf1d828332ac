package index

import (
	"context"
	"fmt"
	"runtime/debug"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/query"

	"github.com/cypx/cypx/internal/evidence"
)

// Get returns the item with an id.
func (ix *Index) Get(ctx context.Context, id string) (_ evidence.Item, _ bool, err error) {
	defer ix.protect(&err, debug.SetPanicOnFault(true))
	if err := ix.usable(); err != nil {
		return evidence.Item{}, false, err
	}

	req := bleve.NewSearchRequestOptions(bleve.NewDocIDQuery([]string{id}), 1, 0, false)
	req.Fields = []string{fieldDoc}
	res, err := ix.search(ctx, req)
	if err != nil || len(res.Hits) == 0 {
		return evidence.Item{}, false, err
	}
	h, err := bleveHit(res.Hits[0])
	return h.Item, err == nil, err
}

// Lookup finds an item by its id, or by a unique prefix (four characters or
// more) of the part after "#" (evidence.ItemRef.Matches, asked of the
// index). A reference that breaks the id rule (see evidence.ParseItemRef)
// is refused with the rule; one matching more than one item is an
// *evidence.AmbiguousRefError.
func (ix *Index) Lookup(ctx context.Context, ref string) (_ evidence.Item, err error) {
	r, err := evidence.ParseItemRef(ref)
	if err != nil {
		return evidence.Item{}, err
	}
	if id := r.ID(); id != "" {
		if it, ok, err := ix.Get(ctx, id); err != nil || ok {
			return it, err
		}
	}
	defer ix.protect(&err, debug.SetPanicOnFault(true))
	if err := ix.usable(); err != nil {
		return evidence.Item{}, err
	}
	var q query.Query = bleve.NewPrefixQuery(r.Hash)
	q.(*query.PrefixQuery).SetField(FieldHash)
	if r.Source != "" {
		q = bleve.NewConjunctionQuery(q, anyTerm(FieldSource, []string{r.Source}))
	}
	req := bleve.NewSearchRequestOptions(q, 2, 0, false)
	req.Fields = []string{fieldDoc}
	res, err := ix.search(ctx, req)
	if err != nil {
		return evidence.Item{}, err
	}
	switch res.Total {
	case 0:
		return evidence.Item{}, fmt.Errorf("no item %q (ids are listed by 'cypx items')", ref)
	case 1:
		h, err := bleveHit(res.Hits[0])
		return h.Item, err
	}
	var ids []string
	for _, h := range res.Hits {
		ids = append(ids, h.ID)
	}
	return evidence.Item{}, &evidence.AmbiguousRefError{Ref: ref, IDs: ids, Total: int(res.Total)}
}

// SourceItemIDs lists the ids of every item from the given sources.
func (ix *Index) SourceItemIDs(ctx context.Context, sources []string) (_ []string, err error) {
	defer ix.protect(&err, debug.SetPanicOnFault(true))
	if err := ix.usable(); err != nil {
		return nil, err
	}

	if len(sources) == 0 {
		return nil, nil
	}
	var ids []string
	const page = 10000
	for from := 0; ; from += page {
		req := bleve.NewSearchRequestOptions(anyTerm(FieldSource, sources), page, from, false)
		res, err := ix.search(ctx, req)
		if err != nil {
			return nil, err
		}
		for _, h := range res.Hits {
			ids = append(ids, h.ID)
		}
		if len(res.Hits) < page {
			return ids, nil
		}
	}
}
