package index

import (
	"context"
	"sort"

	"github.com/blevesearch/bleve/v2"
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
