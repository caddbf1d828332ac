package index

import (
	"slices"

	"github.com/cypx/cypx/internal/evidence"
)

// Keep reports whether an item passes the request's filters (ids, figure
// values, themes, kinds, sources, publishers, actors and years; not the
// query text). It is the definition of what each filter means: the index
// answers the same filters with bleve queries and its facet table for
// speed, and a test holds those to this predicate; callers that filter
// items they already hold ('cypx items', in document order and without an
// index) call it instead of writing the rules again.
func (r Request) Keep(it evidence.Item) bool {
	anyOf := func(want []string, have ...string) bool {
		if len(want) == 0 {
			return true
		}
		for _, h := range have {
			if slices.Contains(want, h) {
				return true
			}
		}
		return false
	}
	if !anyOf(r.IDs, it.ID) || !anyOf(kindStrings(r.Kinds), string(it.Kind)) || !anyOf(r.Sources, it.Source.ID) ||
		!anyOf(r.Themes, it.Themes...) {
		return false
	}
	// A publisher is compared as indexed (its first kilobyte), as bleve
	// and the facet table compare it.
	if len(r.Publishers) > 0 && !slices.ContainsFunc(r.Publishers, func(p string) bool {
		return IndexedPublisher(p) == IndexedPublisher(it.Source.Publisher)
	}) {
		return false
	}
	if len(r.Actors) > 0 && !slices.ContainsFunc(it.Actors, func(a evidence.Actor) bool { return slices.Contains(r.Actors, a) }) {
		return false
	}
	if len(r.Values) > 0 && !slices.ContainsFunc(it.Figures, func(f evidence.Figure) bool { return slices.Contains(r.Values, f.Value) }) {
		return false
	}
	y := it.Source.Date.Year
	return (r.YearFrom == 0 || y >= r.YearFrom) && (r.YearTo == 0 || y <= r.YearTo)
}
