package index

import (
	"context"
	"encoding/binary"
	"math"
	"slices"
	"sort"
	"sync"

	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"
	"github.com/blevesearch/bleve/v2/search/searcher"
	bindex "github.com/blevesearch/bleve_index_api"
)

// A "more like this" search (Request.LikeTerms) is a disjunction of up to
// fifteen terms of the text field, and the links of one item run three of
// them: at a million items they were 92% of the links' time, bleve
// scoring every match of every term to keep thirty. Over a read-only
// index, when the caller does not want the total (Request.NoTotal), the
// page is found by max-score pruning (Turtle and Flood): each term's
// score in a document is at most a bound known before the search (its
// weight times the highest sqrt(freq)·norm of its postings), so once the
// page is full, a document can beat its last hit only if it holds one of
// the terms whose bounds, with every smaller one, sum past that hit's
// score. Only those terms' postings are walked; the others are read only
// where such a document may beat the page. Every document that may is
// scored by bleve's own searcher of the same query, advanced to it, so
// the page holds bleve's hits with bleve's scores: the same page as
// scoring every match (TestPrunedLikeSearchIsBleves).

// prunedTermsMax is the most terms a pruned search takes.
const prunedTermsMax = 16

func init() {
	// bleve sums a document's term scores in a slice of the clauses,
	// ordered by their postings' lengths, up to DisjunctionHeapTakeover
	// clauses; past it in a heap, in whatever order the heap holds the
	// clauses then, which depends on the documents met before. Floating
	// point sums in two orders may differ in the last bit, so a document's
	// score would depend on whether the searcher was advanced to it or
	// stepped through everything before. The slice gives one score, as
	// the pruned search and a search split in two halves need.
	searcher.DisjunctionHeapTakeover = max(searcher.DisjunctionHeapTakeover, prunedTermsMax)
}

// boundSlack widens every bound by far more than the rounding of the
// score's few products and sums, which can only make the bound safe.
// Tests shrink it to see the page change.
var boundSlack = 1 + 1e-9

// termBounds keeps, for each term of the text field asked about, the
// highest sqrt(freq)·norm over its postings in the table's snapshot,
// which never changes.
type termBounds struct {
	mu  sync.Mutex
	max map[string]float64
}

// termBoundsMax bounds the terms kept: each is a few dozen bytes.
const termBoundsMax = 1 << 20

// get returns term's bound, reading its postings the first time.
func (b *termBounds) get(ctx context.Context, r bindex.IndexReader, term string) (float64, error) {
	b.mu.Lock()
	m, ok := b.max[term]
	b.mu.Unlock()
	if ok {
		return m, nil
	}
	tfr, err := r.TermFieldReader(ctx, []byte(term), FieldText, true, true, false)
	if err != nil {
		return 0, err
	}
	defer tfr.Close()
	var tfd bindex.TermFieldDoc
	for n := 0; ; n++ {
		if n%4096 == 0 {
			if err := ctx.Err(); err != nil {
				return 0, err
			}
		}
		d, err := tfr.Next(&tfd)
		if err != nil {
			return 0, err
		}
		if d == nil {
			break
		}
		m = max(m, math.Sqrt(float64(d.Freq))*d.Norm)
	}
	b.mu.Lock()
	if b.max == nil || len(b.max) >= termBoundsMax {
		b.max = map[string]float64{}
	}
	b.max[term] = m
	b.mu.Unlock()
	return m, nil
}

// prunable says whether a table search of plan p, whose query with the
// filters left in it is q and whose table filters and facets are as
// given, can be answered by prunedPage.
func prunable(p plan, q query.Query, tableFilters, facets int) bool {
	r := p.req
	n := len(r.LikeTerms)
	return r.NoTotal && n > 0 && n <= prunedTermsMax && n <= searcher.DisjunctionHeapTakeover &&
		len(r.Measures) == 0 && q == p.text && tableFilters == 0 && facets == 0 && !p.counts() &&
		!r.FacetsOnly && !p.sortByFields
}

// likeClause is one term of a pruned search.
type likeClause struct {
	tfr   bindex.TermFieldReader
	tfd   bindex.TermFieldDoc  // reused by the reader
	cur   *bindex.TermFieldDoc // the reader's current posting
	doc   uint64               // the document the reader is at
	done  bool                 // the reader is past its last document
	w     float64              // the term's weight: sqrt(freq)·norm·w is its score
	bound float64              // the most the term adds to a document's sum
}

// prunedPage finds the keep best matches of q, the disjunction of the
// terms of the text field, as bleve's collector orders them (see
// better), without scoring every match.
func (ix *Index) prunedPage(ctx context.Context, t *facetTable, q query.Query, terms []string, keep int) ([]scored, error) {
	snap := t.snap
	docTotal, err := snap.DocCount()
	if err != nil || docTotal == 0 || keep <= 0 {
		return nil, err
	}
	cl := make([]likeClause, len(terms))
	defer func() {
		for i := range cl {
			if cl[i].tfr != nil {
				cl[i].tfr.Close()
			}
		}
	}()
	// bleve's tf-idf (search/scorer): a term's score is
	// sqrt(freq)·norm·idf · idf·queryNorm, queryNorm one over the root of
	// the sum of the squared idfs, and a document's score the sum of its
	// terms' times the share of the terms it holds.
	sumSq := 0.0
	idf := make([]float64, len(terms))
	for i, term := range terms {
		tfr, err := snap.TermFieldReader(ctx, []byte(term), FieldText, true, true, false)
		if err != nil {
			return nil, err
		}
		cl[i].tfr = tfr
		idf[i] = 1 + math.Log(float64(docTotal)/float64(tfr.Count()+1))
		sumSq += idf[i] * idf[i]
	}
	queryNorm := 1 / math.Sqrt(sumSq)
	for i, term := range terms {
		cl[i].w = idf[i] * idf[i] * queryNorm
		if cl[i].tfr.Count() == 0 {
			cl[i].done = true
			continue
		}
		m, err := t.bounds.get(ctx, snap, term)
		if err != nil {
			return nil, err
		}
		cl[i].bound = m * cl[i].w * boundSlack
		if err := cl[i].next(); err != nil {
			return nil, err
		}
	}
	// Terms by bound, smallest first; below[j] sums the bounds of the
	// first j. The first ess terms are not essential: a document holding
	// none but them scores at most ess/n of below[ess].
	ord := make([]int, len(cl))
	for i := range ord {
		ord[i] = i
	}
	sort.SliceStable(ord, func(a, b int) bool { return cl[ord[a]].bound < cl[ord[b]].bound })
	below := make([]float64, len(ord)+1)
	for j, i := range ord {
		below[j+1] = below[j] + cl[i].bound
	}
	n := float64(len(terms))
	ess := 0

	// bleve's searcher of the query scores each document that may enter
	// the page, advanced to it: documents come in increasing order.
	s, err := q.Searcher(ctx, snap, ix.bi.Mapping(), search.SearcherOptions{})
	if err != nil {
		return nil, err
	}
	defer s.Close()
	sctx := &search.SearchContext{DocumentMatchPool: search.NewDocumentMatchPool(s.DocumentMatchPoolSize(), 0), IndexReader: snap}
	page := make([]scored, 0, keep)
	theta := math.Inf(-1) // the last hit's score once the page is full
	id := make([]byte, 0, 8)
	for steps := 0; ; steps++ {
		if steps%4096 == 0 {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
		}
		d := uint64(math.MaxUint64)
		for _, i := range ord[ess:] {
			if !cl[i].done && cl[i].doc < d {
				d = cl[i].doc
			}
		}
		if d == math.MaxUint64 {
			break
		}
		sum, held := 0.0, 0
		for _, i := range ord[ess:] {
			if c := &cl[i]; !c.done && c.doc == d {
				sum += math.Sqrt(float64(c.cur.Freq)) * c.cur.Norm * c.w
				held++
			}
		}
		// At most every term not essential is held too, each at its bound.
		if len(page) < keep || float64(held+ess)/n*(sum*boundSlack+below[ess]) > theta {
			dm, err := s.Advance(sctx, binary.BigEndian.AppendUint64(id[:0], d))
			if err != nil {
				return nil, err
			}
			if dm == nil {
				return nil, errNotNumbered // the terms' postings and the query's disagree
			}
			got, err := docNumber(dm.IndexInternalID)
			if err != nil {
				return nil, err
			}
			if got != d {
				return nil, errNotNumbered
			}
			m := scored{score: dm.Score, doc: d}
			sctx.DocumentMatchPool.Put(dm)
			switch {
			case len(page) < keep:
				page = append(page, m)
				if len(page) == keep {
					sort.Slice(page, func(i, j int) bool { return better(page[i], page[j]) })
				}
			case better(m, page[keep-1]):
				at := sort.Search(keep, func(i int) bool { return better(m, page[i]) })
				copy(page[at+1:], page[at:keep-1])
				page[at] = m
			}
			if len(page) == keep {
				// A later document ties the last hit at best and loses
				// the tie: it comes after.
				theta = page[keep-1].score
				for ess < len(ord) && float64(ess+1)/n*below[ess+1] <= theta {
					ess++
				}
			}
		}
		for _, i := range ord[ess:] {
			if c := &cl[i]; !c.done && c.doc == d {
				if err := c.next(); err != nil {
					return nil, err
				}
			}
		}
	}
	if len(page) < keep {
		sort.Slice(page, func(i, j int) bool { return better(page[i], page[j]) })
	}
	return slices.Clip(page), nil
}

// next moves the clause's reader to its next document.
func (c *likeClause) next() error {
	d, err := c.tfr.Next(&c.tfd)
	if err != nil {
		return err
	}
	if d == nil {
		c.done = true
		return nil
	}
	c.cur = d
	c.doc, err = docNumber(d.ID)
	return err
}
