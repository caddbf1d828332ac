package index

import (
	"slices"
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
// numbers, as many fewer of the rest, and each set of terms once; with
// anyWord (Request.MeasuresAnyWord) too without the terms no other set
// asked holds (withoutOwnWords).
func measuresQuery(keys []string, anyNumber, anyWord bool) query.Query {
	var sets []measure.TermSet
	for _, k := range keys {
		for _, set := range measure.ParseKey(k).Alike() {
			if anyNumber || anyWord {
				set = withoutNumbers(set)
			}
			sets = append(sets, set)
		}
	}
	if anyWord {
		sets = withoutOwnWords(sets)
	}
	var any []query.Query
	seen := map[string]bool{}
	for _, set := range sets {
		if anyNumber || anyWord {
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
	switch len(any) {
	case 0:
		return nil
	case 1:
		return any[0]
	}
	return bleve.NewDisjunctionQuery(any...)
}

// withoutOwnWords leaves out of each set the terms no other set holds,
// asking as many fewer of the rest (an item holding Min of a set's terms
// holds that many fewer of what is left), where at least two are still
// asked; a set that would ask fewer is kept whole. Statistics that each
// state one measure in a word of their own ("assessment number 2x496")
// then ask one set between them, where each asked its own and a search
// of them all read every item of the measure once for each.
func withoutOwnWords(sets []measure.TermSet) []measure.TermSet {
	holders := map[string]int{}
	for _, set := range sets {
		for _, t := range slices.Compact(slices.Sorted(slices.Values(set.Terms))) {
			holders[t]++
		}
	}
	out := make([]measure.TermSet, len(sets))
	for i, set := range sets {
		var rest []string
		for _, t := range set.Terms {
			if holders[t] > 1 {
				rest = append(rest, t)
			}
		}
		least := set.Min - (len(set.Terms) - len(rest))
		if least < 2 {
			out[i] = set
			continue
		}
		out[i] = measure.TermSet{Terms: rest, Min: least}
	}
	return out
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
