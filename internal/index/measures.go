package index

import (
	"strconv"
	"strings"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/query"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/measure"
)

// measureTerms are the terms an item is found by in FieldMeasure: the
// index terms of every figure's measure key (measure.Key.IndexTerms), each
// once. Two figures of one size of key share a prefix, so a query for
// one figure's terms may find an item through terms of two of its
// figures; the caller compares the figures themselves.
func measureTerms(figs []evidence.Figure) []string {
	var out []string
	seen := map[string]bool{}
	for _, f := range figs {
		if f.Key == "" {
			continue
		}
		for _, t := range measure.ParseKey(f.Key).IndexTerms() {
			if !seen[t] {
				seen[t] = true
				out = append(out, t)
			}
		}
	}
	return out
}

// measuresQuery finds the items with a figure that may be of the same
// measure as any of keys: for each key, the items holding enough of its
// terms as measure.Key.Alike sets them out, which every figure
// measure.Match pairs with it does. Nil when no key has terms. With
// anyNumber (Request.MeasuresAnyNumber) each set is asked without its
// numbers, as many fewer of the rest, and each set of terms once.
func measuresQuery(keys []string, anyNumber bool) query.Query {
	var any []query.Query
	seen := map[string]bool{}
	for _, k := range keys {
		for _, set := range measure.ParseKey(k).Alike() {
			if anyNumber {
				set = withoutNumbers(set)
				id := strconv.Itoa(set.Min) + "\x00" + strings.Join(set.Terms, "\x00")
				if seen[id] {
					continue
				}
				seen[id] = true
			}
			qs := make([]query.Query, len(set.Terms))
			for i, t := range set.Terms {
				tq := bleve.NewTermQuery(t)
				tq.SetField(FieldMeasure)
				qs[i] = tq
			}
			dq := bleve.NewDisjunctionQuery(qs...)
			dq.SetMin(float64(set.Min))
			any = append(any, dq)
		}
	}
	switch len(any) {
	case 0:
		return nil
	case 1:
		return any[0]
	}
	return bleve.NewDisjunctionQuery(any...)
}

// withoutNumbers is a set of a key's index terms less its numbers ("#12"
// after the term's prefix), asking as many fewer terms: an item holding
// Min of the set's terms holds that many of the rest. A set that would
// then ask for none is kept whole.
func withoutNumbers(set measure.TermSet) measure.TermSet {
	var rest []string
	for _, t := range set.Terms {
		if i := strings.LastIndexByte(t, '|'); i < 0 || !strings.HasPrefix(t[i+1:], "#") {
			rest = append(rest, t)
		}
	}
	least := set.Min - (len(set.Terms) - len(rest))
	if least < 1 {
		return set
	}
	return measure.TermSet{Terms: rest, Min: least}
}
