package index_test

import (
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/index"
	"github.com/cypx/cypx/internal/query"
	"github.com/cypx/cypx/internal/thesaurus"
)

// evaluator says what a parsed query means, item by item, in plain Go: the
// reference the index's compiled queries are held to. It shares only the
// index's analysers (stemming is the index's to define), never its query
// building.
type evaluator struct {
	ix     *index.Index
	themes []string
	th     *thesaurus.Thesaurus
}

// itemTerms are an item's words as each field of the index holds them.
type itemTerms struct {
	// text holds the stemmed tokens of each of the item's searchable
	// texts (its own, then a table row's header): a phrase matches
	// within one of them, never across.
	text      [][]index.Token
	words     map[string]bool
	starts    map[string]bool
	publisher []index.Token
}

func (e evaluator) terms(it evidence.Item) itemTerms {
	t := itemTerms{
		words:     map[string]bool{},
		starts:    map[string]bool{},
		publisher: index.Tokens(e.ix, index.Analysers.Publisher, it.Source.Publisher),
	}
	for _, text := range index.SearchTexts(it) {
		t.text = append(t.text, index.Tokens(e.ix, index.Analysers.Text, text))
		for _, w := range index.Tokens(e.ix, index.Analysers.Words, text) {
			t.words[w.Term] = true
		}
		for _, s := range index.Tokens(e.ix, index.Analysers.Starts, text) {
			t.starts[s.Term] = true
		}
	}
	return t
}

// phraseIn is phraseOf over each of the item's searchable texts.
func (e evaluator) phraseIn(text string, values [][]index.Token) (ok, constrains bool) {
	if len(values) == 0 {
		return e.phraseOf(text, nil, index.Analysers.Text)
	}
	for _, in := range values {
		if m, c := e.phraseOf(text, in, index.Analysers.Text); !c || m {
			return m, c
		}
	}
	return false, true
}

// match reports whether n holds for the item; constrains is false for a
// node that says nothing (a stop word), which the index leaves out.
func (e evaluator) match(n query.Node, it evidence.Item, t itemTerms) (ok, constrains bool) {
	switch n := n.(type) {
	case query.And:
		all, any := true, false
		for i := 0; i < len(n); i++ {
			if used, m := e.termRun(n[i:], t); used > 0 {
				any = true
				all = all && m
				i += used - 1
				continue
			}
			m, c := e.match(n[i], it, t)
			if c {
				any = true
				all = all && m
			}
		}
		return all, any
	case query.Or:
		hit := false
		for _, x := range n {
			m, c := e.match(x, it, t)
			if !c {
				return true, false
			}
			hit = hit || m
		}
		return hit, true
	case query.Not:
		m, c := e.match(n.X, it, t)
		return !m, c
	case query.Word:
		return e.word(n, t)
	case query.Phrase:
		return e.phrase(n, t)
	case query.Field:
		return e.field(n, it, t), true
	}
	panic("unknown node")
}

// termRun mirrors the index: the longest run of two or more plain words
// spelling a thesaurus term is matched as that term or its forms.
func (e evaluator) termRun(parts []query.Node, t itemTerms) (int, bool) {
	var words []string
	for _, p := range parts {
		w, ok := p.(query.Word)
		if !ok || w.Wildcard || w.Fuzzy > 0 || w.Prefix || len(words) == 6 {
			break
		}
		words = append(words, w.Text)
	}
	for n := len(words); n >= 2; n-- {
		term := strings.Join(words[:n], " ")
		if x := e.th.Expand(term); len(x.Forms) > 0 {
			return n, e.anyForm(term, x, t)
		}
	}
	return 0, false
}

func (e evaluator) anyForm(typed string, x thesaurus.Expansion, t itemTerms) bool {
	for _, f := range append([]string{typed}, x.Forms...) {
		if m, c := e.phraseIn(f, t.text); c && m {
			return true
		}
	}
	return false
}

// phraseOf matches text's analysed terms at the same relative positions
// (stop words leave gaps) in an item's tokens.
func (e evaluator) phraseOf(text string, in []index.Token, analyser string) (ok, constrains bool) {
	q := index.Tokens(e.ix, analyser, text)
	if len(q) == 0 {
		return false, false
	}
	at := map[int]string{}
	for _, tok := range in {
		at[tok.Pos] = tok.Term
	}
	for _, tok := range in {
		if tok.Term != q[0].Term {
			continue
		}
		all := true
		for _, qt := range q[1:] {
			if at[tok.Pos+qt.Pos-q[0].Pos] != qt.Term {
				all = false
				break
			}
		}
		if all {
			return true, true
		}
	}
	return false, true
}

func (e evaluator) word(w query.Word, t itemTerms) (bool, bool) {
	p := strings.TrimFunc(strings.ToLower(w.Text), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	switch {
	case w.Wildcard:
		re := regexp.MustCompile("^" + strings.NewReplacer(`\*`, ".*", `\?`, ".").Replace(regexp.QuoteMeta(strings.ToLower(w.Text))) + "$")
		for term := range t.words {
			if re.MatchString(term) {
				return true, true
			}
		}
		return false, true
	case w.Fuzzy > 0:
		for term := range t.words {
			if index.EditDistance(term, p) <= w.Fuzzy {
				return true, true
			}
		}
		return false, true
	}
	m, c := e.phraseIn(w.Text, t.text)
	if w.Prefix && p != "" {
		c = true
		if utf8.RuneCountInString(p) <= 2 {
			m = m || t.starts[p]
		} else {
			for term := range t.words {
				if strings.HasPrefix(term, p) {
					m = true
					break
				}
			}
		}
	}
	if x := e.th.Expand(w.Text); len(x.Forms) > 0 {
		return m || e.anyForm(w.Text, x, t), true
	}
	return m, c
}

func (e evaluator) phrase(p query.Phrase, t itemTerms) (bool, bool) {
	text, last := p.Text, ""
	if p.Open && !strings.HasSuffix(p.Text, " ") {
		words := strings.Fields(p.Text)
		last = words[len(words)-1]
		text = strings.Join(words[:len(words)-1], " ")
	}
	if !p.Open {
		if x := e.th.Expand(text); len(x.Forms) > 0 {
			return e.anyForm(text, x, t), true
		}
	}
	all, any := true, false
	if m, c := e.phraseIn(text, t.text); c {
		all, any = m, true
	}
	if last != "" {
		if m, c := e.word(query.Word{Text: last, Prefix: true}, t); c {
			all, any = all && m, true
		}
	}
	return all, any
}

func (e evaluator) field(f query.Field, it evidence.Item, t itemTerms) bool {
	switch f.Name {
	case "theme":
		return it.HasTheme(strings.ToLower(f.Value))
	case "kind":
		k, _ := evidence.ParseKind(f.Value)
		return it.Kind == k
	case "type":
		return strings.EqualFold(string(it.Source.Type), f.Value)
	case "actor":
		for _, a := range it.Actors {
			if strings.EqualFold(string(a), f.Value) {
				return true
			}
		}
		return false
	case "source":
		return it.Source.ID == f.Value
	case "publisher":
		forms := append([]string{f.Value}, e.th.Expand(f.Value).Forms...)
		for _, form := range forms {
			if m, _ := e.phraseOf(form, t.publisher, index.Analysers.Publisher); m {
				return true
			}
		}
		return false
	case "year":
		return compare(f, float64(it.Source.Date.Year))
	case "value":
		for _, fig := range it.Figures {
			if compare(f, fig.Value) {
				return true
			}
		}
		return false
	}
	panic("unknown field " + f.Name)
}

func compare(f query.Field, v float64) bool {
	switch f.Op {
	case query.Range:
		return v >= f.Low && v <= f.High
	case query.More:
		return v > f.Low
	case query.MoreE:
		return v >= f.Low
	case query.Less:
		return v < f.Low
	case query.LessE:
		return v <= f.Low
	}
	x, err := strconv.ParseFloat(strings.ReplaceAll(strings.TrimSuffix(f.Value, "%"), ",", ""), 64)
	return err == nil && v == x
}

// anyLeafConstrains reports whether any word, phrase or field of the
// query asks for something; a query of stop words alone asks for nothing.
func (e evaluator) anyLeafConstrains(n query.Node) bool {
	found := false
	empty := itemTerms{words: map[string]bool{}, starts: map[string]bool{}}
	query.Walk(n, func(x query.Node) {
		switch x := x.(type) {
		case query.Field:
			found = true
		case query.Word, query.Phrase:
			if _, c := e.match(x, evidence.Item{}, empty); c {
				found = true
			}
		}
	})
	return found
}

// stopAlternative reports whether one of the query's alternatives asks
// for nothing ("IT|digital"): a query asked outright is refused for it.
func (e evaluator) stopAlternative(n query.Node) bool {
	found := false
	query.Walk(n, func(x query.Node) {
		if or, ok := x.(query.Or); ok {
			for _, alt := range or {
				if !e.anyLeafConstrains(alt) {
					found = true
				}
			}
		}
	})
	return found
}
