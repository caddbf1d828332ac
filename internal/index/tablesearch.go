package index

import (
	"context"
	"encoding/binary"
	"fmt"
	"math"
	"runtime/debug"
	"slices"
	"sort"
	"sync"

	"github.com/blevesearch/bleve/v2/index/scorch"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"
	bindex "github.com/blevesearch/bleve_index_api"
)

// tableFilter is one filter of a request checked against the facet table
// instead of being joined to the query: the documents whose field holds any
// of the wanted values.
type tableFilter struct {
	field string
	col   *facetColumn
	want  []bool // by term code
}

// newTableFilter finds the values' codes; values the field never has match
// nothing.
func newTableFilter(field string, col *facetColumn, values []string) tableFilter {
	f := tableFilter{field: field, col: col, want: make([]bool, len(col.terms))}
	for _, v := range values {
		// The terms come from bleve's dictionary, in byte order.
		if i, ok := slices.BinarySearch(col.terms, v); ok {
			f.want[i] = true
		}
	}
	return f
}

// passes says whether document doc has any of the wanted values; buf is
// scratch space for its values, kept for the next call.
func (f *tableFilter) passes(doc uint64, buf *[]uint32) bool {
	*buf = f.col.values(doc, (*buf)[:0])
	for _, v := range *buf {
		if f.want[v] {
			return true
		}
	}
	return false
}

// selectiveShare is the share of the index under which a filter stays in
// the query: bleve leaps through a short postings list faster than the
// table can check every match of the text (a source's 50 items among
// 100,000).
const selectiveShare = 0.1

// tableFilters splits the request's broad theme, kind, source and
// publisher filters off, to be checked against the table, and leaves the
// selective ones in rest, the request that becomes the query.
func tableFilters(ctx context.Context, t *facetTable, r Request) (filters []tableFilter, rest Request) {
	rest = r
	docs, _ := t.snap.DocCount()
	for _, f := range r.valueFilters() {
		if len(f.values) == 0 || float64(docFreq(ctx, t.snap, f.field, f.values)) < selectiveShare*float64(docs) {
			continue
		}
		filters = append(filters, newTableFilter(f.field, t.fields[f.field], f.values))
		rest = rest.without(f.field)
	}
	return filters, rest
}

// docFreq is how many documents have any of the values, at most.
func docFreq(ctx context.Context, r bindex.IndexReader, field string, values []string) uint64 {
	var n uint64
	for _, v := range values {
		tfr, err := r.TermFieldReader(ctx, []byte(v), field, false, false, false)
		if err != nil {
			continue
		}
		n += tfr.Count()
		tfr.Close()
	}
	return n
}

// scored is a match kept for the page: its score and document number.
type scored struct {
	score float64
	doc   uint64
}

// offer puts m on a page of at most keep hits, best first once full:
// appended while the page fills (sorted when it is full), then inserted
// in order, dropping the last, when it beats the page's last hit.
func offer(page []scored, m scored, keep int) []scored {
	switch {
	case len(page) < keep:
		page = append(page, m)
		if len(page) == keep {
			sort.Slice(page, func(i, j int) bool { return better(page[i], page[j]) })
		}
	case better(m, page[keep-1]):
		// Insert in order, dropping the last: the page is small.
		at := sort.Search(keep, func(i int) bool { return better(m, page[i]) })
		copy(page[at+1:], page[at:keep-1])
		page[at] = m
	}
	return page
}

// better orders matches as bleve's collector does: higher score first, ties
// to the lower document number.
func better(a, b scored) bool {
	if a.score != b.score {
		return a.score > b.score
	}
	return a.doc < b.doc
}

// searchTable executes a plan over a read-only index in one pass over
// the matches of the text (and of the filters left in the query: those the
// table does not hold, and selective ones): broad theme, kind, source and
// publisher filters are checked against the facet table, the page's
// matches are kept by score, and every facet is counted, each under every
// filter but its own. bleve would walk each filter's postings beside the
// text's, and count facets from doc values.
//
// Filters checked here do not add to the score, as they do as terms of a
// bleve conjunction: such a page is ranked by the text alone.
//
// From splitDocs documents the pass is two, over the two halves of the
// documents at once (each its own bleve searcher, the second advanced to
// its half's first document), and their pages, totals and counts joined:
// the same answer in about half the time on two cores.
func (ix *Index) searchTable(ctx context.Context, t *facetTable, p plan) (Result, error) {
	r := p.req
	cacheKey, cacheable := measureCacheKey(p)
	if cacheable {
		if pg := t.measures.get(cacheKey); pg != nil {
			return pg.result(r.Admit)
		}
	}
	filters, rest := tableFilters(ctx, t, r)
	q := withFilters(p.text, rest)

	// Each facet counts its field's values over the matches that pass every
	// filter but the one it skips (-1: none).
	var facets []tableFacet
	for _, f := range p.main {
		facets = append(facets, tableFacet{field: f, col: t.fields[f], skip: -1})
	}
	var apart []string // own facets whose filter is in the query: a pass of their own
	for _, f := range p.own {
		skip := slices.IndexFunc(filters, func(tf tableFilter) bool { return tf.field == f })
		if skip < 0 {
			apart = append(apart, f)
			continue
		}
		facets = append(facets, tableFacet{field: f, col: t.fields[f], skip: skip})
	}

	keep := r.Offset + p.limit
	var page []scored
	total := 0
	pruned := false
	var typedSpans func(doc uint64) []Span // the typed page's hits' spans, read as they were scored
	var spanTerms []typedTerm              // or the terms whose tokens in a hit's stored text are its spans
	stepped := 0                           // and the postings a walk to its last hit would step through
	if prunable(p, q, len(filters), len(facets)+len(apart)) {
		var err error
		if page, err = ix.prunedPage(ctx, t, r.LikeTerms, keep); err != nil {
			return Result{}, err
		}
		pruned = true
	} else if typedPrunable(p, q, len(facets)+len(apart)) {
		var err error
		locs := p.matches && !tableSpansUnused.Load()
		if page, total, pruned, typedSpans, spanTerms, stepped, err = ix.typedPage(ctx, t, q, filters, keep, locs); err != nil {
			return Result{}, err
		}
	}
	analysed := p.matches && spanTerms != nil && !tableSpansUnused.Load()
	if !pruned {
		if err := ix.scanAll(ctx, t, q, filters, facets, keep, &page, &total); err != nil {
			return Result{}, err
		}
	}

	out := Result{Total: total}
	var docs []uint64     // each hit's document number, for its matched spans
	var texts [][]byte    // with analysed, each hit's stored text, for its matched spans (spansByText)
	var kept *measurePage // the page to keep, while every hit has a whole outline
	if cacheable && len(page) <= measureCacheItems {
		// A page larger than the cache holds is not kept (put): its
		// outlines are not copied to be dropped (a pack's measure of
		// 30,000 statistics read whole, 30 MB).
		kept = &measurePage{total: total, hits: make([]measureHit, 0, len(page))}
	}
	if r.Offset < len(page) {
		var scratch []byte // each hit's JSON in turn (see loadHit)
		for _, m := range page[r.Offset:] {
			var text *[]byte
			if analysed {
				text = new([]byte)
			}
			id, raw, outlined, err := ix.storedFields(t, m, &scratch, text)
			if err != nil {
				return Result{}, err
			}
			if kept != nil && len(outlined) > 0 && outlined[0] == 1 {
				kept.hits = append(kept.hits, measureHit{score: m.score, id: id, outline: string(outlined)})
			} else {
				kept = nil
			}
			hit, ok, err := storedHit(r.Admit, id, raw, outlined, m.score)
			if err != nil {
				return Result{}, err
			}
			if ok {
				if out.Hits == nil {
					// Sized once: a hit is large, and growing the page by
					// doubling copied and allocated it again and again.
					out.Hits = make([]Hit, 0, len(page)-r.Offset)
				}
				out.Hits = append(out.Hits, hit)
				if p.matches {
					docs = append(docs, m.doc)
				}
				if analysed {
					texts = append(texts, *text)
				}
			}
		}
	}
	if kept != nil {
		t.measures.put(cacheKey, kept)
	}
	switch {
	case !p.matches || len(out.Hits) == 0 || tableSpansUnused.Load():
	case typedSpans != nil:
		for i := range out.Hits {
			out.Hits[i].Matches = hitSpans(typedSpans(docs[i]), len(out.Hits[i].Item.Text))
		}
		tableSpanned.Add(int64(len(out.Hits)))
		out.spanned = true
	case analysed && spansByText(stepped, texts, spanTerms):
		spansOf := ix.termSpans(spanTerms)
		for i := range out.Hits {
			out.Hits[i].Matches = hitSpans(spansOf(texts[i]), len(out.Hits[i].Item.Text))
		}
		tableSpanned.Add(int64(len(out.Hits)))
		analysedSpanned.Add(int64(len(out.Hits)))
		out.spanned = true
	default:
		// Read here, by document number (finish would search the hits'
		// ids again).
		if err := ix.tableMatches(ctx, t, p.text, out.Hits, docs); err != nil {
			return Result{}, err
		}
		out.spanned = true
	}
	if len(facets)+len(apart) > 0 {
		out.Facets = make(map[string][]FacetCount, len(facets)+len(apart))
		for _, f := range facets {
			out.Facets[f.field] = f.col.top(f.counts, p.facetSize(f.field))
		}
		for _, f := range apart {
			// The same search without f's filter, counting f alone.
			alone := r.without(f)
			alone.Offset = 0
			res, err := ix.searchTable(ctx, t, plan{req: alone, text: p.text, main: []string{f}, everyValue: p.everyValue})
			if err != nil {
				return Result{}, err
			}
			out.Facets[f] = res.Facets[f]
		}
	}
	return out, nil
}

// scanAll walks every match of q, in two halves of the documents at once
// from splitDocs documents (see searchTable), into page (at most keep,
// by score), total and the facets' counts.
func (ix *Index) scanAll(ctx context.Context, t *facetTable, q query.Query, filters []tableFilter, facets []tableFacet, keep int, page *[]scored, total *int) error {
	docs := uint64(0)
	for _, sig := range t.sig {
		docs += sig.Docs
	}
	parts := 1
	if docs >= splitDocs {
		parts = 2
	}
	scans := make([]tableScan, parts)
	errs := make([]error, parts)
	var wg sync.WaitGroup
	for i := range scans {
		from, to := docs*uint64(i)/uint64(parts), docs*uint64(i+1)/uint64(parts)
		if i == parts-1 {
			to = math.MaxUint64 // and any document past the count
		}
		scan := func() {
			errs[i] = ix.scanTable(ctx, t, q, filters, facets, keep, from, to, &scans[i])
		}
		if i == parts-1 {
			scan() // on this goroutine, protected by the caller
			continue
		}
		wg.Go(func() {
			// A goroutine of its own reads the mapped segments: a fault
			// there is recovered here, as the caller's are (see protect).
			defer ix.protect(&errs[i], debug.SetPanicOnFault(true))
			scan()
		})
	}
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	// The parts' pages, totals and counts join into the one pass's: a
	// document's score does not depend on the part that scored it.
	for i := range scans {
		*total += scans[i].total
		*page = append(*page, scans[i].page...)
	}
	sort.Slice(*page, func(i, j int) bool { return better((*page)[i], (*page)[j]) })
	*page = (*page)[:min(len(*page), keep)]
	for i := range facets {
		facets[i].counts = scans[0].counts[i]
		for _, sc := range scans[1:] {
			for v, n := range sc.counts[i] {
				facets[i].counts[v] += n
			}
		}
	}
	return nil
}

// splitDocs is the index size from which a table search scans its
// matches in two halves of the documents at once, one on each of two
// cores: a search's time is bleve scoring every match, which grows with
// the library (at a million items, "waiting" matches a quarter). Below
// it, a second goroutine costs more than it saves.
var splitDocs uint64 = 250_000

// tableFacet is one facet a table search counts: its field's values over
// the matches that pass every filter but the one it skips (-1: none).
type tableFacet struct {
	field  string
	col    *facetColumn
	skip   int
	counts []int
}

// tableScan is what one part of a table search found: its best matches
// (at most keep, by score), how many matches passed the filters, and each
// facet's counts, in the order of the search's facets.
type tableScan struct {
	page   []scored
	total  int
	counts [][]int
}

// scanTable walks the matches of q among documents from to to (numbers
// in the table's snapshot), checks the table's filters, counts the facets
// and keeps the page's best matches, into out.
func (ix *Index) scanTable(ctx context.Context, t *facetTable, q query.Query, filters []tableFilter, facets []tableFacet, keep int, from, to uint64, out *tableScan) error {
	s, err := q.Searcher(ctx, ownReads(t.snap), ix.bi.Mapping(), search.SearcherOptions{})
	if err != nil {
		return err
	}
	defer s.Close()
	out.counts = make([][]int, len(facets))
	for i := range facets {
		out.counts[i] = make([]int, len(facets[i].col.terms))
	}
	page := make([]scored, 0, min(keep, 1024))
	buf := make([]uint32, 0, 64) // a document's values in one column
	sctx := &search.SearchContext{DocumentMatchPool: search.NewDocumentMatchPool(s.DocumentMatchPoolSize(), 0), IndexReader: t.snap}
	next := func() (*search.DocumentMatch, error) { return s.Next(sctx) }
	if from > 0 {
		first := true
		next = func() (*search.DocumentMatch, error) {
			if first {
				first = false
				return s.Advance(sctx, bindex.IndexInternalID(binary.BigEndian.AppendUint64(nil, from)))
			}
			return s.Next(sctx)
		}
	}
	for n := 0; ; n++ {
		if n%4096 == 0 {
			if err := ctx.Err(); err != nil {
				return err
			}
		}
		d, err := next()
		if err != nil {
			return err
		}
		if d == nil {
			break
		}
		doc, err := docNumber(d.IndexInternalID)
		if err != nil {
			return err
		}
		if doc >= to {
			break
		}
		m := scored{score: d.Score, doc: doc}
		sctx.DocumentMatchPool.Put(d)
		fails, failed := 0, -1
		for i := range filters {
			if !filters[i].passes(doc, &buf) {
				fails++
				failed = i
			}
		}
		for i := range facets {
			// Counted when every filter passes, or the only one failing is
			// the facet's own.
			if fails == 0 || fails == 1 && facets[i].skip == failed {
				buf = facets[i].col.values(doc, buf[:0])
				for _, v := range buf {
					out.counts[i][v]++
				}
			}
		}
		if fails > 0 {
			continue
		}
		out.total++
		if keep == 0 {
			continue
		}
		page = offer(page, m, keep)
	}
	out.page = page
	return nil
}

// top lists the size most frequent values counted, most frequent first,
// then by value. Codes follow the terms' byte order, so ties are ordered by
// code, without comparing strings (2,000 sources often tie).
func (c *facetColumn) top(counts []int, size int) []FacetCount {
	var codes []int
	for code, n := range counts {
		if n > 0 {
			codes = append(codes, code)
		}
	}
	slices.SortFunc(codes, func(a, b int) int {
		if counts[a] != counts[b] {
			return counts[b] - counts[a]
		}
		return a - b
	})
	if len(codes) > size {
		codes = codes[:size]
	}
	var out []FacetCount
	for _, code := range codes {
		out = append(out, FacetCount{Value: c.terms[code], Count: counts[code]})
	}
	return out
}

// storedFields reads a match's id, JSON and outline (nil for an item
// without figures), for storedHit to make the hit of. The table's snapshot
// is read by document number straight from its segment: bleve's Document
// finds a document by its id, so it would be read three times (the id from
// the stored fields, the number from the id's postings, then the fields).
//
// The item's JSON is copied into scratch, which the caller passes again
// for the next hit: decoding copies every string out of it, and an item
// with figures is read from its outline instead, so a copy of its own for
// each of a comparison table's hundreds of items was garbage.
//
// With text, the stored text field (what its text, words and starts
// fields were analysed from) is copied into it.
func (ix *Index) storedFields(t *facetTable, m scored, scratch *[]byte, text *[]byte) (id string, raw, outlined []byte, err error) {
	snap, ok := t.snap.(*scorch.IndexSnapshot)
	if !ok || len(snap.Segments()) != len(t.sig) {
		return "", nil, nil, errNotNumbered // facetTable made sure of both
	}
	segs := snap.Segments()
	local, found := m.doc, false
	for i, sig := range t.sig {
		if local < sig.Docs {
			found = true
			err := segs[i].VisitDocument(local, func(name string, _ byte, val []byte, _ []uint64) bool {
				// val lives only until the visitor returns.
				switch name {
				case "_id":
					id = string(val)
				case fieldDoc:
					*scratch = append((*scratch)[:0], val...)
					raw = *scratch
				case fieldOutline:
					outlined = slices.Clone(val)
				case FieldText:
					if text != nil {
						*text = append((*text)[:0], val...)
					}
				}
				return true
			})
			if err != nil {
				return "", nil, nil, err
			}
			break
		}
		local -= sig.Docs
	}
	if !found || raw == nil {
		return "", nil, nil, fmt.Errorf("index: document %d: %w (it is gone)", m.doc, errStored)
	}
	// The fields are sealed (see seal): damage that still decodes is told
	// here, before the outline is kept or the item read.
	if raw, err = unseal(id, raw); err != nil {
		return "", nil, nil, err
	}
	if outlined != nil {
		if outlined, err = unseal(id, outlined); err != nil {
			return "", nil, nil, err
		}
	}
	return id, raw, outlined, nil
}
