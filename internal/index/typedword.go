package index

import (
	"context"

	"github.com/RoaringBitmap/roaring/v2"
	"github.com/blevesearch/bleve/v2/index/scorch"
	bq "github.com/blevesearch/bleve/v2/search/query"
	segment "github.com/blevesearch/scorch_segment_api/v2"
)

// Groundwork for pruning the commonest typed search, one word being
// typed: the page could be found as the "more like this" search finds
// its own (see maxscore.go), if its total came without scoring every
// match. A word compiles to a disjunction of terms and prefixes over a
// few fields, each boosted; the documents matching it are the union of
// those terms' postings, which the segments keep as bitmaps, so the
// total is a union and a count, each of the table's filters the union
// of its values' postings. Nothing searches this way yet.

// typedClause is one term or prefix of a compiled word, in its field,
// with the product of the boosts above it.
type typedClause struct {
	field, term string
	prefix      bool
	boost       float64
}

// wordClauses flattens q into its terms and prefixes, if q is only
// disjunctions of them (the shape one word compiles to): any other query
// (a phrase, a conjunction, a wildcard, everything) answers false.
func wordClauses(q bq.Query) ([]typedClause, bool) {
	var out []typedClause
	var walk func(q bq.Query, boost float64) bool
	walk = func(q bq.Query, boost float64) bool {
		switch q := q.(type) {
		case *bq.TermQuery:
			out = append(out, typedClause{field: q.FieldVal, term: q.Term, boost: boost * q.BoostVal.Value()})
		case *bq.PrefixQuery:
			out = append(out, typedClause{field: q.FieldVal, term: q.Prefix, prefix: true, boost: boost * q.BoostVal.Value()})
		case *bq.DisjunctionQuery:
			if q.Min > 1 || len(q.Disjuncts) == 0 {
				return false
			}
			for _, d := range q.Disjuncts {
				if !walk(d, boost*q.BoostVal.Value()) {
					return false
				}
			}
		default:
			return false
		}
		return true
	}
	if !walk(q, 1) || len(out) == 0 {
		return nil, false
	}
	for _, c := range out {
		if c.field == "" || c.term == "" {
			return nil, false // the mapping's default field, or every term
		}
	}
	return out, true
}

// bitmapTotal counts the documents of t's snapshot holding any of the
// clauses' terms and passing every filter, from the segments' postings
// bitmaps, without scoring; false when the snapshot's segments do not
// give their bitmaps.
func bitmapTotal(ctx context.Context, t *facetTable, clauses []typedClause, filters []tableFilter) (int, bool, error) {
	snap, ok := t.snap.(*scorch.IndexSnapshot)
	if !ok {
		return 0, false, nil
	}
	// Each clause's terms: a prefix's are those of the snapshot's
	// dictionary that start with it.
	type fieldTerm struct{ field, term string }
	var terms []fieldTerm
	for _, c := range clauses {
		if !c.prefix {
			terms = append(terms, fieldTerm{c.field, c.term})
			continue
		}
		d, err := snap.FieldDictPrefix(c.field, []byte(c.term))
		if err != nil {
			return 0, false, err
		}
		for {
			e, err := d.Next()
			if err != nil {
				d.Close()
				return 0, false, err
			}
			if e == nil {
				break
			}
			terms = append(terms, fieldTerm{c.field, e.Term})
		}
		d.Close()
	}
	// Each segment's matches are the union of the terms' postings, less
	// its deleted documents, and each filter the union of its values'.
	postings := func(seg segment.Segment, field, term string, into *roaring.Bitmap) (bool, error) {
		dict, err := seg.Dictionary(field)
		if err != nil {
			return false, err
		}
		pl, err := dict.PostingsList([]byte(term), nil, nil)
		if err != nil {
			return false, err
		}
		o, ok := pl.(interface{ OrInto(*roaring.Bitmap) })
		if ok {
			o.OrInto(into)
		}
		return ok, nil
	}
	total := 0
	for _, ss := range snap.Segments() {
		if err := ctx.Err(); err != nil {
			return 0, false, err
		}
		seg := ss.Segment()
		bm := roaring.New()
		for _, ft := range terms {
			if ok, err := postings(seg, ft.field, ft.term, bm); !ok || err != nil {
				return 0, false, err
			}
		}
		if del := ss.Deleted(); del != nil {
			bm.AndNot(del)
		}
		for _, f := range filters {
			passing := roaring.New()
			for v, want := range f.want {
				if !want {
					continue
				}
				if ok, err := postings(seg, f.field, f.col.terms[v], passing); !ok || err != nil {
					return 0, false, err
				}
			}
			bm.And(passing)
		}
		total += int(bm.GetCardinality())
	}
	return total, true, nil
}
