package index

import (
	"context"
	"errors"
	"sort"
	"sync/atomic"

	"github.com/blevesearch/bleve/v2/mapping"
	"github.com/blevesearch/bleve/v2/search"
	bq "github.com/blevesearch/bleve/v2/search/query"
	bindex "github.com/blevesearch/bleve_index_api"
)

// A typed page's candidates were scored by advancing bleve's searcher to
// each, and a zap postings iterator reading frequencies steps through
// every posting before the document it advances to, decoding the
// frequencies, norms and locations of those in its chunk: scoring the
// candidates of "waiting l", spread over the library, cost about what
// scanning every match did, twice when a second try scored more.
//
// A term's impact levels are read by one walk of its postings
// (typedlevels.go), and that walk now also keeps each document's impact
// (impactTable). Candidates are scored by bleve's own searcher of the
// query, built over a reader (impactReader) whose postings of each term
// are the candidates holding it, each with frequency 1 and the impact as
// its norm, and whose count of a term is the snapshot's (its idf).
// bleve's tf-idf score of a posting is sqrt(freq)·norm, times the idf,
// times the query weight; sqrt(1)·impact is the impact, the very float
// the snapshot's posting gives, so every product and sum after it is
// bleve's own: the same scores, bit for bit, with no posting walked. The
// page's matched spans are read afterwards for its hits alone, by a walk
// of the postings to its last hit (tableMatches) or from the hits' stored
// texts (termSpans), whichever is cheaper (spansByText).

// impactsUnused turns scoring from impacts off, for tests and
// measurements to compare it with the searcher advanced over the
// snapshot; impactScored counts the candidates scored from impacts.
// impactScale scales the impacts candidates are scored from, for tests
// to see a score a part in 2^40 off change pages.
var (
	impactsUnused atomic.Bool
	impactScored  atomic.Int64
	impactScale   = 1.0
)

// impactTable is a term's impact (sqrt(freq)·norm) in every document
// holding it: docs in increasing order, by the snapshot's numbers, and
// values[at[k]] the impact in docs[k]. Empty where a document's number
// or the distinct impacts do not fit its form.
type impactTable struct {
	docs   []uint32
	at     []uint16
	values []float64
}

// find is the impact of document d, looked for in docs[from:] (documents
// asked in increasing order start where the last look ended), and where
// the look ended; false where d does not hold the term.
func (t *impactTable) find(d uint64, from int) (float64, int, bool) {
	k := from + sort.Search(len(t.docs)-from, func(i int) bool { return uint64(t.docs[from+i]) >= d })
	if k < len(t.docs) && uint64(t.docs[k]) == d {
		return t.values[t.at[k]], k + 1, true
	}
	return 0, k, false
}

// impactPostings are one term's postings among the candidates scored:
// each candidate holding it, in order, with its impact; and the term's
// count of documents in the snapshot.
type impactPostings struct {
	docs   []uint64
	impact []float64
	count  uint64
}

// impactReader is the snapshot as the searcher scoring candidates reads
// it: a term's postings are its impactPostings; dictionaries, counts of
// documents and every other read are the snapshot's (through ownReads).
type impactReader struct {
	bindex.IndexReader
	terms map[string]*impactPostings // by field, "\x00" and term
}

// errNoImpacts says the searcher asked for postings impactReader does not
// hold (term vectors, or a term not read from the query): the candidates
// are then scored by the searcher over the snapshot.
var errNoImpacts = errors.New("index: a term's impacts were not read")

// TermFieldReader reads term's postings among the candidates.
func (r impactReader) TermFieldReader(ctx context.Context, term []byte, field string, includeFreq, includeNorm, includeTermVectors bool) (bindex.TermFieldReader, error) {
	p, ok := r.terms[field+"\x00"+string(term)]
	if !ok || includeTermVectors {
		return nil, errNoImpacts
	}
	return &impactCursor{p: p}, nil
}

// impactCursor walks one term's impactPostings.
type impactCursor struct {
	p  *impactPostings
	at int
}

// Next is the next candidate holding the term, nil past the last.
func (c *impactCursor) Next(pre *bindex.TermFieldDoc) (*bindex.TermFieldDoc, error) {
	if c.at >= len(c.p.docs) {
		return nil, nil
	}
	if pre == nil {
		pre = &bindex.TermFieldDoc{}
	}
	pre.ID = bindex.NewIndexInternalID(pre.ID, c.p.docs[c.at])
	pre.Freq, pre.Norm, pre.Vectors = 1, c.p.impact[c.at], nil
	c.at++
	return pre, nil
}

// Advance is the first candidate holding the term at or after id.
func (c *impactCursor) Advance(id bindex.IndexInternalID, pre *bindex.TermFieldDoc) (*bindex.TermFieldDoc, error) {
	d, err := docNumber(id)
	if err != nil {
		return nil, err
	}
	c.at = sort.Search(len(c.p.docs), func(i int) bool { return c.p.docs[i] >= d })
	return c.Next(pre)
}

// Count is the term's count of documents in the snapshot.
func (c *impactCursor) Count() uint64 { return c.p.count }

// Close releases nothing.
func (c *impactCursor) Close() error { return nil }

// Size is left at 0: the postings are the caller's.
func (c *impactCursor) Size() int { return 0 }

// scoreByImpacts scores the documents docs (in increasing order) as the
// query q, whose terms are the clauses cl, scores them over the snapshot
// r, calling found for each it matches with its score; false (nothing
// found) where a term's impacts are not kept or the searcher asks for
// postings the impacts do not give. table gives each term's impacts.
func scoreByImpacts(ctx context.Context, r bindex.IndexReader, m mapping.IndexMapping, q bq.Query, cl []likeClause, docs []uint64, table func(i int) (*impactTable, error), found func(d uint64, score float64)) (bool, error) {
	terms := make(map[string]*impactPostings, len(cl))
	for i, c := range cl {
		key := c.field + "\x00" + c.term
		if _, ok := terms[key]; ok {
			continue
		}
		p := &impactPostings{count: c.tfr.Count()}
		terms[key] = p
		if p.count == 0 {
			continue
		}
		tab, err := table(i)
		if err != nil || tab == nil || len(tab.docs) == 0 {
			return false, err
		}
		from := 0
		for _, d := range docs {
			v, next, ok := tab.find(d, from)
			from = next
			if ok {
				p.docs = append(p.docs, d)
				p.impact = append(p.impact, v*impactScale)
			}
		}
	}
	s, err := q.Searcher(ctx, impactReader{IndexReader: ownReads(r), terms: terms}, m, search.SearcherOptions{})
	if errors.Is(err, errNoImpacts) {
		return false, nil
	}
	if err != nil {
		return false, err
	}
	defer s.Close()
	sctx := &search.SearchContext{DocumentMatchPool: search.NewDocumentMatchPool(s.DocumentMatchPoolSize(), 0), IndexReader: r}
	var out []struct {
		d     uint64
		score float64
	}
	for {
		dm, err := s.Next(sctx)
		if err != nil {
			return false, err
		}
		if dm == nil {
			break
		}
		d, err := docNumber(dm.IndexInternalID)
		if err != nil {
			return false, err
		}
		out = append(out, struct {
			d     uint64
			score float64
		}{d, dm.Score})
		sctx.DocumentMatchPool.Put(dm)
	}
	for _, x := range out {
		found(x.d, x.score)
	}
	impactScored.Add(int64(len(docs)))
	return true, nil
}
