package index

import (
	"context"
	"encoding/binary"
	"math"
	"slices"
	"sort"
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
// values' postings (bitmapTotal). The page is looked for among each
// term's documents of highest impact (sqrt(freq)·norm), kept with the
// term's bound (maxscore.go's termBounds): a document among none of them
// scores at most what the terms' least kept impacts give, joined as the
// query's disjunctions join them (scoreTree); if the page's last hit
// scores more, no other document can enter it (topPage). Each candidate
// is scored by the query's own bleve searcher, over the candidates'
// impacts (typedimpacts.go) or advanced to it over the postings: the same
// hits with the same scores as scoring every match, while every
// disjunction of the query sums its clauses in bleve's slice searcher
// (at most DisjunctionHeapTakeover of them; see maxscore.go's init).
// Several words typed are a conjunction of such disjunctions, pruned
// alike. Where neither bounds nor ties prove the page (see topPage), a
// selective filter is in the query, or the candidates are many for the
// matches, every match is scanned.

// typedScanOnly turns off the pruned search of a typed word, for tests
// to compare its answers with the scan of every match; typedPrunedPages
// counts the pages it found, for tests to see it was taken.
var (
	typedScanOnly    atomic.Bool
	typedPrunedPages atomic.Int64
)

// typedTerm is one term of a typed query's searcher, in its field, with
// its boost.
type typedTerm struct {
	field, term string
	boost       float64
}

// typedScanShare is how many matches a candidate of a pruned page must
// stand for: a candidate is scored by advancing the query's searcher to
// it, dearer than the scan's step to the next match, and a page that
// cannot be proven is scanned after its candidates were scored. Tests set
// it to 0, to try every page however few its matches.
var typedScanShare = 8

// typedTermsMax bounds the terms a pruned typed search reads: a short
// prefix of a large library can start hundreds of words.
const typedTermsMax = 64

// typedTree reads q as bleve makes its searchers, if q is only terms,
// prefixes, and disjunctions and conjunctions of them (the shapes one
// word being typed compiles to, and several words): its terms, and how
// their scores join.
// A prefix's terms are those of its field's dictionary that start with
// it, a disjunction of them, or the prefix itself where none but it does
// (bleve then searches the prefix as a term, which weighs in the query
// norm though it may match nothing). Any other query (a
// phrase, a negation, a wildcard, everything) answers false, and so does a
// disjunction bleve would search with its heap, or one of more than
// typedTermsMax terms.
func typedTree(r bindex.IndexReader, q bq.Query) (*scoreTree, []typedTerm, bool, error) {
	tree := &scoreTree{}
	var terms []typedTerm
	term := func(parent int, field, text string, boost float64) bool {
		tree.add(parent, 0)
		terms = append(terms, typedTerm{field: field, term: text, boost: boost})
		return field != "" && text != "" // not the mapping's default field, nor every term
	}
	var walk func(q bq.Query, parent int) (bool, error)
	walk = func(q bq.Query, parent int) (bool, error) {
		switch q := q.(type) {
		case *bq.TermQuery:
			return term(parent, q.FieldVal, q.Term, q.BoostVal.Value()), nil
		case *bq.PrefixQuery:
			words, err := prefixTerms(r, q.FieldVal, q.Prefix)
			if err != nil || len(words) > searcher.DisjunctionHeapTakeover {
				return false, err
			}
			if len(words) == 0 || len(words) == 1 && words[0] == q.Prefix {
				return term(parent, q.FieldVal, q.Prefix, q.BoostVal.Value()), nil
			}
			node := tree.add(parent, len(words))
			for _, w := range words {
				if !term(node, q.FieldVal, w, q.BoostVal.Value()) {
					return false, nil
				}
			}
		case *bq.ConjunctionQuery:
			// Several words typed: bleve sums its clauses' scores (its own
			// boost left out), and matches where every clause does.
			if len(q.Conjuncts) == 0 {
				return false, nil
			}
			node := tree.addAll(parent, len(q.Conjuncts))
			for _, c := range q.Conjuncts {
				if ok, err := walk(c, node); !ok || err != nil {
					return false, err
				}
			}
		case *bq.DisjunctionQuery:
			// bleve leaves a disjunction's own boost out of its score.
			if q.Min > 1 || len(q.Disjuncts) == 0 || len(q.Disjuncts) > searcher.DisjunctionHeapTakeover {
				return false, nil
			}
			node := tree.add(parent, len(q.Disjuncts))
			for _, d := range q.Disjuncts {
				if ok, err := walk(d, node); !ok || err != nil {
					return false, err
				}
			}
		default:
			return false, nil
		}
		return true, nil
	}
	ok, err := walk(q, -1)
	if err != nil || !ok || len(terms) > typedTermsMax {
		return nil, nil, false, err
	}
	return tree, terms, true, nil
}

// prefixTerms are the terms of field that start with prefix, as bleve's
// prefix searcher finds them.
func prefixTerms(r bindex.IndexReader, field, prefix string) ([]string, error) {
	d, err := ownReads(r).FieldDictPrefix(field, []byte(prefix))
	if err != nil {
		return nil, err
	}
	defer d.Close()
	var out []string
	for {
		e, err := d.Next()
		if err != nil || e == nil {
			return out, err
		}
		if !slices.Contains(out, e.Term) {
			out = append(out, e.Term)
		}
		if len(out) > searcher.DisjunctionHeapTakeover {
			return out, nil // too many to prune: the caller asks no more
		}
	}
}

// bitmapTotal counts the documents of t's snapshot the query of tree
// and terms matches and every filter passes (total), and those it matches
// (matches, what a scan walks), from the segments' postings bitmaps,
// without scoring, and the documents counted in total, a bitmap a segment
// (by local number); false when the snapshot's segments do not give their
// bitmaps.
func bitmapTotal(ctx context.Context, t *facetTable, tree *scoreTree, terms []typedTerm, filters []tableFilter) (total, matches int, in []*roaring.Bitmap, ok bool, err error) {
	snap, ok := t.snap.(*scorch.IndexSnapshot)
	if !ok {
		return 0, 0, nil, false, nil
	}
	// Each segment's matches are its terms' postings joined as the tree
	// joins them (a node's children come after it), less its deleted
	// documents; each filter the union of its values' postings.
	nodes := make([]*roaring.Bitmap, len(tree.parent))
	for _, ss := range snap.Segments() {
		if err := ctx.Err(); err != nil {
			return 0, 0, nil, false, err
		}
		seg := ss.Segment()
		clear(nodes)
		for i, n := range tree.leaf {
			nodes[n] = roaring.New()
			if ok, err := orPostings(seg, terms[i].field, terms[i].term, nodes[n]); !ok || err != nil {
				return 0, 0, nil, false, err
			}
		}
		for n := len(nodes) - 1; n > 0; n-- {
			p := tree.parent[n]
			switch {
			case nodes[p] == nil:
				nodes[p] = nodes[n]
			case tree.all[p]:
				nodes[p].And(nodes[n])
			default:
				nodes[p].Or(nodes[n])
			}
		}
		bm := nodes[0]
		if del := ss.Deleted(); del != nil {
			bm.AndNot(del)
		}
		if len(filters) > 0 {
			matches += int(bm.GetCardinality())
		}
		for _, f := range filters {
			passing := roaring.New()
			for v, want := range f.want {
				if !want {
					continue
				}
				if ok, err := orPostings(seg, f.field, f.col.terms[v], passing); !ok || err != nil {
					return 0, 0, nil, false, err
				}
			}
			bm.And(passing)
		}
		total += int(bm.GetCardinality())
		in = append(in, bm)
	}
	if len(filters) == 0 {
		matches = total
	}
	return total, matches, in, true, nil
}

// typedPrunable says whether a table search of plan p, whose query with
// the filters left in it is q, asks for nothing but a page by score and
// its total, of a query that may be typed words.
func typedPrunable(p plan, q bq.Query, facets int) bool {
	r := p.req
	return !typedScanOnly.Load() && q == p.text && p.limit > 0 && facets == 0 && !p.counts() &&
		len(r.LikeTerms) == 0 && r.Like == "" && len(r.Measures) == 0 && !r.FacetsOnly && !p.sortByFields
}

// typedPage answers a search of typed words (see typedPrunable) from its
// terms' postings: the keep best matches passing the filters among each
// term's documents of highest impact (topPage), the total from their
// bitmaps. False when q is not of that shape, or the bounds or segments
// do not allow it: the caller then scans every match.
//
// Candidates are scored from their terms' impacts (typedimpacts.go), and
// spanTerms are then the query's terms, whose tokens in a hit's stored
// text are its matched spans (termSpans), and stepped the postings a walk
// of them to the page's last hit steps through (see spansByText). Where a term's impacts are not
// kept, they are scored by bleve's searcher advanced to each, with locs
// their term locations too, and spans gives each hit's spans
// (locationSpans, for hitSpans): the postings are walked once for both,
// as a zap postings iterator reading frequencies steps through every
// posting before the document it advances to, so a second walk for the
// page's spans (tableMatches) cost about what scoring the candidates did.
func (ix *Index) typedPage(ctx context.Context, t *facetTable, q bq.Query, filters []tableFilter, keep int, locs bool) (page []scored, total int, ok bool, spans func(doc uint64) []Span, spanTerms []typedTerm, stepped int, err error) {
	tree, terms, ok, err := typedTree(t.snap, q)
	if err != nil || !ok {
		return nil, 0, false, nil, nil, 0, err
	}
	docTotal, err := t.snap.DocCount()
	if err != nil {
		return nil, 0, false, nil, nil, 0, err
	}
	cl := make([]likeClause, len(terms))
	defer closeClauses(cl)
	idf := make([]float64, len(terms))
	sumSq := 0.0
	for i, c := range terms {
		tfr, err := t.snap.TermFieldReader(ctx, []byte(c.term), c.field, false, false, false)
		if err != nil {
			return nil, 0, false, nil, nil, 0, err
		}
		cl[i] = likeClause{term: c.term, field: c.field, tfr: tfr}
		idf[i] = 1 + math.Log(float64(docTotal)/float64(tfr.Count()+1))
		sumSq += (c.boost * idf[i]) * (c.boost * idf[i])
	}
	// A term's score is sqrt(freq)·norm·idf, times its query weight
	// (boost·idf·norm of the query) once a disjunction or conjunction
	// above it has set it (the norm summed as bleve sums it, give or take
	// rounding); a term searched alone keeps a query weight of 1.
	queryNorm := 1 / math.Sqrt(sumSq)
	for i, c := range terms {
		w := idf[i]
		if tree.kids[0] > 0 {
			w *= c.boost * idf[i] * queryNorm
		}
		if err := cl[i].weigh(ctx, t, w); err != nil {
			return nil, 0, false, nil, nil, 0, err
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
	// bleve's own searcher over the snapshot, made when a candidate is
	// first scored so (where a term's impacts are not kept); a document
	// scored is not scored again by a later try.
	var s search.Searcher
	defer func() {
		if s != nil {
			s.Close()
		}
	}()
	type scoredOnce struct {
		score float64
		ok    bool
		spans []Span // with locs, scored by the searcher over the snapshot
	}
	seen := map[uint64]scoredOnce{}
	var advanced func(d uint64) (*search.DocumentMatch, error)
	advance := func(d uint64) error {
		if advanced == nil {
			var err error
			if s, err = q.Searcher(ctx, ownReads(t.snap), ix.bi.Mapping(), search.SearcherOptions{IncludeTermVectors: locs}); err != nil {
				return err
			}
			advanced = advancing(s, t.snap)
		}
		dm, err := advanced(d)
		var x scoredOnce
		if dm != nil {
			x.score, x.ok = dm.Score, true
			if locs {
				x.spans = locationSpans(dm)
			}
		}
		seen[d] = x
		return err
	}
	total, matches, in, ok, err := bitmapTotal(ctx, t, tree, terms, filters)
	if err != nil || !ok {
		return nil, 0, false, nil, nil, 0, err
	}
	segDocs := make([]uint64, len(t.sig))
	for i, sig := range t.sig {
		segDocs[i] = sig.Docs
	}
	// Candidates are scored from their terms' impacts (typedimpacts.go)
	// unless a term's are not kept; then by the searcher advanced to each.
	byImpacts, fromImpacts := !impactsUnused.Load(), false
	table := func(i int) (*impactTable, error) {
		lv, err := t.bounds.levels(ctx, t.snap, cl[i].field, cl[i].term, segDocs)
		return &lv.table, err
	}
	score := func(ds []uint64) ([]float64, error) {
		var todo []uint64
		for _, d := range ds {
			if _, ok := seen[d]; !ok {
				todo = append(todo, d)
			}
		}
		if byImpacts && len(todo) > 0 {
			ok, err := scoreByImpacts(ctx, t.snap, ix.bi.Mapping(), q, cl, todo, table, func(d uint64, score float64) {
				seen[d] = scoredOnce{score: score, ok: true}
			})
			if err != nil {
				return nil, err
			}
			if ok {
				for _, d := range todo {
					if _, ok := seen[d]; !ok {
						seen[d] = scoredOnce{} // not matched
					}
				}
				todo, fromImpacts = nil, true
			}
			byImpacts = ok
		}
		for _, d := range todo {
			if err := advance(d); err != nil {
				return nil, err
			}
		}
		out := make([]float64, len(ds))
		for k, d := range ds {
			out[k] = -1
			if x := seen[d]; x.ok {
				out[k] = x.score
			}
		}
		return out, nil
	}
	most := math.MaxInt
	if typedScanShare > 0 {
		most = matches / typedScanShare
	}
	// Each term's impact levels, for the levels an outsider holds terms
	// at together (typedjoint.go).
	levels := func(i int) (termLevels, bool, error) {
		lv, err := t.bounds.levels(ctx, t.snap, cl[i].field, cl[i].term, segDocs)
		return lv, err == nil, err
	}
	// Each term's documents of highest impact among the matches, not
	// the library's (typedlevels.go), few first, as each is scored, then
	// the library's, then, for several words (whose matches are far
	// fewer than a term's documents), more of the matches'.
	library := slices.Clone(cl)
	tries := []int{min(withinFirst, topDocs), 0}
	if tree.all[0] {
		tries = append(tries, topDocs)
	}
	if levelsUnused.Load() {
		tries = []int{0}
	}
	for _, k := range tries {
		copy(cl, library)
		if err := withinMatches(ctx, t, cl, in, segDocs, k, !slices.Contains(tree.all, true) && len(filters) == 0); err != nil {
			return nil, 0, false, nil, nil, 0, err
		}
		var more []uint64
		page, ok, more, err = topPage(cl, tree, keep, most, segDocs, admit, score, levels, nil)
		if err == nil && !ok && len(more) > 0 {
			// The outsiders left unproven, few, scored too (by a new
			// searcher: one cannot go back).
			if s != nil {
				s.Close()
				s, advanced = nil, nil
			}
			page, ok, _, err = topPage(cl, tree, keep, most, segDocs, admit, score, levels, more)
		}
		if err != nil || ok {
			if ok && k > 0 {
				withinPages.Add(1)
			}
			break
		}
		if s != nil {
			// A new searcher for the next try: this one cannot go back.
			s.Close()
			s, advanced = nil, nil
		}
	}
	if err != nil || !ok {
		return nil, 0, false, nil, nil, 0, err
	}
	typedPrunedPages.Add(1)
	if fromImpacts {
		// No locations were read: the hits' spans are their stored
		// texts' tokens of the query's terms (termSpans), or read by a
		// walk of the postings up to the page's last hit (tableMatches),
		// which steps through every term's postings before it.
		last := uint64(0)
		for _, m := range page {
			last = max(last, m.doc)
		}
		for i := range cl {
			if cl[i].tfr.Count() == 0 {
				continue
			}
			tab, err := table(i)
			if err != nil {
				return nil, 0, false, nil, nil, 0, err
			}
			stepped += sort.Search(len(tab.docs), func(k int) bool { return uint64(tab.docs[k]) > last })
		}
		return page, total, true, nil, terms, stepped, nil
	}
	return page, total, true, func(doc uint64) []Span { return seen[doc].spans }, nil, 0, nil
}

// advancing finds documents in increasing order by bleve's own searcher
// s, advanced to each: it stops at the document if the query matches it,
// and returns its match (valid until the next call), else at the next
// match, which is kept for a later call (advancing past it would lose it:
// the searcher has moved on from a match it returned), and returns nil.
func advancing(s search.Searcher, r bindex.IndexReader) func(d uint64) (*search.DocumentMatch, error) {
	sctx := &search.SearchContext{DocumentMatchPool: search.NewDocumentMatchPool(s.DocumentMatchPoolSize(), 0), IndexReader: r}
	id := make([]byte, 0, 8)
	var next, held *search.DocumentMatch // the match the searcher stopped at; the one last returned
	var nextDoc uint64
	ended := false
	return func(d uint64) (*search.DocumentMatch, error) {
		if held != nil {
			sctx.DocumentMatchPool.Put(held) // the pool resets it
			held = nil
		}
		if next != nil {
			if d < nextDoc {
				return nil, nil
			}
			dm := next
			next = nil
			if d == nextDoc {
				held = dm
				return dm, nil
			}
			sctx.DocumentMatchPool.Put(dm)
		}
		if ended {
			return nil, nil
		}
		dm, err := s.Advance(sctx, binary.BigEndian.AppendUint64(id[:0], d))
		if err != nil || dm == nil {
			ended = err == nil
			return nil, err
		}
		got, err := docNumber(dm.IndexInternalID)
		if err != nil {
			return nil, err
		}
		if got == d {
			held = dm
			return dm, nil
		}
		next, nextDoc = dm, got
		return nil, nil
	}
}
