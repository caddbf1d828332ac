package index

import (
	"cmp"
	"context"
	"slices"
	"sort"
	"sync/atomic"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"
)

// matches fills in the matched spans of hits by running the text query
// again over just those items, with term locations.
func (ix *Index) matches(ctx context.Context, text query.Query, hits []Hit) error {
	ids := make([]string, len(hits))
	for i, h := range hits {
		ids[i] = h.Item.ID
	}
	req := bleve.NewSearchRequestOptions(bleve.NewConjunctionQuery(text, bleve.NewDocIDQuery(ids)), len(ids), 0, false)
	req.IncludeLocations = true
	res, err := ix.search(ctx, req)
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

// termSpans returns the spans of an item's stored text field that the
// query's terms mark: each token of the text, analysed as each term's
// field is (the text, its words), that is one of the field's terms. They
// are the locations a searcher of those terms reads from the postings
// (every token of a term held, as its term vectors keep them), without
// walking the postings; hitSpans makes them a hit's.
func (ix *Index) termSpans(terms []typedTerm) func(text []byte) []Span {
	m := ix.bi.Mapping()
	type field struct {
		name string
		a    analysis.Analyzer
		want map[string]bool
	}
	var fields []field
	for _, name := range []string{FieldText, FieldWords} {
		f := field{name: name, a: m.AnalyzerNamed(m.AnalyzerNameForPath(name)), want: map[string]bool{}}
		for _, t := range terms {
			if t.field == name {
				f.want[t.term] = true
			}
		}
		if len(f.want) > 0 {
			fields = append(fields, f)
		}
	}
	return func(text []byte) []Span {
		var out []Span
		for _, f := range fields {
			for _, tok := range f.a.Analyze(text) {
				if f.want[string(tok.Term)] {
					out = appendSpan(out, f.name, search.Location{Start: uint64(tok.Start), End: uint64(tok.End)})
				}
			}
		}
		return out
	}
}

// spansByText says whether a page's matched spans are cheaper read from
// its hits' stored texts (termSpans: each analysed once a field of the
// terms that mark it) than by a walk of the postings to its last hit
// (tableMatches), which steps through stepped postings: the walk is
// cheaper for a page of early documents, as a word's often is (the
// newest sources first), and dearer the more postings lie before its
// last hit (a word and a letter, whose hits are spread over the
// library). Both read the same spans.
func spansByText(stepped int, texts [][]byte, terms []typedTerm) bool {
	fields := 0
	for _, f := range []string{FieldText, FieldWords} {
		if slices.ContainsFunc(terms, func(t typedTerm) bool { return t.field == f }) {
			fields++
		}
	}
	bytes := 0
	for _, t := range texts {
		bytes += len(t)
	}
	return stepped > textWalkShare*fields*bytes
}

// textWalkShare is how many postings stepped through cost about what
// analysing a byte of text does (measured at 100,000 items: a walk's
// posting, its locations decoded where in a candidate's chunk, about a
// third of a byte's analysis). Tests set it to 0, to read every page's
// spans from the text.
var textWalkShare = 3

// tableSpansUnused turns off reading a table search's spans by document
// number (as its candidates are scored, or by tableMatches), for tests to
// compare them with those matches finds; tableSpanned counts the hits
// read so, for tests to see it was taken.
var (
	tableSpansUnused atomic.Bool
	tableSpanned     atomic.Int64
	// analysedSpanned counts the hits whose spans termSpans read.
	analysedSpanned atomic.Int64
)

// tableMatches fills in the matched spans of hits found over the facet
// table, docs[i] the document number of hits[i] in t's snapshot: the text
// query's own searcher, with term locations, advanced to each hit in
// document order. matches finds the same locations through a search of
// the text joined to the hits' ids, which looks every id up in every
// segment, collects the hits and reads their ids again: a quarter of a
// typed search's time at 100,000 items.
func (ix *Index) tableMatches(ctx context.Context, t *facetTable, text query.Query, hits []Hit, docs []uint64) error {
	s, err := text.Searcher(ctx, ownReads(t.snap), ix.bi.Mapping(), search.SearcherOptions{IncludeTermVectors: true})
	if err != nil {
		return err
	}
	defer s.Close()
	order := make([]int, len(hits))
	for i := range order {
		order[i] = i
	}
	slices.SortFunc(order, func(a, b int) int { return cmp.Compare(docs[a], docs[b]) })
	at := advancing(s, t.snap)
	for _, i := range order {
		dm, err := at(docs[i])
		if err != nil {
			return err
		}
		if dm == nil {
			continue // not matched: hits[i] keeps no spans, as in matches
		}
		hits[i].Matches = hitSpans(locationSpans(dm), len(hits[i].Item.Text))
		tableSpanned.Add(1)
	}
	return nil
}

// spans are the byte ranges of an item's text that a hit's locations mark.
func spans(h *search.DocumentMatch, textLen int) []Span {
	var out []Span
	for field, terms := range h.Locations {
		for _, locs := range terms {
			for _, l := range locs {
				out = appendSpan(out, field, *l)
			}
		}
	}
	return hitSpans(out, textLen)
}

// locationSpans are the spans a match's term locations mark, as a
// searcher with term vectors leaves them (before Complete), for hitSpans.
func locationSpans(dm *search.DocumentMatch) []Span {
	var out []Span
	for _, l := range dm.FieldTermLocations {
		out = appendSpan(out, l.Field, l.Location)
	}
	return out
}

// appendSpan adds the byte range a location in field marks to out: only
// the text and its words mark the text.
func appendSpan(out []Span, field string, l search.Location) []Span {
	if (field == FieldText || field == FieldWords) && l.Start < l.End {
		out = append(out, Span{int(l.Start), int(l.End)})
	}
	return out
}

// hitSpans are a hit's matched spans: those of s within its text's
// length, sorted and joined (mergeSpans). s is reordered.
func hitSpans(s []Span, textLen int) []Span {
	in := s[:0]
	for _, x := range s {
		if x.End <= textLen {
			in = append(in, x)
		}
	}
	if len(in) == 0 {
		return nil // as no span at all: a hit without spans has none
	}
	return mergeSpans(in)
}

// mergeSpans sorts spans and joins those that overlap or touch.
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
