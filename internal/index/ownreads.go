package index

import (
	"container/heap"
	"context"
	"errors"
	"reflect"

	"github.com/RoaringBitmap/roaring/v2"
	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/index/scorch"
	"github.com/blevesearch/bleve/v2/mapping"
	"github.com/blevesearch/bleve/v2/search"
	bq "github.com/blevesearch/bleve/v2/search/query"
	bindex "github.com/blevesearch/bleve_index_api"
	segment "github.com/blevesearch/scorch_segment_api/v2"
)

// bleve's snapshot reads a field's dictionary (FieldDict and its prefix,
// range, fuzzy, regexp and lookup forms, which its prefix, fuzzy, wildcard,
// regexp and numeric range searchers use) and the documents of ids
// (DocIDReaderOnly, DocIDReaderAll) on goroutines of its own, one a
// segment. A segment file cut short under such a read faults there, where
// no recover reaches and SetPanicOnFault was never asked, and Go ends the
// process (SIGBUS). ownReader answers those reads itself, segment by
// segment on the calling goroutine, which protect covers: the same
// segment dictionaries and iterators bleve opens, merged in term order
// with a term's counts summed as bleve's IndexSnapshotFieldDict merges
// them, so every answer is bleve's. Every search cypx hands bleve goes
// through search (its query wrapped by ownQuery), every searcher cypx
// builds itself and every dictionary it walks through ownReads; a test
// (TestBleveGoroutineReadsAreWrapped) fails on a call that does not.
//
// What bleve still starts goroutines for: facets and sorting read doc
// values on the calling goroutine, and only a field a segment holds
// without doc values is read on one of bleve's (cypx facets and sorts
// fields with doc values; a field absent from a segment reads nothing of
// it); a synonym's keys (cypx defines no synonym source); merging and
// persisting, which read segment files on bleve's goroutines, but only in
// an index opened to write (a build, Compact), never in one opened to
// read, as searches and commands open it.

// ownReader is a scorch snapshot whose dictionary walks and reads of
// document ids run on the calling goroutine. Every other read is the
// snapshot's own.
type ownReader struct {
	*scorch.IndexSnapshot
}

// ownReads returns r reading its dictionaries and document ids on the
// calling goroutine, when r is a scorch snapshot (the only reader cypx's
// index gives).
func ownReads(r bindex.IndexReader) bindex.IndexReader {
	if s, ok := r.(*scorch.IndexSnapshot); ok {
		return ownReader{s}
	}
	return r
}

// ownQuery is a query whose searchers read through ownReads: wrapped
// round the whole query of a search, it reaches every searcher of it, as
// each composite query hands its reader down.
type ownQuery struct {
	bq.Query
}

// Searcher builds q's searcher over ownReads(r).
func (q ownQuery) Searcher(ctx context.Context, r bindex.IndexReader, m mapping.IndexMapping, options search.SearcherOptions) (search.Searcher, error) {
	return q.Query.Searcher(ctx, ownReads(r), m, options)
}

// Validate checks the query within, as bleve would have checked it.
func (q ownQuery) Validate() error {
	if v, ok := q.Query.(bq.ValidatableQuery); ok {
		return v.Validate()
	}
	return nil
}

// search runs req on bleve with its query read through ownReads: the one
// way cypx searches bleve.
func (ix *Index) search(ctx context.Context, req *bleve.SearchRequest) (*bleve.SearchResult, error) {
	if _, ok := req.Query.(ownQuery); !ok && req.Query != nil {
		req.Query = ownQuery{req.Query}
	}
	return ix.bi.SearchInContext(ctx, req)
}

// ownDict is the dictionary of a field over every segment of a snapshot:
// each segment's iterator a cursor, the cursors a heap by their current
// term, as in bleve's IndexSnapshotFieldDict.
type ownDict struct {
	cardinality int
	bytesRead   uint64
	cursors     []*ownCursor
	entry       bindex.DictEntry
}

// ownCursor is one segment's place in a field's dictionary; dict alone
// for a dictionary opened for lookups (Contains).
type ownCursor struct {
	dict segment.TermDictionary
	itr  segment.DictionaryIterator
	curr bindex.DictEntry
}

// dict opens field's dictionary in every segment in turn, each walked by
// iterate (nil: opened for lookups only). A segment's dictionary counts
// its deleted documents too, as bleve's does.
func (o ownReader) dict(field string, iterate func(segment.TermDictionary) segment.DictionaryIterator) (*ownDict, error) {
	d := &ownDict{}
	for _, ss := range o.Segments() {
		dict, err := ss.Segment().Dictionary(field)
		if err != nil {
			return nil, err
		}
		if stats, ok := dict.(segment.DiskStatsReporter); ok {
			d.bytesRead += stats.BytesRead()
		}
		d.cardinality += dict.Cardinality()
		if iterate == nil {
			d.cursors = append(d.cursors, &ownCursor{dict: dict})
			continue
		}
		itr := iterate(dict)
		next, err := itr.Next()
		if err != nil {
			return nil, err
		}
		if next != nil {
			d.cursors = append(d.cursors, &ownCursor{itr: itr, curr: *next})
		}
	}
	if iterate != nil {
		heap.Init(d)
	}
	return d, nil
}

func (d *ownDict) Len() int           { return len(d.cursors) }
func (d *ownDict) Less(a, b int) bool { return d.cursors[a].curr.Term < d.cursors[b].curr.Term }
func (d *ownDict) Swap(a, b int)      { d.cursors[a], d.cursors[b] = d.cursors[b], d.cursors[a] }
func (d *ownDict) Push(x any)         { d.cursors = append(d.cursors, x.(*ownCursor)) }
func (d *ownDict) Pop() any {
	n := len(d.cursors)
	x := d.cursors[n-1]
	d.cursors = d.cursors[:n-1]
	return x
}

// step moves the first cursor on, dropping it at its end.
func (d *ownDict) step() error {
	next, err := d.cursors[0].itr.Next()
	if err != nil {
		return err
	}
	if next == nil {
		heap.Pop(d)
	} else {
		d.cursors[0].curr = *next
		heap.Fix(d, 0)
	}
	return nil
}

// Next is the next term of the field in byte order, its count summed over
// the segments holding it.
func (d *ownDict) Next() (*bindex.DictEntry, error) {
	if len(d.cursors) == 0 {
		return nil, nil
	}
	d.entry = d.cursors[0].curr
	if err := d.step(); err != nil {
		return nil, err
	}
	for len(d.cursors) > 0 && d.cursors[0].curr.Term == d.entry.Term {
		d.entry.Count += d.cursors[0].curr.Count
		if err := d.step(); err != nil {
			return nil, err
		}
	}
	return &d.entry, nil
}

// Contains reports whether any segment's dictionary holds key.
func (d *ownDict) Contains(key []byte) (bool, error) {
	for _, c := range d.cursors {
		if found, _ := c.dict.Contains(key); found {
			return true, nil
		}
	}
	return false, nil
}

// Cardinality is the sum of the segments' dictionary sizes, as bleve's.
func (d *ownDict) Cardinality() int { return d.cardinality }

// BytesRead is what opening the segments' dictionaries read.
func (d *ownDict) BytesRead() uint64 { return d.bytesRead }

// Close releases nothing: the segments' dictionaries are the snapshot's.
func (d *ownDict) Close() error { return nil }

// FieldDict walks every term of field.
func (o ownReader) FieldDict(field string) (bindex.FieldDict, error) {
	return o.dict(field, func(d segment.TermDictionary) segment.DictionaryIterator {
		return d.AutomatonIterator(nil, nil, nil)
	})
}

// FieldDictRange walks the terms of field from start to end, both kept.
func (o ownReader) FieldDictRange(field string, start, end []byte) (bindex.FieldDict, error) {
	return o.dict(field, func(d segment.TermDictionary) segment.DictionaryIterator {
		return d.AutomatonIterator(nil, start, afterInclusive(end))
	})
}

// FieldDictPrefix walks the terms of field that start with prefix.
func (o ownReader) FieldDictPrefix(field string, prefix []byte) (bindex.FieldDict, error) {
	return o.dict(field, func(d segment.TermDictionary) segment.DictionaryIterator {
		return d.AutomatonIterator(nil, prefix, afterPrefix(prefix))
	})
}

// FieldDictContains opens field's dictionary in every segment for lookups.
func (o ownReader) FieldDictContains(field string) (bindex.FieldDictContains, error) {
	return o.dict(field, nil)
}

// FieldCardinality is the size of field's dictionary (BM25's statistic).
func (o ownReader) FieldCardinality(field string) (int, error) {
	d, err := o.dict(field, nil)
	if err != nil {
		return 0, err
	}
	return d.Cardinality(), nil
}

// noSegments is a snapshot of no segment, asked for the automata bleve
// builds for a regular expression or a fuzzy term: its dictionary of them
// is empty, started on no goroutine, and the automaton is bleve's own.
var noSegments = &scorch.IndexSnapshot{}

// FieldDictRegexp walks the terms of field the regular expression matches.
func (o ownReader) FieldDictRegexp(field, pattern string) (bindex.FieldDict, error) {
	d, _, err := o.FieldDictRegexpAutomaton(field, pattern)
	return d, err
}

// FieldDictRegexpAutomaton walks the terms of field that bleve's automaton
// of pattern accepts; bleve narrows the walk to the pattern's literal
// prefix first, which the automaton holds as well.
func (o ownReader) FieldDictRegexpAutomaton(field, pattern string) (bindex.FieldDict, bindex.RegexAutomaton, error) {
	_, ra, err := noSegments.FieldDictRegexpAutomaton(field, pattern)
	if err != nil {
		return nil, nil, err
	}
	a, ok := ra.(segment.Automaton)
	if !ok {
		return nil, nil, errNoAutomaton
	}
	d, err := o.dict(field, func(d segment.TermDictionary) segment.DictionaryIterator {
		return iteratorOmitCount(d, a, nil, nil)
	})
	if err != nil {
		return nil, nil, err
	}
	return d, ra, nil
}

// FieldDictFuzzy walks the terms of field within fuzziness edits of term
// and starting with prefix.
func (o ownReader) FieldDictFuzzy(field, term string, fuzziness int, prefix string) (bindex.FieldDict, error) {
	d, _, err := o.FieldDictFuzzyAutomaton(field, term, fuzziness, prefix)
	return d, err
}

// FieldDictFuzzyAutomaton is FieldDictFuzzy with bleve's automaton of the
// term, which its fuzzy searcher asks each term's edit distance.
func (o ownReader) FieldDictFuzzyAutomaton(field, term string, fuzziness int, prefix string) (bindex.FieldDict, bindex.FuzzyAutomaton, error) {
	_, fa, err := noSegments.FieldDictFuzzyAutomaton(field, term, fuzziness, prefix)
	if err != nil {
		return nil, nil, err
	}
	a, ok := fa.(segment.Automaton)
	if !ok {
		return nil, nil, errNoAutomaton
	}
	var start, end []byte
	if prefix != "" {
		start = []byte(prefix)
		end = afterPrefix(start)
	}
	d, err := o.dict(field, func(d segment.TermDictionary) segment.DictionaryIterator {
		return iteratorOmitCount(d, a, start, end)
	})
	if err != nil {
		return nil, nil, err
	}
	return d, fa, nil
}

// errNoAutomaton would mean bleve no longer gives its automata as ones a
// segment walks: a dependency change the equality tests catch.
var errNoAutomaton = errors.New("bleve's term automaton is not one a segment walks")

// iteratorOmitCount is the iterator bleve's fuzzy and regexp searchers
// walk: without each term's count where the segment can skip reading it
// (they discard it).
func iteratorOmitCount(d segment.TermDictionary, a segment.Automaton, start, end []byte) segment.DictionaryIterator {
	type omitCount interface {
		AutomatonIteratorOmitCount(a segment.Automaton, start, end []byte) segment.DictionaryIterator
	}
	if oc, ok := d.(omitCount); ok {
		return oc.AutomatonIteratorOmitCount(a, start, end)
	}
	return d.AutomatonIterator(a, start, end)
}

// afterInclusive is the first key after every key up to end, as an
// exclusive end (nil: no end).
func afterInclusive(end []byte) []byte {
	if len(end) == 0 {
		return end
	}
	rv := append([]byte(nil), end...)
	if rv[len(rv)-1] < 0xff {
		rv[len(rv)-1]++
	} else {
		rv = append(rv, 0)
	}
	return rv
}

// afterPrefix is the first key that does not start with prefix (nil when
// none does: a prefix of 0xff bytes alone, or none).
func afterPrefix(prefix []byte) []byte {
	rv := append([]byte(nil), prefix...)
	for i := len(rv) - 1; i >= 0; i-- {
		rv[i]++
		if rv[i] != 0 {
			return rv
		}
	}
	return nil
}

// DocIDReaderAll reads every live document of the snapshot.
func (o ownReader) DocIDReaderAll() (bindex.DocIDReader, error) {
	return o.docIDs(func(ss *scorch.SegmentSnapshot) (*roaring.Bitmap, error) {
		return ss.DocNumbersLive(), nil
	})
}

// DocIDReaderOnly reads the live documents of ids, looked up in each
// segment's dictionary of ids on the calling goroutine.
func (o ownReader) DocIDReaderOnly(ids []string) (bindex.DocIDReader, error) {
	return o.docIDs(func(ss *scorch.SegmentSnapshot) (*roaring.Bitmap, error) {
		return ss.DocNumbers(ids)
	})
}

// docIDs reads the documents docs finds in each segment, in the order of
// the snapshot's document numbers: a segment's numbers follow those of
// every segment before it (bleve's offsets: the sum of their full sizes,
// deleted documents counted).
func (o ownReader) docIDs(docs func(*scorch.SegmentSnapshot) (*roaring.Bitmap, error)) (bindex.DocIDReader, error) {
	r := &ownDocIDs{}
	var offset uint64
	for _, ss := range o.Segments() {
		bm, err := docs(ss)
		if err != nil {
			return nil, err
		}
		r.iterators = append(r.iterators, bm.Iterator())
		r.offsets = append(r.offsets, offset)
		offset += uint64(ss.FullSize())
	}
	return r, nil
}

// ownDocIDs walks document numbers segment by segment, as bleve's
// IndexSnapshotDocIDReader does.
type ownDocIDs struct {
	iterators []roaring.IntIterable
	offsets   []uint64
	seg       int
}

// Next is the next document, nil at the end.
func (r *ownDocIDs) Next() (bindex.IndexInternalID, error) {
	for r.seg < len(r.iterators) {
		if !r.iterators[r.seg].HasNext() {
			r.seg++
			continue
		}
		next := r.iterators[r.seg].Next()
		return bindex.NewIndexInternalID(nil, uint64(next)+r.offsets[r.seg]), nil
	}
	return nil, nil
}

// Advance is the first document at or after id, by reading on as bleve
// does.
func (r *ownDocIDs) Advance(id bindex.IndexInternalID) (bindex.IndexInternalID, error) {
	next, err := r.Next()
	for err == nil && next != nil && next.Compare(id) < 0 {
		next, err = r.Next()
	}
	return next, err
}

// Size is the reader's own size, for bleve's memory estimates.
func (r *ownDocIDs) Size() int { return int(reflect.TypeOf(*r).Size()) }

// Close releases nothing.
func (r *ownDocIDs) Close() error { return nil }
