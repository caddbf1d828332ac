package index

import (
	"context"
	"sort"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/index/scorch"
	bindex "github.com/blevesearch/bleve_index_api"
)

// Suggestion offers indexed words near a typed word that matched nothing:
// "autisim: did you mean autism (12)?".
type Suggestion struct {
	// Word is the word as typed.
	Word string `json:"word"`
	// Terms are the nearest indexed words, best first.
	Terms []TermCount `json:"terms"`
}

// TermCount is an indexed word and the number of items holding it.
type TermCount struct {
	Term  string `json:"term"`
	Count int    `json:"count"`
}

// maxSuggestions is how many words are offered for one typed word.
const maxSuggestions = 3

// suggest finds, for each typed word that no item holds, the indexed words
// within one edit (words of up to four letters) or two, nearest first and
// then most common. A word still being typed is offered words only when no
// indexed word starts with it ("autisim" as typed, not "autis"). It is
// asked only when a search found nothing, so it costs a keystroke nothing
// otherwise.
func (ix *Index) suggest(ctx context.Context, words []typedWord) ([]Suggestion, error) {
	if len(words) == 0 {
		return nil, nil
	}
	r, err := ix.reader()
	if err != nil {
		return nil, err
	}
	defer r.Close()
	fuzzy, ok := ownReads(r).(bindex.IndexReaderFuzzy)
	if !ok {
		return nil, nil
	}
	var out []Suggestion
	for _, tw := range words {
		if ctx.Err() != nil {
			return out, ctx.Err()
		}
		w := tw.text
		held, err := ix.holds(ctx, r, w)
		if err == nil && !held && tw.prefix {
			held, err = startsAny(r, prefixTerm(w))
		}
		if err != nil || held {
			continue
		}
		term := prefixTerm(w)
		if utf8.RuneCountInString(term) < 3 {
			continue
		}
		dist := 2
		if utf8.RuneCountInString(term) <= 4 {
			dist = 1
		}
		d, err := fuzzy.FieldDictFuzzy(FieldWords, term, dist, "")
		if err != nil {
			continue
		}
		var found []bindex.DictEntry
		for e, err := d.Next(); err == nil && e != nil; e, err = d.Next() {
			if e.Term != term {
				found = append(found, *e)
			}
		}
		d.Close()
		// The fuzzy dictionary's counts are not kept for every segment (a
		// merged cache reports 0): ask the postings.
		for i := range found {
			if n, err := termCount(ctx, r, found[i].Term); err == nil {
				found[i].Count = uint64(n)
			}
		}
		sort.Slice(found, func(i, j int) bool {
			di, dj := editDistance(found[i].Term, term), editDistance(found[j].Term, term)
			if di != dj {
				return di < dj
			}
			if found[i].Count != found[j].Count {
				return found[i].Count > found[j].Count
			}
			return found[i].Term < found[j].Term
		})
		s := Suggestion{Word: w}
		for _, e := range found[:min(len(found), maxSuggestions)] {
			if e.Count > 0 {
				s.Terms = append(s.Terms, TermCount{Term: e.Term, Count: int(e.Count)})
			}
		}
		if len(s.Terms) > 0 {
			out = append(out, s)
		}
	}
	return out, nil
}

// reader opens a reader of the index's current snapshot, for the term
// dictionary, postings and segments; the caller closes it. Every read of
// a snapshot goes through it: a scorch index closed meanwhile (the
// explorer quitting while a basket is read) gives no error but a nil
// snapshot, on which Segments and Close panic; it is told here as the
// closed index it is.
func (ix *Index) reader() (bindex.IndexReader, error) {
	adv, err := ix.bi.Advanced()
	if err != nil {
		return nil, err
	}
	r, err := adv.Reader()
	if err != nil {
		return nil, err
	}
	if snap, ok := r.(*scorch.IndexSnapshot); ok && snap == nil {
		return nil, bleve.ErrorIndexClosed
	}
	return r, nil
}

// termCount is how many items hold an unstemmed word.
func termCount(ctx context.Context, r bindex.IndexReader, term string) (int, error) {
	tfr, err := r.TermFieldReader(ctx, []byte(term), FieldWords, false, false, false)
	if err != nil {
		return 0, err
	}
	defer tfr.Close()
	return int(tfr.Count()), nil
}

// holds reports whether any item holds the word, stemmed as the text field
// holds it.
func (ix *Index) holds(ctx context.Context, r bindex.IndexReader, word string) (bool, error) {
	terms := ix.analyse(textAnalyzer, word)
	if len(terms) != 1 {
		return true, nil // stop words, and words of several parts, are not suggested for
	}
	tfr, err := r.TermFieldReader(ctx, []byte(terms[0]), FieldText, false, false, false)
	if err != nil {
		return false, err
	}
	defer tfr.Close()
	return tfr.Count() > 0, nil
}

// startsAny reports whether any indexed word starts with prefix.
func startsAny(r bindex.IndexReader, prefix string) (bool, error) {
	if prefix == "" {
		return true, nil
	}
	d, err := ownReads(r).FieldDictPrefix(FieldWords, []byte(prefix))
	if err != nil {
		return false, err
	}
	defer d.Close()
	e, err := d.Next()
	return e != nil, err
}

// editDistance is the Levenshtein distance between two words, in letters.
func editDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur := make([]int, len(rb)+1)
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev = cur
	}
	return prev[len(rb)]
}
