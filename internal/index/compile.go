package index

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync/atomic"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis/analyzer/standard"
	bq "github.com/blevesearch/bleve/v2/search/query"
	bindex "github.com/blevesearch/bleve_index_api"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/query"
	"github.com/cypx/cypx/internal/themes"
	"github.com/cypx/cypx/internal/thesaurus"
)

// QueryFields are the fields a query may name, as in theme:send (the
// parser's list: it reads "CAMHS: waiting", a word and a colon before a
// space, as words unless the word is one of them).
var QueryFields = query.Fields

// Vocabulary is what the index needs beyond its items to read a query: the
// valid theme ids (a theme:foo that names no theme is an error, not an
// empty result) and the thesaurus that widens a term to its other forms.
type Vocabulary struct {
	Themes    []string
	Thesaurus *thesaurus.Thesaurus
}

// SetVocabulary gives the index the corpus's themes and thesaurus. It may be
// called while searches run; each search uses the vocabulary it started with.
func (ix *Index) SetVocabulary(v Vocabulary) { ix.vocab.Store(&v) }

func (ix *Index) vocabulary() Vocabulary {
	if v := ix.vocab.Load(); v != nil {
		return *v
	}
	return Vocabulary{}
}

// vocabPointer holds the vocabulary; the Index embeds it.
type vocabPointer = atomic.Pointer[Vocabulary]

// Expansion says what the thesaurus added to a term of the query.
type Expansion struct {
	// Term is the term as typed.
	Term string `json:"term"`
	// Forms are the other forms searched for.
	Forms []string `json:"forms"`
	// Ambiguous is set when the term has more than one meaning (ED), all
	// of which were searched.
	Ambiguous bool `json:"ambiguous,omitempty"`
}

// compiled is a query ready to run, with what it added.
type compiled struct {
	q        bq.Query
	expanded []Expansion
	// words are the plain words typed (not patterns or thesaurus terms),
	// for spelling suggestions when one matches nothing.
	words []typedWord
}

// typedWord is a plain word of the query; prefix is set on the word being
// typed, which holds when any indexed word starts with it.
type typedWord struct {
	text   string
	prefix bool
}

// typedBoost makes the form the user typed rank above the forms the
// thesaurus added.
const typedBoost = 2.0

// compile reads what was typed and turns it into a bleve query. The empty
// query matches everything.
func (ix *Index) compile(q string, typing bool) (compiled, error) {
	n, err := query.Parse(q, query.Options{Typing: typing})
	if err != nil {
		return compiled{}, &QueryError{Msg: "cannot read the query: " + err.Error(), Err: err}
	}
	c := compiler{ix: ix, vocab: ix.vocabulary(), typing: typing}
	defer func() {
		if c.headers != nil {
			c.headers.Close()
		}
	}()
	if n == nil {
		return compiled{q: bleve.NewMatchAllQuery()}, nil
	}
	out, err := c.node(n)
	if err != nil {
		return compiled{}, err
	}
	if out == nil && !c.constrained {
		// Only stop words or punctuation ("the", "\\"): while typing, show
		// everything until a word arrives; asked outright, say why.
		if !typing {
			return compiled{}, &QueryError{Msg: fmt.Sprintf("cannot read the query: %q has nothing to search for (stop words such as \"the\" and punctuation are left out)", strings.TrimSpace(q))}
		}
	}
	if out == nil {
		out = bleve.NewMatchAllQuery() // "x OR the": the stop word lets everything through
	}
	return compiled{q: out, expanded: c.expanded, words: c.words}, nil
}

// typedText is a part of a query as its words were typed.
func typedText(n query.Node) string {
	switch n := n.(type) {
	case query.Word:
		return n.Text
	case query.Phrase:
		return n.Text
	}
	return n.String()
}

// compiler turns one parsed query into bleve's queries.
type compiler struct {
	ix       *Index
	vocab    Vocabulary
	expanded []Expansion
	words    []typedWord
	// constrained is set once any part of the query asks for something.
	constrained bool
	// typing is set while the query is still being typed (see Or).
	typing bool
	// pairs are the queries orHeader made, by the query it returned.
	pairs map[bq.Query]headerPair
	// headers reads which words tables' headers hold, opened at the first
	// question (see headerHas).
	headers      bindex.IndexReader
	headersTried bool
}

// headerPair is one query of an item's own words and the same of its
// table's header (see orHeader).
type headerPair struct{ own, header bq.BoostableQuery }

// headerBoost weighs a match in a table's header against one in an item's
// own words: a table's every row shares its header, and a row found by
// the header alone ranks below prose that says the words itself.
const headerBoost = 0.25

// headerField is the header's field for each text field.
var headerField = map[string]string{FieldText: fieldHeader, FieldWords: fieldHeaderWords, FieldStarts: fieldHeaderStarts}

// orHeader asks the same of an item's words (field) and, weighted down, of
// its table header's (see searchTexts): build makes the query for a field.
// A header that cannot match (has is false) is not asked: a disjunction
// costs a search as you type a third more at 100,000 items, where no
// table's header holds the word.
func (c *compiler) orHeader(field string, has bool, build func(field string) bq.BoostableQuery) bq.Query {
	if !has {
		return build(field)
	}
	own, header := build(field), build(headerField[field])
	header.SetBoost(headerBoost)
	q := bleve.NewDisjunctionQuery(own, header)
	if c.pairs == nil {
		c.pairs = map[bq.Query]headerPair{}
	}
	c.pairs[q] = headerPair{own, header}
	return q
}

// headerHas says whether some table's header may hold every term in
// field (or, asked of another field, some item's field); when the index
// cannot say, it may.
func (c *compiler) headerHas(field string, terms ...string) bool {
	r := c.headerReader()
	if r == nil {
		return true
	}
	for _, t := range terms {
		tfr, err := r.TermFieldReader(context.Background(), []byte(t), field, false, false, false)
		if err != nil {
			return true
		}
		n := tfr.Count()
		tfr.Close()
		if n == 0 {
			return false
		}
	}
	return true
}

// headerHasPrefix says whether some table's header may hold a word
// starting with prefix in field.
func (c *compiler) headerHasPrefix(field, prefix string) bool {
	r := c.headerReader()
	if r == nil {
		return true
	}
	d, err := ownReads(r).FieldDictPrefix(field, []byte(prefix))
	if err != nil {
		return true
	}
	defer d.Close()
	e, err := d.Next()
	return err != nil || e != nil
}

// headerReader opens the index for the compiler's questions of it
// (headerHas, sourceID), once; nil when it cannot.
func (c *compiler) headerReader() bindex.IndexReader {
	if !c.headersTried {
		c.headersTried = true
		if r, err := c.ix.reader(); err == nil {
			c.headers = r
		}
	}
	return c.headers
}

// boost weighs q by b; a pair of orHeader keeps its header weighted down.
func (c *compiler) boost(q bq.Query, b float64) {
	if p, ok := c.pairs[q]; ok {
		p.own.SetBoost(b)
		p.header.SetBoost(b * headerBoost)
	} else if bb, ok := q.(bq.BoostableQuery); ok {
		bb.SetBoost(b)
	}
}

// node compiles n; nil means n constrains nothing (a stop word).
func (c *compiler) node(n query.Node) (q bq.Query, err error) {
	defer func() {
		if q != nil {
			c.constrained = true
		}
	}()
	switch n := n.(type) {
	case query.And:
		return c.and(n)
	case query.Or:
		var alts []bq.Query
		open := false
		for _, x := range n {
			q, err := c.node(x)
			if err != nil {
				return nil, err
			}
			if q == nil && !c.typing {
				// "IT|digital", "autism OR the": a stop word as one of the
				// alternatives would let every item through. Before, every
				// item was listed, with nothing said.
				return nil, &QueryError{Msg: fmt.Sprintf("cannot read the query: %q has nothing to search for (stop words such as \"the\" and punctuation are left out), so as an alternative it would match every item: leave it out, or write the words it stands for", typedText(x))}
			}
			open = open || q == nil
			alts = append(alts, q)
		}
		if open {
			return nil, nil // "the OR x" constrains nothing
		}
		return bleve.NewDisjunctionQuery(alts...), nil
	case query.Not:
		return c.and(query.And{n})
	case query.Word:
		return c.word(n)
	case query.Phrase:
		return c.phrase(n)
	case query.Field:
		return c.field(n)
	}
	return nil, &QueryError{Msg: fmt.Sprintf("cannot search for %s", n)}
}

// and requires every part and excludes every negated one. Runs of plain
// words that spell a thesaurus term ("clinical commissioning groups") are
// widened as one term.
func (c *compiler) and(parts query.And) (bq.Query, error) {
	var must, not []bq.Query
	for i := 0; i < len(parts); i++ {
		if q, used := c.termRun(parts[i:]); used > 0 {
			must = append(must, q)
			i += used - 1
			continue
		}
		neg, isNot := parts[i].(query.Not)
		x := parts[i]
		if isNot {
			x = neg.X
		}
		q, err := c.node(x)
		if err != nil {
			return nil, err
		}
		switch {
		case q == nil:
		case isNot:
			not = append(not, q)
		default:
			must = append(must, q)
		}
	}
	if len(not) == 0 {
		switch len(must) {
		case 0:
			return nil, nil
		case 1:
			return must[0], nil
		}
		return bleve.NewConjunctionQuery(must...), nil
	}
	if len(must) == 0 {
		must = []bq.Query{bleve.NewMatchAllQuery()}
	}
	b := bleve.NewBooleanQuery()
	b.AddMust(must...)
	b.AddMustNot(not...)
	return b, nil
}

// maxTermWords is the longest run of typed words looked up as one
// thesaurus term.
const maxTermWords = 6

// termRun looks for the longest run of plain words at the start of parts
// that is a thesaurus term of several words, and widens it.
func (c *compiler) termRun(parts []query.Node) (bq.Query, int) {
	if c.vocab.Thesaurus == nil {
		return nil, 0
	}
	var words []string
	for _, p := range parts {
		w, ok := p.(query.Word)
		if !ok || w.Wildcard || w.Fuzzy > 0 || w.Prefix || len(words) == maxTermWords {
			break
		}
		words = append(words, w.Text)
	}
	for n := len(words); n >= 2; n-- {
		term := strings.Join(words[:n], " ")
		if x := c.vocab.Thesaurus.Expand(term); len(x.Forms) > 0 {
			return c.widen(term, c.phrasePart(term), x), n
		}
	}
	return nil, 0
}

// word matches a word after stemming ("waits" finds "waiting"); the word
// being typed also as a prefix; a thesaurus term also in its other forms.
func (c *compiler) word(w query.Word) (bq.Query, error) {
	switch {
	case w.Wildcard:
		return c.orHeader(FieldWords, true, func(field string) bq.BoostableQuery {
			wq := bleve.NewWildcardQuery(strings.ToLower(w.Text))
			wq.SetField(field)
			return wq
		}), nil
	case w.Fuzzy > 0:
		return c.orHeader(FieldWords, true, func(field string) bq.BoostableQuery {
			fq := bleve.NewFuzzyQuery(prefixTerm(w.Text))
			fq.SetField(field)
			fq.SetFuzziness(w.Fuzzy)
			return fq
		}), nil
	}
	exact := c.phrasePart(w.Text)
	var alts []bq.Query
	if exact != nil {
		alts = append(alts, exact)
	}
	if w.Prefix {
		if p := prefixTerm(w.Text); p != "" && utf8.RuneCountInString(p) <= 2 {
			alts = append(alts, c.orHeader(FieldStarts, c.headerHas(fieldHeaderStarts, p), func(field string) bq.BoostableQuery {
				tq := bleve.NewTermQuery(p)
				tq.SetField(field)
				return tq
			}))
		} else if p != "" {
			alts = append(alts, c.orHeader(FieldWords, c.headerHasPrefix(fieldHeaderWords, p), func(field string) bq.BoostableQuery {
				pq := bleve.NewPrefixQuery(p)
				pq.SetField(field)
				return pq
			}))
		}
	}
	var typed bq.Query
	switch len(alts) {
	case 0:
		return nil, nil // a stop word such as "the": it would match nothing
	case 1:
		typed = alts[0]
	default:
		typed = bleve.NewDisjunctionQuery(alts...)
	}
	if c.vocab.Thesaurus != nil {
		x := c.vocab.Thesaurus.Expand(w.Text)
		if len(x.Forms) == 0 && strings.Contains(w.Text, "+") {
			// "A+E" is the thesaurus's A&E, as the index reads the two
			// alike (joinedFilter).
			x = c.vocab.Thesaurus.Expand(strings.ReplaceAll(w.Text, "+", "&"))
		}
		if len(x.Forms) > 0 {
			return c.widen(w.Text, typed, x), nil
		}
	}
	c.words = append(c.words, typedWord{text: w.Text, prefix: w.Prefix})
	return typed, nil
}

// widen matches a term as typed or in any of its thesaurus forms, the
// typed form ranked higher, and records the expansion.
func (c *compiler) widen(term string, typed bq.Query, x thesaurus.Expansion) bq.Query {
	var alts []bq.Query
	if typed != nil {
		c.boost(typed, typedBoost)
		alts = append(alts, typed)
	}
	var forms []string
	// Forms that stem alike ("service", "services") are one query: each
	// phrase of common words reads their positions, the costly part.
	seen := map[string]bool{strings.Join(c.ix.analyse(textAnalyzer, term), " "): true}
	for _, f := range x.Forms {
		key := strings.Join(c.ix.analyse(textAnalyzer, f), " ")
		if seen[key] {
			forms = append(forms, f)
			continue
		}
		seen[key] = true
		if q := c.phrasePart(f); q != nil {
			alts = append(alts, q)
			forms = append(forms, f)
		}
	}
	// A term typed twice ("camhs OR CAMHS", "camhs -camhs") is said once:
	// each time was one more identical note.
	if !slices.ContainsFunc(c.expanded, func(e Expansion) bool { return strings.EqualFold(e.Term, term) }) {
		c.expanded = append(c.expanded, Expansion{Term: term, Forms: forms, Ambiguous: x.Ambiguous()})
	}
	if len(alts) == 1 {
		return alts[0]
	}
	return bleve.NewDisjunctionQuery(alts...)
}

// phrasePart matches text's stemmed words in order: one word is a term,
// several ("long-term", "emergency department") a phrase. Nil when text
// is only stop words.
func (c *compiler) phrasePart(text string) bq.Query {
	terms := c.ix.analyse(textAnalyzer, text)
	switch len(terms) {
	case 0:
		return nil
	case 1:
		return c.orHeader(FieldText, c.headerHas(fieldHeader, terms[0]), func(field string) bq.BoostableQuery {
			tq := bleve.NewTermQuery(terms[0])
			tq.SetField(field)
			return tq
		})
	}
	// A match-phrase query keeps the gaps stop words leave ("waiting for
	// treatment" is wait, _, treatment), which a phrase of bare terms
	// would close up and so never match.
	return c.orHeader(FieldText, c.headerHas(fieldHeader, terms...), func(field string) bq.BoostableQuery {
		pq := bleve.NewMatchPhraseQuery(text)
		pq.SetField(field)
		pq.Analyzer = textAnalyzer
		return pq
	})
}

// phrase matches words in order. A phrase still being typed matches its
// finished words in order and its last word as a prefix.
func (c *compiler) phrase(p query.Phrase) (bq.Query, error) {
	text := p.Text
	var last string
	if p.Open && !strings.HasSuffix(p.Text, " ") {
		words := strings.Fields(p.Text)
		last = words[len(words)-1]
		text = strings.Join(words[:len(words)-1], " ")
	}
	var parts []bq.Query
	if x := c.vocab.Thesaurus; x != nil && !p.Open {
		if e := x.Expand(text); len(e.Forms) > 0 {
			return c.widen(text, c.phrasePart(text), e), nil
		}
	}
	if q := c.phrasePart(text); q != nil {
		parts = append(parts, q)
	}
	if last != "" {
		if q, _ := c.word(query.Word{Text: last, Prefix: true}); q != nil {
			parts = append(parts, q)
		}
	}
	switch len(parts) {
	case 0:
		return nil, nil
	case 1:
		return parts[0], nil
	}
	return bleve.NewConjunctionQuery(parts...), nil
}

// analyse is the terms an analyser makes of text.
func (ix *Index) analyse(analyzer, text string) []string {
	a := ix.bi.Mapping().AnalyzerNamed(analyzer)
	if a == nil {
		return nil
	}
	var out []string
	for _, tok := range a.Analyze([]byte(text)) {
		out = append(out, string(tok.Term))
	}
	return out
}

// field compiles a field clause, checking the field and, for closed
// fields, the value, so that theme:foo says what the themes are instead of
// finding nothing.
func (c *compiler) field(f query.Field) (bq.Query, error) {
	bad := func(format string, args ...any) error { return &QueryError{Msg: fmt.Sprintf(format, args...)} }
	numeric := f.Name == "year" || f.Name == "value"
	if f.Op != query.Eq && !numeric {
		return nil, bad("%s: takes a name, not a comparison (comparisons are for year and value)", f.Name)
	}
	term := func(field, v string) bq.Query {
		tq := bleve.NewTermQuery(v)
		tq.SetField(field)
		return tq
	}
	if f.Open && f.Value == "" {
		return nil, nil // "theme:" being typed: nothing asked yet
	}
	if f.Carried && !c.fieldHas(f) {
		// "publisher:\"NHS Providers\"|autism": no publisher is called
		// autism, so the bar joins the word, as it would two words.
		// Before, it asked for a publisher of that name, found none and
		// said nothing ("theme:send|autism" was "no such theme").
		text, err := f.Text()
		if err != nil {
			return nil, &QueryError{Msg: "cannot read the query: " + err.Error(), Err: err}
		}
		return c.node(text)
	}
	// A value being typed ("theme:men", "kind:stat") finds what the values
	// it begins do, and is an error only when it begins none. Before, each
	// key of "theme:mental-health" but the last said "no such theme".
	begun := func(field string, valid []string) bq.Query {
		if !f.Open {
			return nil
		}
		var alts []bq.Query
		for _, v := range valid {
			if strings.HasPrefix(v, strings.ToLower(f.Value)) {
				alts = append(alts, term(field, v))
			}
		}
		switch len(alts) {
		case 0:
			return nil
		case 1:
			return alts[0]
		}
		return bleve.NewDisjunctionQuery(alts...)
	}
	switch f.Name {
	case "theme":
		v := strings.ToLower(f.Value)
		if len(c.vocab.Themes) > 0 && !slices.Contains(c.vocab.Themes, v) {
			if q := begun(FieldTheme, c.vocab.Themes); q != nil {
				return q, nil
			}
			return nil, bad("theme:%s: no such theme (themes: %s)", f.Value, themes.ListIDs(c.vocab.Themes))
		}
		return term(FieldTheme, v), nil
	case "kind":
		k, err := evidence.ParseKind(f.Value)
		if err != nil {
			if q := begun(FieldKind, names(evidence.Kinds)); q != nil {
				return q, nil
			}
			return nil, bad("kind:%s: %v", f.Value, err)
		}
		return term(FieldKind, string(k)), nil
	case "type":
		t, err := evidence.ParseSourceType(strings.ToLower(f.Value))
		if err != nil {
			if q := begun(FieldType, names(evidence.SourceTypes)); q != nil {
				return q, nil
			}
			return nil, bad("type:%s: %v", f.Value, err)
		}
		return term(FieldType, string(t)), nil
	case "actor":
		a, ok := ParseActor(f.Value)
		if !ok {
			return nil, bad(`actor:%s: no such actor (actors: %s; quote a name of two words: actor:"Local authorities")`, f.Value, strings.Join(names(evidence.Actors), ", "))
		}
		return term(FieldActor, string(a)), nil
	case "source":
		return term(FieldSource, c.sourceID(f.Value)), nil
	case "publisher":
		return c.publisher(f.Value), nil
	case "year", "value":
		q, err := numericField(f)
		if err != nil && f.Open {
			return nil, nil // "value:>", "year:2020.." being typed
		}
		return q, err
	}
	return nil, bad("unknown field %q (fields: %s)", f.Name, strings.Join(QueryFields, ", "))
}

// fieldHas says whether field clause f names a value its field has: a
// theme, kind, type or actor cypx knows (or, being typed, the beginning
// of one), a number for year and value, a source id or publisher's words
// the index holds. When the index cannot say, it has.
func (c *compiler) fieldHas(f query.Field) bool {
	v := strings.ToLower(f.Value)
	begins := func(valid []string) bool {
		return slices.ContainsFunc(valid, func(x string) bool {
			x = strings.ToLower(x)
			return x == v || f.Open && strings.HasPrefix(x, v)
		})
	}
	switch f.Name {
	case "theme":
		return len(c.vocab.Themes) == 0 || begins(c.vocab.Themes)
	case "kind":
		_, err := evidence.ParseKind(f.Value)
		return err == nil || begins(names(evidence.Kinds))
	case "type":
		_, err := evidence.ParseSourceType(v)
		return err == nil || begins(names(evidence.SourceTypes))
	case "actor":
		return begins(names(evidence.Actors))
	case "year", "value":
		_, ok := query.Number(f.Value)
		// A comparison or range was read as numbers already; a number
		// being typed may hold no digit yet ("year:2023|2").
		return ok || f.Op != query.Eq || f.Open && strings.Trim(f.Value, "0123456789.,%") == ""
	case "source":
		if f.Open {
			return c.headerHasPrefix(FieldSource, f.Value) || c.headerHasPrefix(FieldSource, v)
		}
		return c.headerHas(FieldSource, c.sourceID(f.Value))
	case "publisher":
		return c.publisherHas(f)
	}
	return true
}

// names are the values of a closed field (kinds, types, actors) as text.
func names[T ~string](values []T) []string {
	out := make([]string, len(values))
	for i, v := range values {
		out[i] = string(v)
	}
	return out
}

// publisherHas says whether some publisher's words hold every word of
// f's value, or of a form the thesaurus gives it (CQC); the last word of
// a value being typed may be the start of one.
func (c *compiler) publisherHas(f query.Field) bool {
	forms := []string{f.Value}
	if c.vocab.Thesaurus != nil {
		forms = append(forms, c.vocab.Thesaurus.Expand(f.Value).Forms...)
	}
	for _, form := range forms {
		terms := c.ix.analyse(standard.Name, form)
		if len(terms) == 0 {
			continue
		}
		last := terms[len(terms)-1]
		if f.Open && c.headerHas(FieldPublisherWords, terms[:len(terms)-1]...) && c.headerHasPrefix(FieldPublisherWords, last) {
			return true
		}
		if c.headerHas(FieldPublisherWords, terms...) {
			return true
		}
	}
	return false
}

// sourceID is the source id the index holds for v in any case: an id is
// one id whatever its case (show, cite and the basket find "ACME-A"), and
// the index keeps it as it is spelt. v itself when the index holds it, or
// holds no id like it, or cannot say.
func (c *compiler) sourceID(v string) string {
	r := c.headerReader()
	if r == nil {
		return v
	}
	d, err := ownReads(r).FieldDict(FieldSource)
	if err != nil {
		return v
	}
	defer d.Close()
	found := v
	for {
		e, err := d.Next()
		if err != nil || e == nil {
			return found
		}
		if e.Term == v {
			return v
		}
		if found == v && strings.EqualFold(e.Term, v) {
			found = e.Term
		}
	}
}

// ParseActor reads an actor's name in any case ("nhse", "local authorities").
func ParseActor(s string) (evidence.Actor, bool) {
	for _, a := range evidence.Actors {
		if strings.EqualFold(string(a), strings.TrimSpace(s)) {
			return a, true
		}
	}
	return "", false
}

// publisher matches a publisher by its whole name or any of its words, in
// any case, or by a short form the thesaurus knows (CQC).
func (c *compiler) publisher(v string) bq.Query {
	forms := []string{v}
	if c.vocab.Thesaurus != nil {
		forms = append(forms, c.vocab.Thesaurus.Expand(v).Forms...)
	}
	var alts []bq.Query
	for _, f := range forms {
		terms := c.ix.analyse(standard.Name, f)
		switch len(terms) {
		case 0:
		case 1:
			tq := bleve.NewTermQuery(terms[0])
			tq.SetField(FieldPublisherWords)
			alts = append(alts, tq)
		default:
			pq := bleve.NewMatchPhraseQuery(f)
			pq.SetField(FieldPublisherWords)
			pq.Analyzer = standard.Name
			alts = append(alts, pq)
		}
	}
	switch len(alts) {
	case 0:
		return bleve.NewMatchNoneQuery()
	case 1:
		return alts[0]
	}
	return bleve.NewDisjunctionQuery(alts...)
}

// numericField compiles year:2018, year:2018..2020, value:>50 and the like.
func numericField(f query.Field) (bq.Query, error) {
	field := FieldYear
	if f.Name == "value" {
		field = FieldValue
	}
	lo, hi := f.Low, f.High
	loIn, hiIn := true, true
	var min, max *float64
	switch f.Op {
	case query.Eq:
		v, err := parseNumber(f.Value)
		if err != nil {
			return nil, &QueryError{Msg: fmt.Sprintf("%s:%s: %q is not a number", f.Name, f.Value, f.Value)}
		}
		min, max = &v, &v
	case query.Range:
		min, max = &lo, &hi
	case query.More:
		min, loIn = &lo, false
	case query.MoreE:
		min = &lo
	case query.Less:
		max, hiIn = &lo, false
	case query.LessE:
		max = &lo
	}
	nq := bleve.NewNumericRangeInclusiveQuery(min, max, &loIn, &hiIn)
	nq.SetField(field)
	return nq, nil
}

// parseNumber reads value:97 and year:2024 as the parser reads a
// comparison's number (value:>50): the whole value, or it is no number.
// fmt.Sscan read a number's start, so value:5m searched for 5 and
// year:2024-03 for 2024, silently, while value:>5m was refused; and it
// took "1_0" for 10.
func parseNumber(s string) (float64, error) {
	if v, ok := query.Number(s); ok {
		return v, nil
	}
	return 0, errors.New("not a number")
}
