package index

import (
	"strings"
	"unicode"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/query"

	cypxquery "github.com/cypx/cypx/internal/query"
)

// The small query builders every search path shares: the request's filters
// joined to the text, and the text of "more like this" searches. The typed
// query's own builders are in compile.go.

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
	if _, all := text.(*query.MatchAllQuery); all {
		// Every document matches the text: the filters alone find the
		// same documents, in the same order (the text adds one score to
		// each), without stepping through every document to meet them
		// (a report's 50 items among 100,000, for a primary-source link).
		parts = parts[1:]
		if len(parts) == 1 {
			return parts[0]
		}
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

// maxLikeTerms bounds a "more like this" query.
const maxLikeTerms = 40

// likeQuery is a disjunction of the distinct stemmed terms of text.
func (ix *Index) likeQuery(text string) query.Query {
	a := ix.bi.Mapping().AnalyzerNamed(textAnalyzer)
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

// prefixTerm is the lower-cased last word stripped of punctuation, as the
// words field stores it ("A&E" as "a_e", see joinedFilter).
func prefixTerm(w string) string {
	w = string(cypxquery.Joined([]byte(strings.ToLower(w))))
	return strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}
