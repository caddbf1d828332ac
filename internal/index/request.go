package index

import (
	"time"

	"github.com/cypx/cypx/internal/evidence"
)

// Request is one search: free text, filters, and the work asked for beyond
// the page of hits. The zero value lists every item, newest source first,
// then in document order, without facet counts or matched spans: each
// caller asks for what it shows.
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
	// decides). Hits are ranked by the terms they share. Over a read-only
	// index the page (before Admit) is kept, and the same request asked
	// again is answered from it (measurecache.go).
	Measures []string
	// MeasuresAnyNumber widens a measure search to every item Measures
	// finds whatever the numbers of its keys ("#12" in an area's or a
	// threshold's number): each key's sets of terms are asked for without
	// their numbers, and as many fewer of the rest. It finds all that
	// Measures finds and more, which the caller compares and drops; the
	// keys of many statistics of one measure that differ only in their
	// numbers (a pack's pooled measure search) then ask one set of terms,
	// where each asked its own and the search read every item of the
	// measure once for each statistic.
	MeasuresAnyNumber bool
	// MeasuresAnyWord widens a measure search as MeasuresAnyNumber does,
	// and further: a term that one set of terms of the keys asks for and
	// no other does is left out of it, asking one fewer of the rest
	// (while two are still asked). The keys of statistics that each state
	// a measure in a word of their own ask one set between them (a pack's
	// statistics that no group holds, searched together: links'
	// widePool). It finds all that Measures finds and more.
	MeasuresAnyWord bool
	// Admit, when set, is asked about each hit of the page before its item
	// is read whole, and the hits it refuses are left out (the page is not
	// filled up again, and Total still counts them). It is given an
	// item's outline (see outline.go): the item, read in about a tenth of
	// the time of its JSON, which is read too only in the rare case the
	// outline says it differs (text that is not UTF-8); there the outline
	// still holds the item's kind, cites, source and figures as stored.
	// An item without figures has no outline and is given whole.
	Admit func(outline evidence.Item) bool
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
	// Facets asks for the facet counts (Result.Facets), which cost time on
	// large results: theme, kind and source, or the FacetFields.
	Facets bool
	// FacetFields, when set with Facets, are the fields counted instead of
	// theme, kind and source (publisher may be counted too), every value of
	// each, without any filter left out.
	FacetFields []string
	// FacetsOnly leaves the hits out: the total, and the facets if Facets
	// asks for them.
	FacetsOnly bool
	// NoTotal says the caller does not read Result.Total, which may then
	// be left 0: a "more like this" search (LikeTerms) over a read-only
	// index, without filters or facets, then finds its page without
	// scoring every match (maxscore.go).
	NoTotal bool
	// Matches asks for the spans of each hit's text that the query matched
	// (Hit.Matches), for a text query; "more like this" searches have none.
	Matches bool
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
	// It is nil unless the request asked for facets.
	Facets map[string][]FacetCount
	// Expanded says what the thesaurus added to the query's terms.
	Expanded []Expansion
	// Suggestions offer near words for typed words that no item holds,
	// when the search found nothing.
	Suggestions []Suggestion
	Took        time.Duration

	spanned bool // the hits' matched spans are read (by searchTable)
}

// QueryError is a query the user typed that cannot be run; its message says
// why. Callers tell it from other errors with errors.As.
type QueryError struct {
	Msg string
	// Err is the parser's error (a *query.Error) behind Msg, if any.
	Err error
}

func (e *QueryError) Error() string { return e.Msg }

// Unwrap returns the parser's error, so errors.As finds it too.
func (e *QueryError) Unwrap() error { return e.Err }

// valueFilter is a request's filter on one keyword field: the values any of
// which an item must have (none: no filter).
type valueFilter struct {
	field  string
	values []string
}

// valueFilters lists the request's filters on theme, kind, source and
// publisher, empty or not: the fields a facet table holds.
func (r Request) valueFilters() []valueFilter {
	return []valueFilter{{FieldTheme, r.Themes}, {FieldKind, kindStrings(r.Kinds)}, {FieldSource, r.Sources}, {FieldPublisher, indexedPublishers(r.Publishers)}}
}

// indexedPublishers are the terms a filter on publishers looks up: each as
// it is indexed (IndexedPublisher).
func indexedPublishers(ps []string) []string {
	out := make([]string, len(ps))
	for i, p := range ps {
		out[i] = IndexedPublisher(p)
	}
	return out
}

// filterLen is how many values the request's filter on field has.
func (r Request) filterLen(field string) int {
	for _, f := range r.valueFilters() {
		if f.field == field {
			return len(f.values)
		}
	}
	return 0
}

// filterFields are the table fields the request filters on.
func (r Request) filterFields() []string {
	var out []string
	for _, f := range r.valueFilters() {
		if len(f.values) > 0 {
			out = append(out, f.field)
		}
	}
	return out
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

func kindStrings(ks []evidence.Kind) []string {
	out := make([]string, len(ks))
	for i, k := range ks {
		out[i] = string(k)
	}
	return out
}
