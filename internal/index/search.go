package index

import (
	"context"
	"encoding/json"
	"fmt"
	"runtime/debug"
	"slices"
	"sort"
	"strings"
	"time"
	"unicode"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis/lang/en"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"

	"github.com/cypx/cypx/internal/evidence"
)

// explicitSortLimit is the index size up to which the empty query sorts
// by date and document order explicitly rather than trusting index order.
const explicitSortLimit = 20000

// Request is one search: free text and filters. The zero value lists every
// item, newest source first, then in document order.
type Request struct {
	// Query is what the user typed, in the grammar of internal/query:
	// words, "phrases" and field clauses are all required unless OR joins
	// them; -x and NOT x exclude; brackets group. Words match after
	// stemming ("waits" finds "waiting"), and thesaurus terms also in their
	// other forms (CAMHS finds "child and adolescent mental health
	// services").
	Query string
	// Typing says the query is being typed: its last word also matches as
	// a prefix (unless the query ends in a space) and an open quote or
	// bracket is read as what is there so far.
	Typing bool
	// Like, when set, finds items like this text instead: any of its words
	// may match, and items sharing more of its rarer words score higher.
	Like string
	// LikeTerms, when set with Like, are the stemmed terms to use instead of
	// all of Like's: the most distinctive ones make a cheaper query.
	LikeTerms []string
	// IDs keeps only the items with these ids.
	IDs []string
	// Values keeps items with a figure of any of these values.
	Values []float64
	// Measures, when set, finds the items with a figure that may be of
	// the same measure as any of these measure keys (evidence.Figure.Key)
	// instead of searching text: every figure measure.Match would pair
	// with one of them is found, and some it would not (links.Compare
	// decides). Hits are ranked by the terms they share.
	Measures []string
	// Themes keeps items with any of these themes.
	Themes []string
	// Kinds keeps items of any of these kinds.
	Kinds []evidence.Kind
	// Sources keeps items from any of these source ids.
	Sources []string
	// Publishers keeps items from any of these publishers.
	Publishers []string
	// Actors keeps recommendations addressed to any of these actors.
	Actors []evidence.Actor
	// YearFrom and YearTo keep sources published in that range (0: open).
	YearFrom, YearTo int
	// Limit is how many items to return (0 means 50); Offset skips that many.
	Limit, Offset int
	// NoFacets skips the facet counts, which cost time on large results.
	NoFacets bool
	// NoMatches skips the matched-word spans.
	NoMatches bool
	// FacetsOnly returns the total and the facets without any hits.
	FacetsOnly bool
	// FacetFields, when set, are the fields counted instead of theme, kind
	// and source (publisher may be counted too), without any filter left out.
	FacetFields []string
}

// Span is a byte range of an item's text.
type Span struct{ Start, End int }

// Hit is one item found, with the spans of its text that matched.
type Hit struct {
	Item    evidence.Item
	Score   float64
	Matches []Span
}

// FacetCount is the number of matching items with one value of a field.
type FacetCount struct {
	Value string
	Count int
}

// Result is what a search found.
type Result struct {
	Total int
	Hits  []Hit
	// Facets counts the matching items by theme, kind and source, before
	// the theme, kind and source filters of the request are applied to that
	// same facet, so a user can see what picking another value would give.
	Facets map[string][]FacetCount
	// Expanded says what the thesaurus added to the query's terms.
	Expanded []Expansion
	// Suggestions offer near words for typed words that no item holds,
	// when the search found nothing.
	Suggestions []Suggestion
	Took        time.Duration
}

// QueryError is a query the user typed that cannot be run; its message says why.
type QueryError struct{ Msg string }

func (e *QueryError) Error() string { return e.Msg }

// Search runs a request.
func (ix *Index) Search(ctx context.Context, r Request) (_ Result, err error) {
	defer ix.protect(&err, debug.SetPanicOnFault(true))
	if err := ix.usable(); err != nil {
		return Result{}, err
	}

	start := time.Now()
	cq, err := ix.compile(r.Query, r.Typing)
	if err != nil {
		return Result{}, err
	}
	text := cq.q
	if len(r.Measures) > 0 {
		text = measuresQuery(r.Measures)
		if text == nil {
			return Result{}, nil
		}
	} else if len(r.LikeTerms) > 0 {
		text = termsQuery(r.LikeTerms)
	} else if r.Like != "" {
		text = ix.likeQuery(r.Like)
	}
	limit := r.Limit
	if limit <= 0 {
		limit = 50
	}
	if r.FacetsOnly {
		limit = 0
	}
	// Term locations are read for every match while collecting, so they
	// are fetched afterwards for the hits returned only (see matches).
	wantMatches := !r.NoMatches && strings.TrimSpace(r.Query) != "" && r.Like == "" && !r.FacetsOnly
	// Sorting on fields reads doc values for every hit (25 ms at 24,000
	// hits). Text queries sort by score alone, ties falling to index order,
	// which a full build makes newest source first, then document order. The
	// empty query sorts explicitly only where that is cheap.
	explicitSort := false
	if strings.TrimSpace(r.Query) == "" && r.Like == "" && len(r.Measures) == 0 {
		n, _ := ix.Count()
		explicitSort = n <= explicitSortLimit
	}
	// Facets whose own filter is empty are counted over the main search's
	// matches; the others over the matches of every filter but their own.
	var main, own []string
	size := func(field string) int { return facetSizes[field] }
	if len(r.FacetFields) > 0 {
		main = r.FacetFields
		size = func(string) int { return allValues }
	} else if !r.NoFacets {
		for _, field := range facetFields {
			if filterLen(r, field) == 0 {
				main = append(main, field)
			} else {
				own = append(own, field)
			}
		}
	}
	// A read-only index with a facet table answers in one pass of its own
	// (see searchTable), unless the page is sorted by fields; an index in
	// memory or being written is searched by bleve.
	var out Result
	if tab := ix.facetTable(); tab != nil && !explicitSort && tab.holds(slices.Concat(main, own, filterFields(r))) {
		out, err = ix.searchTable(ctx, tab, text, r, limit, main, own, size)
	} else {
		out, err = ix.searchBleve(ctx, text, r, limit, explicitSort, main, own, size)
	}
	if err != nil {
		return Result{}, err
	}
	out.Expanded = cq.expanded
	if out.Total == 0 && !r.FacetsOnly {
		// Errors here only cost the suggestions: the search itself stands.
		out.Suggestions, _ = ix.suggest(ctx, cq.words)
	}
	if err := ix.finish(ctx, text, r, &out, wantMatches); err != nil {
		return Result{}, err
	}
	out.Took = time.Since(start)
	return out, nil
}

// searchBleve answers a request with bleve's collector and its facets,
// which it counts from doc values.
func (ix *Index) searchBleve(ctx context.Context, text query.Query, r Request, limit int, explicitSort bool, main, own []string, size func(string) int) (Result, error) {
	req := bleve.NewSearchRequestOptions(withFilters(text, r), limit, r.Offset, false)
	req.Fields = []string{fieldDoc}
	if explicitSort {
		req.SortBy([]string{"-" + FieldDate, FieldSource, FieldSeq})
	}
	for _, field := range main {
		req.AddFacet(field, bleve.NewFacetRequest(field, size(field)))
	}
	res, err := ix.bi.SearchInContext(ctx, req)
	if err != nil {
		return Result{}, err
	}
	out := Result{Total: int(res.Total), Hits: make([]Hit, 0, len(res.Hits))}
	for _, h := range res.Hits {
		hit, err := toHit(h)
		if err != nil {
			return Result{}, err
		}
		out.Hits = append(out.Hits, hit)
	}
	if len(main)+len(own) > 0 {
		out.Facets = map[string][]FacetCount{}
		for name, f := range res.Facets {
			out.Facets[name] = facetCounts(f)
		}
		for _, field := range own {
			if out.Facets[field], err = ix.facetWithout(ctx, text, r, field); err != nil {
				return Result{}, err
			}
		}
	}
	return out, nil
}

// finish orders a page's ties and finds its matched words.
func (ix *Index) finish(ctx context.Context, text query.Query, r Request, out *Result, wantMatches bool) error {
	if r.Query != "" || r.Like != "" || len(r.Measures) > 0 {
		// Ties on score fall to bleve's internal document numbers, which
		// segment merges can change between runs: order them by date,
		// source and document order so a page never reshuffles.
		sort.SliceStable(out.Hits, func(i, j int) bool {
			a, b := out.Hits[i], out.Hits[j]
			if a.Score != b.Score {
				return a.Score > b.Score
			}
			if da, db := a.Item.Source.Date.String(), b.Item.Source.Date.String(); da != db {
				return da > db
			}
			if a.Item.Source.ID != b.Item.Source.ID {
				return a.Item.Source.ID < b.Item.Source.ID
			}
			return a.Item.Seq < b.Item.Seq
		})
	}
	if wantMatches && len(out.Hits) > 0 {
		return ix.matches(ctx, text, out.Hits)
	}
	return nil
}

// filterFields are the table fields the request filters on.
func filterFields(r Request) []string {
	var out []string
	for _, f := range r.valueFilters() {
		if len(f.values) > 0 {
			out = append(out, f.field)
		}
	}
	return out
}

// facetFields are the fields counted for every search, and facetSizes how
// many values of each are returned.
var (
	facetFields = []string{FieldTheme, FieldKind, FieldSource}
	facetSizes  = map[string]int{FieldTheme: 100, FieldKind: 10, FieldSource: 200}
)

// allValues is the facet size that counts every value a field has in
// practice (an evidence map needs every source, not the top ones).
const allValues = 100000

// facetWithout counts a facet field under every filter of r but its own, so
// the theme bar can show what picking another theme would give.
func (ix *Index) facetWithout(ctx context.Context, text query.Query, r Request, field string) ([]FacetCount, error) {
	req := bleve.NewSearchRequestOptions(withFilters(text, r.without(field)), 0, 0, false)
	req.AddFacet(field, bleve.NewFacetRequest(field, facetSizes[field]))
	res, err := ix.bi.SearchInContext(ctx, req)
	if err != nil {
		return nil, err
	}
	return facetCounts(res.Facets[field]), nil
}

func filterLen(r Request, field string) int {
	for _, f := range r.valueFilters() {
		if f.field == field {
			return len(f.values)
		}
	}
	return 0
}

// valueFilter is a request's filter on one keyword field: the values any of
// which an item must have (none: no filter).
type valueFilter struct {
	field  string
	values []string
}

// valueFilters lists the request's filters on theme, kind, source and
// publisher, empty or not: the fields a facet table holds.
func (r Request) valueFilters() []valueFilter {
	return []valueFilter{{FieldTheme, r.Themes}, {FieldKind, kindStrings(r.Kinds)}, {FieldSource, r.Sources}, {FieldPublisher, r.Publishers}}
}

// without is the request without its filter on field.
func (r Request) without(field string) Request {
	switch field {
	case FieldTheme:
		r.Themes = nil
	case FieldKind:
		r.Kinds = nil
	case FieldSource:
		r.Sources = nil
	case FieldPublisher:
		r.Publishers = nil
	}
	return r
}

func facetCounts(f *search.FacetResult) []FacetCount {
	var out []FacetCount
	if f == nil || f.Terms == nil {
		return out
	}
	for _, t := range f.Terms.Terms() {
		out = append(out, FacetCount{Value: t.Term, Count: t.Count})
	}
	sortFacetCounts(out)
	return out
}

// withFilters joins the text query and the request's filters in one
// conjunction.
func withFilters(text query.Query, r Request) query.Query {
	parts := []query.Query{text}
	anyOf := func(field string, values []string) {
		if len(values) > 0 {
			parts = append(parts, anyTerm(field, values))
		}
	}
	if len(r.IDs) > 0 {
		parts = append(parts, bleve.NewDocIDQuery(r.IDs))
	}
	if len(r.Values) > 0 {
		var qs []query.Query
		for _, v := range r.Values {
			v := v
			t := true
			nq := bleve.NewNumericRangeInclusiveQuery(&v, &v, &t, &t)
			nq.SetField(FieldValue)
			qs = append(qs, nq)
		}
		parts = append(parts, bleve.NewDisjunctionQuery(qs...))
	}
	for _, f := range r.valueFilters() {
		anyOf(f.field, f.values)
	}
	actors := make([]string, len(r.Actors))
	for i, a := range r.Actors {
		actors[i] = string(a)
	}
	anyOf(FieldActor, actors)
	if r.YearFrom > 0 || r.YearTo > 0 {
		var lo, hi *float64
		if r.YearFrom > 0 {
			v := float64(r.YearFrom)
			lo = &v
		}
		if r.YearTo > 0 {
			v := float64(r.YearTo)
			hi = &v
		}
		t := true
		nq := bleve.NewNumericRangeInclusiveQuery(lo, hi, &t, &t)
		nq.SetField(FieldYear)
		parts = append(parts, nq)
	}
	if len(parts) == 1 {
		return text
	}
	return bleve.NewConjunctionQuery(parts...)
}

// anyTerm matches documents whose field holds any of the values.
func anyTerm(field string, values []string) query.Query {
	qs := make([]query.Query, len(values))
	for i, v := range values {
		tq := bleve.NewTermQuery(v)
		tq.SetField(field)
		qs[i] = tq
	}
	if len(qs) == 1 {
		return qs[0] // a disjunction of one costs a searcher more
	}
	return bleve.NewDisjunctionQuery(qs...)
}

func kindStrings(ks []evidence.Kind) []string {
	out := make([]string, len(ks))
	for i, k := range ks {
		out[i] = string(k)
	}
	return out
}

// maxLikeTerms bounds a "more like this" query.
const maxLikeTerms = 40

// likeQuery is a disjunction of the distinct stemmed terms of text.
func (ix *Index) likeQuery(text string) query.Query {
	a := ix.bi.Mapping().AnalyzerNamed(en.AnalyzerName)
	seen := map[string]bool{}
	var qs []query.Query
	for _, tok := range a.Analyze([]byte(text)) {
		term := string(tok.Term)
		if seen[term] || len(term) < 3 {
			continue
		}
		seen[term] = true
		tq := bleve.NewTermQuery(term)
		tq.SetField(FieldText)
		qs = append(qs, tq)
		if len(qs) == maxLikeTerms {
			break
		}
	}
	if len(qs) == 0 {
		return bleve.NewMatchNoneQuery()
	}
	return bleve.NewDisjunctionQuery(qs...)
}

// termsQuery is a disjunction of terms of the stemmed text field.
func termsQuery(terms []string) query.Query {
	qs := make([]query.Query, len(terms))
	for i, t := range terms {
		tq := bleve.NewTermQuery(t)
		tq.SetField(FieldText)
		qs[i] = tq
	}
	return bleve.NewDisjunctionQuery(qs...)
}

// analyses reports whether the analyser keeps any token of w.
func (ix *Index) analyses(analyzer, w string) bool {
	a := ix.bi.Mapping().AnalyzerNamed(analyzer)
	return a != nil && len(a.Analyze([]byte(w))) > 0
}

// prefixTerm is the lower-cased last word stripped of punctuation, as the
// words field stores it.
func prefixTerm(w string) string {
	w = strings.TrimFunc(strings.ToLower(w), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	return w
}

// matches fills in the matched spans of hits by running the text query
// again over just those items, with term locations.
func (ix *Index) matches(ctx context.Context, text query.Query, hits []Hit) error {
	ids := make([]string, len(hits))
	for i, h := range hits {
		ids[i] = h.Item.ID
	}
	req := bleve.NewSearchRequestOptions(bleve.NewConjunctionQuery(text, bleve.NewDocIDQuery(ids)), len(ids), 0, false)
	req.IncludeLocations = true
	res, err := ix.bi.SearchInContext(ctx, req)
	if err != nil {
		return err
	}
	byID := make(map[string]*search.DocumentMatch, len(res.Hits))
	for _, h := range res.Hits {
		byID[h.ID] = h
	}
	for i := range hits {
		if dm, ok := byID[hits[i].Item.ID]; ok {
			hits[i].Matches = spans(dm, len(hits[i].Item.Text))
		}
	}
	return nil
}

// spans are the byte ranges of an item's text that a hit's locations mark.
func spans(h *search.DocumentMatch, textLen int) []Span {
	var out []Span
	for _, field := range []string{FieldText, FieldWords} {
		for _, locs := range h.Locations[field] {
			for _, l := range locs {
				if int(l.End) <= textLen && l.Start < l.End {
					out = append(out, Span{int(l.Start), int(l.End)})
				}
			}
		}
	}
	return mergeSpans(out)
}

func toHit(h *search.DocumentMatch) (Hit, error) {
	raw, _ := h.Fields[fieldDoc].(string)
	var it evidence.Item
	if err := json.Unmarshal([]byte(raw), &it); err != nil {
		return Hit{}, fmt.Errorf("index: item %s: %w", h.ID, err)
	}
	return Hit{Item: it, Score: h.Score}, nil
}

func mergeSpans(s []Span) []Span {
	if len(s) < 2 {
		return s
	}
	sort.Slice(s, func(i, j int) bool { return s[i].Start < s[j].Start })
	out := s[:1]
	for _, x := range s[1:] {
		last := &out[len(out)-1]
		if x.Start <= last.End {
			last.End = max(last.End, x.End)
		} else {
			out = append(out, x)
		}
	}
	return out
}

// Get returns the item with an id.
func (ix *Index) Get(ctx context.Context, id string) (_ evidence.Item, _ bool, err error) {
	defer ix.protect(&err, debug.SetPanicOnFault(true))
	if err := ix.usable(); err != nil {
		return evidence.Item{}, false, err
	}

	req := bleve.NewSearchRequestOptions(bleve.NewDocIDQuery([]string{id}), 1, 0, false)
	req.Fields = []string{fieldDoc}
	res, err := ix.bi.SearchInContext(ctx, req)
	if err != nil || len(res.Hits) == 0 {
		return evidence.Item{}, false, err
	}
	h, err := toHit(res.Hits[0])
	return h.Item, err == nil, err
}

// Lookup finds an item by its id, or by a unique prefix (four characters or
// more) of the part after "#". A reference that breaks the id rule (see
// evidence.ParseItemRef) is refused with the rule.
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
	res, err := ix.bi.SearchInContext(ctx, req)
	if err != nil {
		return evidence.Item{}, err
	}
	switch res.Total {
	case 0:
		return evidence.Item{}, fmt.Errorf("no item %q (ids are listed by 'cypx items')", ref)
	case 1:
		h, err := toHit(res.Hits[0])
		return h.Item, err
	}
	return evidence.Item{}, fmt.Errorf("%q matches %d items; give more of the id", ref, res.Total)
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
		res, err := ix.bi.SearchInContext(ctx, req)
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
