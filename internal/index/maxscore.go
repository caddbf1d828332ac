package index

import (
	"context"
	"encoding/binary"
	"math"
	"math/bits"
	"slices"
	"sort"
	"sync"
	"sync/atomic"

	"github.com/RoaringBitmap/roaring/v2"
	"github.com/blevesearch/bleve/v2/index/scorch"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"
	"github.com/blevesearch/bleve/v2/search/scorer"
	"github.com/blevesearch/bleve/v2/search/searcher"
	bindex "github.com/blevesearch/bleve_index_api"
	segment "github.com/blevesearch/scorch_segment_api/v2"
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
// scored by bleve's own scorers, its terms summed in the order bleve's
// searcher sums them, so the page holds bleve's hits with bleve's scores:
// the same page as scoring every match (TestPrunedLikeSearchIsBleves).

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

// termBounds keeps, for each term of the text field asked about, what
// its postings in the table's snapshot (which never changes) allow a
// document's score.
type termBounds struct {
	mu    sync.Mutex
	max   map[string]termBound
	bytes uint64 // the size of the bitmaps kept
	// lv keeps the impact levels of typed searches' terms (typedlevels.go).
	lv levelCache
}

// termBound is a term's highest sqrt(freq)·norm over its postings, and
// its highest frequency: in a document whose field's norm is known (every
// term of a field in a document has the same), the term gives at most
// sqrt(freq)·norm.
type termBound struct {
	score float64
	freq  uint64
	// docs are the documents holding the term, one bitmap a segment (a
	// deleted document may be among them), for telling whether a
	// document holds the term without reading its postings up to it;
	// nil where the snapshot's segments do not give them.
	docs []*roaring.Bitmap
	// best are the term's topDocs documents of highest impact
	// (sqrt(freq)·norm), ties to the lower document number, in order of
	// number; all of them when it has no more (open false). Every other
	// document has at most cut, and one numbered below last (the least
	// kept's number) less than cut: at most next (below 0 when none has
	// a lower impact). See topPage.
	best []uint64
	cut  float64
	last uint64
	next float64
	open bool
}

// topDocs is how many of a term's documents of highest impact its bound
// keeps. Tests shrink it, so that a small library's terms have more.
var topDocs = 1024

// termBoundsMax bounds the terms kept, and termBoundsBytes their
// bitmaps' size: a term in every document of a million takes 128 kB.
const (
	termBoundsMax   = 1 << 20
	termBoundsBytes = 64 << 20
)

// eachImpact calls fn with each posting of term in field and its impact
// as bleve's term scorer forms it (sqrt(freq) times the norm, before the
// idf and the query's weight), looking at ctx every 4,096 postings: the
// one walk a term's bound and its levels are read by.
func eachImpact(ctx context.Context, r bindex.IndexReader, field, term string, fn func(d *bindex.TermFieldDoc, impact float64) error) error {
	tfr, err := r.TermFieldReader(ctx, []byte(term), field, true, true, false)
	if err != nil {
		return err
	}
	defer tfr.Close()
	var tfd bindex.TermFieldDoc
	for n := 0; ; n++ {
		if n%4096 == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		d, err := tfr.Next(&tfd)
		if err != nil || d == nil {
			return err
		}
		if err := fn(d, math.Sqrt(float64(d.Freq))*d.Norm); err != nil {
			return err
		}
	}
}

// get returns the bound of term in field, reading its postings the
// first time.
func (b *termBounds) get(ctx context.Context, r bindex.IndexReader, field, term string) (termBound, error) {
	key := field + "\x00" + term
	b.mu.Lock()
	m, ok := b.max[key]
	b.mu.Unlock()
	if ok {
		return m, nil
	}
	var top impactHeap
	var left impactsLeft
	err := eachImpact(ctx, r, field, term, func(d *bindex.TermFieldDoc, impact float64) error {
		m.score = max(m.score, impact)
		m.freq = max(m.freq, d.Freq)
		if len(top) < topDocs || impact >= top[0].impact {
			doc, err := docNumber(d.ID)
			if err != nil {
				return err
			}
			if out, ok := top.offer(docImpact{impact: impact, doc: doc}); ok {
				left.add(out.impact)
			}
		} else {
			left.add(impact)
		}
		return nil
	})
	if err != nil {
		return m, err
	}
	m.best, m.cut, m.last = top.kept()
	m.next, m.open = left.below(m.cut), left.any
	m.docs = termDocs(r, field, term)
	size := uint64(8 * len(m.best))
	for _, bm := range m.docs {
		size += bm.GetSizeInBytes()
	}
	b.mu.Lock()
	if b.max == nil || len(b.max) >= termBoundsMax || b.bytes+size > termBoundsBytes {
		b.max, b.bytes = map[string]termBound{}, 0
	}
	b.max[key] = m
	b.bytes += size
	b.mu.Unlock()
	return m, nil
}

// docImpact is a document's sqrt(freq)·norm for a term.
type docImpact struct {
	impact float64
	doc    uint64
}

// worse orders a term's documents from its highest impact down, ties to
// the lower document number first: the order of the documents it keeps.
func worse(a, b docImpact) bool {
	if a.impact != b.impact {
		return a.impact < b.impact
	}
	return a.doc > b.doc
}

// impactHeap keeps the topDocs documents first in worse's order, the last
// of them at its root.
type impactHeap []docImpact

// offer keeps x if it is among the topDocs first so far; it returns the
// document it leaves out (x or one it replaces), if any.
func (h *impactHeap) offer(x docImpact) (docImpact, bool) {
	if len(*h) < topDocs {
		*h = append(*h, x)
		for i := len(*h) - 1; i > 0; {
			p := (i - 1) / 2
			if !worse((*h)[i], (*h)[p]) {
				break
			}
			(*h)[p], (*h)[i] = (*h)[i], (*h)[p]
			i = p
		}
		return docImpact{}, false
	}
	if !worse((*h)[0], x) {
		return x, true
	}
	out := (*h)[0]
	(*h)[0] = x
	for i := 0; ; {
		l, least := 2*i+1, i
		if l < len(*h) && worse((*h)[l], (*h)[least]) {
			least = l
		}
		if l+1 < len(*h) && worse((*h)[l+1], (*h)[least]) {
			least = l + 1
		}
		if least == i {
			return out, true
		}
		(*h)[least], (*h)[i] = (*h)[i], (*h)[least]
		i = least
	}
}

// kept is the documents kept, in order of number, and the impact and
// number of the last of them in worse's order (0 and 0 when none is).
func (h impactHeap) kept() (docs []uint64, cut float64, last uint64) {
	if len(h) > 0 {
		cut, last = h[0].impact, h[0].doc
	}
	docs = make([]uint64, len(h))
	for i, x := range h {
		docs[i] = x.doc
	}
	slices.Sort(docs)
	return docs, cut, last
}

// impactsLeft keeps the two highest distinct impacts of the documents a
// term's heap left out: enough to know the highest below the least kept.
type impactsLeft struct {
	any         bool
	first, next float64
}

// add notes a document left out with impact v.
func (l *impactsLeft) add(v float64) {
	switch {
	case !l.any:
		l.any, l.first, l.next = true, v, -1
	case v > l.first:
		l.first, l.next = v, l.first
	case v < l.first && v > l.next:
		l.next = v
	}
}

// below is the highest impact left out that is below cut, the least kept
// (no document left out has more than cut); -1 when there is none.
func (l impactsLeft) below(cut float64) float64 {
	switch {
	case !l.any:
		return -1
	case l.first < cut:
		return l.first
	}
	return l.next
}

// termDocs are the documents of each segment of r whose field holds
// term, or nil if r's segments do not say.
func termDocs(r bindex.IndexReader, field, term string) []*roaring.Bitmap {
	snap, ok := r.(*scorch.IndexSnapshot)
	if !ok {
		return nil
	}
	var out []*roaring.Bitmap
	for _, ss := range snap.Segments() {
		bm := roaring.New()
		if ok, err := orPostings(ss.Segment(), field, term, bm); !ok || err != nil {
			return nil
		}
		out = append(out, bm)
	}
	return out
}

// orPostings adds the documents of seg whose field holds term to into;
// false when the segment does not give its postings as a bitmap.
func orPostings(seg segment.Segment, field, term string, into *roaring.Bitmap) (bool, error) {
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

// holds says whether document d, the local document of segment seg,
// may hold the clause's term (true where the bitmaps are not known).
func (c *likeClause) holds(seg int, local uint32) bool {
	return c.docs == nil || c.docs[seg].Contains(local)
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
	term     string
	field    string
	tfr      bindex.TermFieldReader
	tfd      bindex.TermFieldDoc  // reused by the reader
	cur      *bindex.TermFieldDoc // the reader's current posting
	doc      uint64               // the document the reader is at
	done     bool                 // the reader is past its last document
	scorer   *scorer.TermQueryScorer
	w        float64           // the term's weight: sqrt(freq)·norm·w is its score, give or take rounding
	bound    float64           // the most the term adds to a document's sum
	byNorm   float64           // the most it adds to a document's sum per unit of the document's norm
	docs     []*roaring.Bitmap // see termBound
	best     []uint64          // see termBound
	cut      float64           // the most the term adds to the sum of a document not among best
	last     uint64            // see termBound
	belowCut float64           // the most it adds to one not among best numbered below last; below 0: none holds it
	open     bool              // some document holding the term is not among best
}

// weigh gives the clause its weight w (its score in a document is
// sqrt(freq)·norm·w, give or take rounding) and reads its bound, bitmaps
// and documents of highest impact.
func (c *likeClause) weigh(ctx context.Context, t *facetTable, w float64) error {
	c.w = w
	if c.tfr.Count() == 0 {
		c.done = true
		return nil
	}
	m, err := t.bounds.get(ctx, t.snap, c.field, c.term)
	if err != nil {
		return err
	}
	c.bound = m.score * w * boundSlack
	c.byNorm = math.Sqrt(float64(m.freq)) * w * boundSlack
	c.best, c.cut, c.last, c.open = m.best, m.cut*w*boundSlack, m.last, m.open
	c.belowCut = -1
	if m.next >= 0 {
		c.belowCut = m.next * w * boundSlack
	}
	if len(m.docs) == len(t.sig) {
		c.docs = m.docs
	}
	return nil
}

// start weighs the clause (see weigh) and moves its reader to its first
// document.
func (c *likeClause) start(ctx context.Context, t *facetTable, w float64) error {
	if err := c.weigh(ctx, t, w); err != nil || c.done {
		return err
	}
	return c.next()
}

// closeClauses closes the clauses' readers.
func closeClauses(cl []likeClause) {
	for i := range cl {
		if cl[i].tfr != nil {
			cl[i].tfr.Close()
		}
	}
}

// byCount stands for a term's searcher where bleve orders its clauses by
// their postings' counts.
type byCount struct {
	search.Searcher
	count uint64
	at    int
}

// Count is the term's count of documents.
func (b *byCount) Count() uint64 { return b.count }

// prunedPage finds the keep best matches of the disjunction of the terms
// of the text field, as bleve's collector orders them (see better),
// without scoring every match. A document that may enter the page is
// scored as bleve's disjunction searcher scores it: bleve's term scorer
// for each term it holds, summed by bleve's disjunction scorer in the
// order bleve's slice searcher keeps its clauses (sorted by count, as it
// sorts them), the query norm likewise.
func (ix *Index) prunedPage(ctx context.Context, t *facetTable, terms []string, keep int) ([]scored, error) {
	snap := t.snap
	docTotal, err := snap.DocCount()
	if err != nil || keep <= 0 {
		return nil, err
	}
	cl := make([]likeClause, len(terms))
	defer func() { closeClauses(cl) }()
	order := make(searcher.OrderedSearcherList, len(terms))
	for i, term := range terms {
		tfr, err := snap.TermFieldReader(ctx, []byte(term), FieldText, true, true, false)
		if err != nil {
			return nil, err
		}
		cl[i].term, cl[i].field, cl[i].tfr = term, FieldText, tfr
		order[i] = &byCount{count: tfr.Count(), at: i}
	}
	// bleve's slice searcher sorts its clauses so, then sums their
	// weights and a document's scores in that order.
	sort.Sort(order)
	sorted := make([]likeClause, 0, len(cl))
	for _, o := range order {
		sorted = append(sorted, cl[o.(*byCount).at])
	}
	cl = sorted
	sumSq := 0.0
	for i := range cl {
		c := &cl[i]
		c.scorer = scorer.NewTermQueryScorer([]byte(c.term), FieldText, 1, docTotal, c.tfr.Count(), 0, search.SearcherOptions{})
		sumSq += c.scorer.Weight()
	}
	queryNorm := 1 / math.Sqrt(sumSq)
	for i := range cl {
		c := &cl[i]
		c.scorer.SetQueryNorm(queryNorm)
		// bleve's idf: 1 + ln(documents / (the term's documents + 1)).
		idf := 1 + math.Log(float64(docTotal)/float64(c.tfr.Count()+1))
		if err := c.start(ctx, t, idf*idf*queryNorm); err != nil {
			return nil, err
		}
	}
	// Terms by bound, smallest first; below[j] sums the bounds of the
	// first j. The first ess are not essential: a document holding none
	// but them scores at most ess/n of below[ess].
	ord := make([]int, len(cl))
	for i := range ord {
		ord[i] = i
	}
	sort.SliceStable(ord, func(a, b int) bool { return cl[ord[a]].bound < cl[ord[b]].bound })
	below := make([]float64, len(ord)+1)
	for j, i := range ord {
		below[j+1] = below[j] + cl[i].bound
	}
	n := float64(len(cl))
	ess := 0
	at := make([]float64, len(ord)+1) // at[j]: the first j terms' bounds at one document

	sctx := &search.SearchContext{DocumentMatchPool: search.NewDocumentMatchPool(len(cl)+1, 0), IndexReader: snap}
	sum := scorer.NewDisjunctionQueryScorer(search.SearcherOptions{})
	matching := make([]*search.DocumentMatch, 0, len(cl))
	// keep may be any page's end (maxPage): the page grows as it fills.
	page := make([]scored, 0, min(keep, 1024))
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
		seg, local := 0, d // d's segment, and its number there
		for seg < len(t.sig)-1 && local >= t.sig[seg].Docs {
			local -= t.sig[seg].Docs
			seg++
		}
		may := true
		if len(page) == keep {
			// The most d can score: what its essential terms give, and
			// what the others may.
			part, held, norm := 0.0, 0, 0.0
			for _, i := range ord[ess:] {
				if c := &cl[i]; !c.done && c.doc == d {
					part += math.Sqrt(float64(c.cur.Freq)) * c.cur.Norm * c.w * boundSlack
					held++
					norm = c.cur.Norm
				}
			}
			// Each term not essential adds at most its bound, or its
			// highest frequency at d's norm, until read, the largest
			// first: its bitmap says whether d holds it, and only then
			// are its postings read up to d for what it adds.
			at[0] = 0
			for j, i := range ord[:ess] {
				at[j+1] = at[j] + min(cl[i].bound, cl[i].byNorm*norm)
			}
			rest := ess
			for ; rest > 0 && float64(held+rest)/n*(part+at[rest]) > theta; rest-- {
				c := &cl[ord[rest-1]]
				if !c.holds(seg, uint32(local)) {
					continue // its bitmap says d does not hold it
				}
				if !c.done && c.doc < d {
					if err := c.advance(d, id); err != nil {
						return nil, err
					}
				}
				if !c.done && c.doc == d {
					part += math.Sqrt(float64(c.cur.Freq)) * c.cur.Norm * c.w * boundSlack
					held++
				}
			}
			may = float64(held+rest)/n*(part+at[rest]) > theta
		}
		if may {
			// Scored as bleve scores it, its terms in bleve's order; the
			// terms not essential are found at d first.
			for i := range cl {
				c := &cl[i]
				if !c.done && c.doc < d && c.holds(seg, uint32(local)) {
					if err := c.advance(d, id); err != nil {
						return nil, err
					}
				}
				if !c.done && c.doc == d {
					matching = append(matching, c.scorer.Score(sctx, c.cur))
				}
			}
			dm := sum.Score(sctx, matching, len(matching), len(cl))
			m := scored{score: dm.Score, doc: d}
			for _, x := range matching {
				sctx.DocumentMatchPool.Put(x)
			}
			matching = matching[:0]
			page = offer(page, m, keep)
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

// scoreTree is how bleve's searchers of a query of disjunctions and
// conjunctions join its terms' scores: a disjunction sums its clauses'
// and multiplies the sum by its coord (how many of its clauses match,
// over how many it has); a conjunction sums its clauses', and matches
// only where every one of them does. Node 0 is the root, and every node
// comes after its parent.
type scoreTree struct {
	parent []int  // -1 for the root
	kids   []int  // a node's clauses; 0 for a term
	all    []bool // a conjunction: every clause must match
	leaf   []int  // each term's node, in the order of the clauses
	sum    []float64
	held   []int
}

// add adds a node under parent: a term (kids 0), or a disjunction of
// kids clauses; it returns the node.
func (t *scoreTree) add(parent, kids int) int {
	t.parent = append(t.parent, parent)
	t.kids = append(t.kids, kids)
	t.all = append(t.all, false)
	if kids == 0 {
		t.leaf = append(t.leaf, len(t.parent)-1)
	}
	return len(t.parent) - 1
}

// addAll adds a conjunction of kids clauses under parent, and returns it.
func (t *scoreTree) addAll(parent, kids int) int {
	n := t.add(parent, kids)
	t.all[n] = true
	return n
}

// most is the most the query can score in a document to which its terms
// give at most val (in the order of the leaves; below 0: the document
// does not hold the term), or -1 if such a document cannot match. A
// coord is at most the share of the clauses that may match, a term that
// may match counted though it gives nothing (a field without norms).
func (t *scoreTree) most(val []float64) float64 {
	if len(t.sum) != len(t.parent) {
		t.sum, t.held = make([]float64, len(t.parent)), make([]int, len(t.parent))
	}
	clear(t.sum)
	clear(t.held)
	for i, n := range t.leaf {
		t.sum[n] = val[i]
	}
	for n := len(t.parent) - 1; n >= 0; n-- {
		v, may := t.sum[n], t.sum[n] >= 0
		if k := t.kids[n]; k > 0 && t.all[n] {
			may = t.held[n] == k
		} else if k > 0 {
			v *= float64(min(t.held[n], k)) / float64(k)
			may = t.held[n] > 0
		}
		if n == 0 {
			if !may {
				return -1
			}
			return max(v, 0)
		}
		if may {
			t.sum[t.parent[n]] += v
			t.held[t.parent[n]]++
		}
	}
	return -1
}

// topPageKeep bounds the pages topPage tries, and topPageTerms (times
// topDocs) the documents it scores for one.
const (
	topPageKeep  = 200
	topPageTerms = 8
)

// topPage finds the keep best documents of a query whose terms are the
// clauses (weighed), joined as tree says, among the documents of each
// term's highest impacts alone (termBound.best), those admit takes
// passed to score (in order), which gives each one's score as bleve
// would, below 0 where the query does not match it, if the candidates
// are at most most.
// segDocs are the documents of each segment, in order. It proves that no other document (an outsider:
// among no term's best, so holding only open terms, each with at most
// its cut) belongs on the page, whose last hit scores s and is numbered
// p. The terms an outsider holds are, two by two, terms that outsiders
// hold together (their bitmaps, less the candidates, meet: together), so
// they are among the terms of a clique, a largest set of open terms
// that all go together two by two, and the outsider scores at most the
// query bounded by the clique's terms alone. The page is proven
//
//   - whole, when no clique matches the query (no term open, or a clause
//     of a conjunction with none);
//
//   - by numbers, when every clique's bound is less than s;
//
//   - by ties, when the impacts kept tie (items of one length): an
//     outsider numbered after p must score more than s to enter. For
//     each clique whose bound is not less than s, a witness holds all its
//     terms with at least their impacts (it is among their best), a
//     candidate scoring no more than s, so every outsider of the clique
//     scores no more than the witness: bleve's score only grows with each
//     term's impact and with the terms held (products and sums of
//     positive floats, in an order fixed by the query). An outsider
//     numbered before p wins a tie, so must score less than s: each term
//     kept up to a number at or after p gives it less than its cut, at
//     most its next impact, and every clique so bounded scores less.
//
//   - by levels held together, where the bounds and ties do not: the
//     levels (levels, a term's impact levels, nil for none) at which
//     outsiders hold each clique's terms together (jointProof).
//
// extra are documents scored as candidates too: those jointProof gave
// (more) when a try did not prove the page, whose outsiders they were.
// A common word's page is found so without reading its postings. False
// where none proves it, or the page or documents are too many.
func topPage(cl []likeClause, tree *scoreTree, keep, most int, segDocs []uint64, admit func(doc uint64) bool, score func(docs []uint64) ([]float64, error), levels func(i int) (termLevels, bool, error), extra []uint64) (page []scored, ok bool, more []uint64, err error) {
	if keep <= 0 || keep > topPageKeep {
		return nil, false, nil, nil
	}
	docs := slices.Clone(extra)
	var open []int // the open terms: an outsider may hold them
	for i := range cl {
		if cl[i].tfr.Count() == 0 {
			continue
		}
		docs = append(docs, cl[i].best...)
		if cl[i].open {
			open = append(open, i)
		}
	}
	if len(docs) > topPageTerms*topDocs || len(open) > 64 {
		return nil, false, nil, nil
	}
	slices.Sort(docs)
	docs = slices.Compact(docs)
	if len(docs) > most {
		return nil, false, nil, nil
	}
	g := newTogether(cl, open, docs, segDocs)
	cliques := g.cliques(open)
	// jointProof may prove what the cuts cannot.
	joint := levels != nil && g.cands != nil && !jointUnused.Load()
	val := make([]float64, len(cl)) // what each term gives an outsider at most; below 0: none holds it
	for _, i := range open {
		val[i] = cl[i].cut
	}
	sub := make([]float64, len(cl))
	// bound is the most an outsider of clique c scores, -1 if none matches.
	bound := func(c uint64) float64 {
		for i := range sub {
			sub[i] = -1
		}
		for k, i := range open {
			if c&(1<<k) != 0 {
				sub[i] = val[i]
			}
		}
		return tree.most(sub)
	}
	whole := !slices.ContainsFunc(cliques, func(c uint64) bool { return bound(c) >= 0 })

	// Each candidate's open terms among whose best it is (a bit for each,
	// by its place in open).
	held := make([]uint64, len(docs))
	for k, i := range open {
		at := 0
		for j, d := range docs {
			best := cl[i].best
			for at < len(best) && best[at] < d {
				at++
			}
			if at < len(best) && best[at] == d {
				held[j] |= 1 << k
			}
		}
	}
	// A clique whose bound is the most any document scores (its kept
	// impacts tie with the highest) needs a witness: without a candidate
	// among every one of its terms' best, no page can be proven.
	for i := range sub {
		sub[i] = -1
		if cl[i].tfr.Count() > 0 {
			sub[i] = cl[i].bound
		}
	}
	highest := tree.most(sub)
	for _, c := range cliques {
		if bound(c) >= highest && !joint && !slices.ContainsFunc(held, func(h uint64) bool { return h&c == c }) {
			return nil, false, nil, nil
		}
	}

	// Each candidate matched, with the open terms among whose best it is.
	type candidate struct {
		scored
		held uint64
	}
	var matched []candidate
	page = make([]scored, 0, keep)
	admitted, at := docs, []int(nil) // the candidates admit takes, and each one's place in docs
	if admit != nil {
		admitted = nil
		for j, d := range docs {
			if admit(d) {
				admitted = append(admitted, d)
				at = append(at, j)
			}
		}
	}
	scores, err := score(admitted)
	if err != nil {
		return nil, false, nil, err
	}
	for k, d := range admitted {
		s := scores[k]
		if s < 0 {
			continue
		}
		j := k
		if at != nil {
			j = at[k]
		}
		page = offer(page, scored{score: s, doc: d}, keep)
		matched = append(matched, candidate{scored: scored{score: s, doc: d}, held: held[j]})
	}
	if whole {
		// Every document matching is a candidate: the page is whole.
		if len(page) < keep {
			slices.SortFunc(page, byBetter)
		}
		topPageProofs[proofWhole].Add(1)
		return page, true, nil, nil
	}
	if len(page) < keep {
		return nil, false, nil, nil
	}
	last := page[keep-1]
	var high []uint64 // the cliques whose outsiders may score s or more
	for _, c := range cliques {
		if bound(c) >= last.score {
			high = append(high, c)
		}
	}
	if len(high) == 0 {
		topPageProofs[proofBound].Add(1)
		return page, true, nil, nil
	}
	// Where ties do not prove it, the levels the terms are held at
	// together may (jointProof).
	byLevels := func() ([]scored, bool, []uint64, error) {
		if !joint {
			return nil, false, nil, nil
		}
		scoredOnes := make([]scored, len(matched))
		for j, m := range matched {
			scoredOnes[j] = m.scored
		}
		ok, more, err := jointProof(cl, tree, open, high, g.cands, segDocs, last, scoredOnes, levels)
		if err != nil || !ok {
			return nil, false, more, err
		}
		topPageProofs[proofLevels].Add(1)
		return page, true, nil, nil
	}
	checked := !tieRuleUnchecked.Load()
	for _, h := range high {
		witnessed := slices.ContainsFunc(matched, func(c candidate) bool { return c.score <= last.score && c.held&h == h })
		if checked && !witnessed {
			return byLevels()
		}
	}
	for _, i := range open {
		if last.doc <= cl[i].last {
			val[i] = cl[i].belowCut
		}
	}
	if checked && slices.ContainsFunc(cliques, func(c uint64) bool { return bound(c) >= last.score }) {
		return byLevels()
	}
	topPageProofs[proofTies].Add(1)
	return page, true, nil, nil
}

// together says which open terms of a typed search an outsider (a
// document among no term's best) may hold both of: those whose documents
// less the candidates meet in some segment. Read for a pair when first
// asked; every pair may where the segments do not give their bitmaps, or
// the open terms are too many to read them all.
type together struct {
	cl    []likeClause
	cands []*roaring.Bitmap // each segment's candidates, by their numbers there
	pairs map[[2]int]bool
}

// togetherTermsMax bounds the open terms whose pairs are read.
const togetherTermsMax = 16

// newTogether reads the candidates docs (in order) into each segment's
// bitmap, for the open terms of cl.
func newTogether(cl []likeClause, open []int, docs, segDocs []uint64) *together {
	g := &together{cl: cl, pairs: map[[2]int]bool{}}
	if len(open) > togetherTermsMax {
		return g
	}
	for _, i := range open {
		if len(cl[i].docs) != len(segDocs) {
			return g
		}
	}
	g.cands = make([]*roaring.Bitmap, len(segDocs))
	seg, from := 0, uint64(0)
	for i := range g.cands {
		g.cands[i] = roaring.New()
	}
	for _, d := range docs {
		for seg < len(segDocs)-1 && d >= from+segDocs[seg] {
			from += segDocs[seg]
			seg++
		}
		g.cands[seg].Add(uint32(d - from))
	}
	return g
}

// may says whether an outsider may hold both terms i and j.
func (g *together) may(i, j int) bool {
	if pairsUnread.Load() {
		return false
	}
	if g.cands == nil {
		return true
	}
	key := [2]int{min(i, j), max(i, j)}
	if v, ok := g.pairs[key]; ok {
		return v
	}
	v := false
	for s, cand := range g.cands {
		both := roaring.And(g.cl[i].docs[s], g.cl[j].docs[s])
		both.AndNot(cand)
		if !both.IsEmpty() {
			v = true
			break
		}
	}
	g.pairs[key] = v
	return v
}

// cliques are the largest sets of the open terms (a bit for each, by its
// place in open) that outsiders may hold all of, two by two (Bron and
// Kerbosch, with a pivot).
func (g *together) cliques(open []int) []uint64 {
	adj := make([]uint64, len(open))
	for a := range open {
		for b := a + 1; b < len(open); b++ {
			if g.may(open[a], open[b]) {
				adj[a] |= 1 << b
				adj[b] |= 1 << a
			}
		}
	}
	var out []uint64
	var grow func(r, p, x uint64)
	grow = func(r, p, x uint64) {
		if p == 0 {
			if x == 0 {
				out = append(out, r)
			}
			return
		}
		pivot := bits.TrailingZeros64(p | x)
		for rest := p &^ adj[pivot]; rest != 0; rest &= rest - 1 {
			v := bits.TrailingZeros64(rest)
			grow(r|1<<v, p&adj[v], x&adj[v])
			p &^= 1 << v
			x |= 1 << v
		}
	}
	all := uint64(1)<<len(open) - 1
	if len(open) == 64 {
		all = math.MaxUint64
	}
	grow(0, all, 0)
	return out
}

// The ways topPage proves a page: every match a candidate, the bound,
// ties, and the levels terms are held at together (jointProof). Tests count them to see each taken, and may leave the tie
// rule's checks out (tieRuleUnchecked) to see pages change.
const (
	proofWhole = iota
	proofBound
	proofTies
	proofLevels
)

var (
	topPageProofs    [4]atomic.Int64
	tieRuleUnchecked atomic.Bool
)

// pairsUnread makes every two open terms of a typed search cliques
// apart, as if no outsider held both, for tests to see wrong pages when
// the pairs are not read.
var pairsUnread atomic.Bool

// byBetter orders matches as better does, for slices.SortFunc.
func byBetter(a, b scored) int {
	switch {
	case better(a, b):
		return -1
	case better(b, a):
		return 1
	}
	return 0
}

// next moves the clause's reader to its next document.
func (c *likeClause) next() error {
	return c.moved(c.tfr.Next(&c.tfd))
}

// advance moves the clause's reader to document d or the first after it;
// buf is scratch space for d's id.
func (c *likeClause) advance(d uint64, buf []byte) error {
	return c.moved(c.tfr.Advance(binary.BigEndian.AppendUint64(buf[:0], d), &c.tfd))
}

// moved records where the reader went.
func (c *likeClause) moved(p *bindex.TermFieldDoc, err error) error {
	if err != nil {
		return err
	}
	if p == nil {
		c.done = true
		return nil
	}
	c.cur = p
	c.doc, err = docNumber(p.ID)
	return err
}
