package index

import (
	"context"
	"encoding/binary"
	"math"
	"slices"
	"sync/atomic"

	"github.com/RoaringBitmap/roaring/v2"
	"github.com/blevesearch/bleve/v2/index/scorch"
	"github.com/blevesearch/bleve/v2/search"
	bq "github.com/blevesearch/bleve/v2/search/query"
	"github.com/blevesearch/bleve/v2/search/searcher"
	bindex "github.com/blevesearch/bleve_index_api"
)

// The commonest typed search is one word being typed, and at a million
// items its page was 95% of its time, bleve scoring every match of a
// common word ("waiting" matches a quarter of the library) to keep fifty.
// A word compiles to a disjunction of terms and prefixes over a few
// fields, each boosted; the documents matching it are the union of those
// terms' postings, which the segments keep as bitmaps, so the total is a
// union and a count, each of the table's filters the union of its
// values' postings (bitmapTotal). The page is found as the "more like
// this" search finds its own (maxScorePage), each document that may
// enter it scored by the query's own bleve searcher, advanced to it: the
// same hits with the same scores as scoring every match, while every
// disjunction of the query sums its clauses in bleve's slice searcher
// (at most DisjunctionHeapTakeover of them; see maxscore.go's init).

// typedScanOnly turns off the pruned search of a typed word, for tests
// to compare its answers with the scan of every match; typedPrunedPages
// counts the pages it found, for tests to see it was taken.
var (
	typedScanOnly    atomic.Bool
	typedPrunedPages atomic.Int64
)

// typedClause is one term or prefix of a compiled word, in its field,
// with its boost, under the top disjunction's clause top, in the
// conjunction's word group.
type typedClause struct {
	field, term string
	prefix      bool
	boost       float64
	top, group  int
}

// typedShape is how a query of typed words is made: its terms and
// prefixes, how many clauses its top disjunction has (1 if it is none),
// and how many words a document must match (a conjunction's, or 1).
type typedShape struct {
	clauses []typedClause
	tops    int
	groups  int
}

// wordClauses flattens q into its terms and prefixes, if q is only
// disjunctions of them (the shape one word compiles to) or a conjunction
// of such words (several words typed). Any other query (a phrase, a
// negation, a wildcard, everything) answers false, and so does a
// disjunction bleve would search with its heap.
func wordClauses(q bq.Query) (typedShape, bool) {
	var out typedShape
	var walk func(q bq.Query, top, group int) bool
	walk = func(q bq.Query, top, group int) bool {
		switch q := q.(type) {
		case *bq.TermQuery:
			out.clauses = append(out.clauses, typedClause{field: q.FieldVal, term: q.Term, boost: q.BoostVal.Value(), top: top, group: group})
		case *bq.PrefixQuery:
			out.clauses = append(out.clauses, typedClause{field: q.FieldVal, term: q.Prefix, prefix: true, boost: q.BoostVal.Value(), top: top, group: group})
		case *bq.DisjunctionQuery:
			// bleve leaves a disjunction's own boost out of its score.
			if q.Min > 1 || len(q.Disjuncts) == 0 || len(q.Disjuncts) > searcher.DisjunctionHeapTakeover {
				return false
			}
			for _, d := range q.Disjuncts {
				if !walk(d, top, group) {
					return false
				}
			}
		default:
			return false
		}
		return true
	}
	out.tops, out.groups = 1, 1
	ok := true
	switch x := q.(type) {
	case *bq.DisjunctionQuery:
		if x.Min <= 1 && len(x.Disjuncts) > 0 && len(x.Disjuncts) <= searcher.DisjunctionHeapTakeover {
			out.tops = len(x.Disjuncts)
			for i, d := range x.Disjuncts {
				ok = ok && walk(d, i, 0)
			}
		} else {
			ok = false
		}
	case *bq.ConjunctionQuery:
		// Its score is the sum of its words', each at most the sum of
		// its terms': no coord.
		out.groups = len(x.Conjuncts)
		for i, c := range x.Conjuncts {
			ok = ok && walk(c, 0, i)
		}
	default:
		ok = walk(q, 0, 0)
	}
	if !ok || len(out.clauses) == 0 || out.groups == 0 {
		return typedShape{}, false
	}
	for _, c := range out.clauses {
		if c.field == "" || c.term == "" {
			return typedShape{}, false // the mapping's default field, or every term
		}
	}
	return out, true
}

// typedTermsMax bounds the terms a pruned typed search reads: a short
// prefix of a large library can start hundreds of words.
const typedTermsMax = 64

// wordTerms are the terms of the clauses as bleve's searchers take them:
// a prefix's are the terms of its field's dictionary that start with it,
// or the prefix itself where none but it does (bleve then searches the
// prefix as a term, which weighs in the query norm though it may match
// nothing). False where a prefix starts more words than bleve's slice
// searcher takes, or the terms are more than typedTermsMax.
func wordTerms(snap bindex.IndexReader, clauses []typedClause) ([]typedClause, bool, error) {
	var out []typedClause
	for _, c := range clauses {
		if !c.prefix {
			out = append(out, c)
			continue
		}
		d, err := snap.FieldDictPrefix(c.field, []byte(c.term))
		if err != nil {
			return nil, false, err
		}
		var terms []string
		for {
			e, err := d.Next()
			if err != nil {
				d.Close()
				return nil, false, err
			}
			if e == nil {
				break
			}
			if !slices.Contains(terms, e.Term) {
				terms = append(terms, e.Term)
			}
		}
		d.Close()
		if len(terms) == 0 {
			terms = []string{c.term}
		}
		if len(terms) > searcher.DisjunctionHeapTakeover {
			return nil, false, nil
		}
		for _, term := range terms {
			out = append(out, typedClause{field: c.field, term: term, boost: c.boost, top: c.top, group: c.group})
		}
	}
	return out, len(out) <= typedTermsMax, nil
}

// bitmapTotal counts the documents of t's snapshot holding, in each of
// the groups, any of its terms (prefixes expanded: see wordTerms), and
// passing every filter, from the segments' postings bitmaps, without
// scoring; false when the snapshot's segments do not give their bitmaps.
func bitmapTotal(ctx context.Context, t *facetTable, terms []typedClause, groups int, filters []tableFilter) (int, bool, error) {
	snap, ok := t.snap.(*scorch.IndexSnapshot)
	if !ok {
		return 0, false, nil
	}
	// Each segment's matches are the union of the terms' postings, less
	// its deleted documents, and each filter the union of its values'.
	total := 0
	for _, ss := range snap.Segments() {
		if err := ctx.Err(); err != nil {
			return 0, false, err
		}
		seg := ss.Segment()
		var bm *roaring.Bitmap
		for g := range groups {
			word := roaring.New()
			for _, c := range terms {
				if c.group != g {
					continue
				}
				if ok, err := orPostings(seg, c.field, c.term, word); !ok || err != nil {
					return 0, false, err
				}
			}
			if bm == nil {
				bm = word
			} else {
				bm.And(word)
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
				if ok, err := orPostings(seg, f.field, f.col.terms[v], passing); !ok || err != nil {
					return 0, false, err
				}
			}
			bm.And(passing)
		}
		total += int(bm.GetCardinality())
	}
	return total, true, nil
}

// typedPrunable says whether a table search of plan p, whose query with
// the filters left in it is q, asks for nothing but a page by score and
// its total, of a query that may be one typed word.
func typedPrunable(p plan, q bq.Query, facets int) bool {
	r := p.req
	return !typedScanOnly.Load() && q == p.text && p.limit > 0 && facets == 0 && !p.counts() &&
		len(r.LikeTerms) == 0 && r.Like == "" && len(r.Measures) == 0 && !r.FacetsOnly && !p.sortByFields
}

// typedPage answers a typed word's search (see typedPrunable) from its
// terms' postings: the total from their bitmaps, the keep best matches
// passing the filters by max-score pruning. False when q is not one
// word's shape, or its terms or segments do not allow it: the caller
// then scans every match.
func (ix *Index) typedPage(ctx context.Context, t *facetTable, q bq.Query, filters []tableFilter, keep int) ([]scored, int, bool, error) {
	shape, ok := wordClauses(q)
	if !ok {
		return nil, 0, false, nil
	}
	terms, ok, err := wordTerms(t.snap, shape.clauses)
	if err != nil || !ok {
		return nil, 0, false, err
	}
	total, ok, err := bitmapTotal(ctx, t, terms, shape.groups, filters)
	if err != nil || !ok {
		return nil, 0, false, err
	}
	if total == 0 {
		typedPrunedPages.Add(1)
		return nil, 0, true, nil
	}
	s, err := q.Searcher(ctx, t.snap, ix.bi.Mapping(), search.SearcherOptions{})
	if err != nil {
		return nil, 0, false, err
	}
	defer s.Close()
	// A term's score is sqrt(freq)·norm·idf, times its query weight
	// (boost·idf·norm of the query) once a disjunction or conjunction
	// has set it: a term searched alone keeps a query weight of 1.
	queryWeight := func(idf, boost float64) float64 { return 1 }
	switch s.(type) {
	case *searcher.TermSearcher:
	case *searcher.DisjunctionSliceSearcher, *searcher.ConjunctionSearcher:
		queryNorm := 1 / math.Sqrt(s.Weight())
		queryWeight = func(idf, boost float64) float64 { return boost * idf * queryNorm }
	default:
		return nil, 0, false, nil
	}
	docTotal, err := t.snap.DocCount()
	if err != nil {
		return nil, 0, false, err
	}
	cl := make([]likeClause, len(terms))
	defer closeClauses(cl)
	fields := map[string]int{}
	for i, c := range terms {
		tfr, err := t.snap.TermFieldReader(ctx, []byte(c.term), c.field, true, true, false)
		if err != nil {
			return nil, 0, false, err
		}
		at, seen := fields[c.field]
		if !seen {
			at = len(fields)
			fields[c.field] = at
		}
		cl[i] = likeClause{term: c.term, field: c.field, fieldAt: at, top: c.top, tfr: tfr}
		idf := 1 + math.Log(float64(docTotal)/float64(tfr.Count()+1))
		if err := cl[i].start(ctx, t, idf*queryWeight(idf, c.boost)); err != nil {
			return nil, 0, false, err
		}
	}
	var admit func(doc uint64) bool
	if len(filters) > 0 {
		buf := make([]uint32, 0, 64)
		admit = func(doc uint64) bool {
			for i := range filters {
				if !filters[i].passes(doc, &buf) {
					return false
				}
			}
			return true
		}
	}
	page, err := maxScorePage(ctx, t, cl, shape.tops, len(fields), keep, admit, advancingScore(s, t.snap))
	if err == nil {
		typedPrunedPages.Add(1)
	}
	return page, total, err == nil, err
}

// advancingScore scores documents in increasing order by bleve's own
// searcher s, advanced to each: it stops at the document if the query
// matches it, else at the next match, which is kept for a later call
// (advancing past it would lose it). It says whether the query matches.
func advancingScore(s search.Searcher, r bindex.IndexReader) func(d uint64, _ int, _ uint64) (float64, bool, error) {
	sctx := &search.SearchContext{DocumentMatchPool: search.NewDocumentMatchPool(s.DocumentMatchPoolSize(), 0), IndexReader: r}
	id := make([]byte, 0, 8)
	var next scored // the match the searcher stopped at
	at, ended := false, false
	return func(d uint64, _ int, _ uint64) (float64, bool, error) {
		if at && d <= next.doc {
			if d < next.doc {
				return 0, false, nil
			}
			at = false
			return next.score, true, nil
		}
		if ended {
			return 0, false, nil
		}
		at = false
		dm, err := s.Advance(sctx, binary.BigEndian.AppendUint64(id[:0], d))
		if err != nil || dm == nil {
			ended = err == nil
			return 0, false, err
		}
		got, err := docNumber(dm.IndexInternalID)
		next = scored{score: dm.Score, doc: got}
		sctx.DocumentMatchPool.Put(dm) // after its score is read: the pool resets it
		if err != nil {
			return 0, false, err
		}
		if got == d {
			return next.score, true, nil
		}
		at = true
		return 0, false, nil
	}
}
