package index

import (
	"context"
	"math"
	"slices"
	"sync"
	"sync/atomic"

	"github.com/RoaringBitmap/roaring/v2"
	bindex "github.com/blevesearch/bleve_index_api"
)

// Several words typed are a conjunction, and its matches are far fewer
// than any word's: "waiting l" matches documents holding both words,
// while a term's documents of highest impact, kept with its bound, are
// the whole library's, and the library's items that weigh most for
// "wait" (short items saying "waited") hold no word starting with l. No
// candidate then matches at those impacts, and the bound an outsider is
// held to (each term's least kept impact) stays above every match's
// score: the page could not be proven, and every match was scanned.
//
// So a term also keeps its impact levels: the documents holding it at
// each of its highest distinct impacts (sqrt(freq)·norm), a bitmap a
// segment (termLevels). A conjunction's matches are known as bitmaps
// before any posting is read (bitmapTotal), and each term's documents
// of highest impact among them (within) are found by walking its levels
// from the top, each level's documents ANDed with the matches, until
// enough are kept: an outsider, a match among none of them, holds the
// term at a lower level at most. topPage then proves the page as
// before, over the matches alone: candidates, bounds, cliques and the
// tie rule are unchanged, as every document they reason about is a
// match.

// typedLevelsMax bounds the levels a term keeps, and typedLevelsBytes
// the bitmaps of every term's levels kept.
const (
	typedLevelsMax   = 64
	typedLevelsBytes = 64 << 20
)

// termLevels are a term's highest distinct impacts over its postings,
// highest first, with the documents holding it at each.
type termLevels struct {
	impact []float64
	docs   [][]*roaring.Bitmap // each level's documents, a bitmap a segment (local numbers)
	// rest is the highest impact of a document in no level; below 0
	// when every document holding the term is in one.
	rest float64
	// table is the term's impact in each document holding it, for
	// scoring candidates without walking the postings (typedimpacts.go).
	table impactTable
}

// levelCache keeps the levels of the terms asked about.
type levelCache struct {
	mu    sync.Mutex
	m     map[string]termLevels
	bytes uint64
}

// levelsUnused turns the levels off, and withinScale scales the bounds
// read from them, for tests to see pages change with bounds too small;
// withinPages counts the pages proven over a conjunction's matches.
var (
	levelsUnused atomic.Bool
	withinScale  = 1.0
	withinPages  atomic.Int64
)

// levels returns the impact levels of term in field, reading its
// postings the first time. segDocs are the documents of each segment.
func (b *termBounds) levels(ctx context.Context, r bindex.IndexReader, field, term string, segDocs []uint64) (termLevels, error) {
	key := field + "\x00" + term
	b.lv.mu.Lock()
	lv, ok := b.lv.m[key]
	b.lv.mu.Unlock()
	if ok {
		return lv, nil
	}
	// Each impact's documents, by global number, in order, and the
	// impact of each document (lv.table, kept where it fits its form).
	byImpact := map[float64][]uint64{}
	at := map[float64]uint16{}
	tab, fits := &lv.table, true
	err := eachImpact(ctx, r, field, term, func(d *bindex.TermFieldDoc, impact float64) error {
		doc, err := docNumber(d.ID)
		if err != nil {
			return err
		}
		byImpact[impact] = append(byImpact[impact], doc)
		if !fits {
			return nil
		}
		j, ok := at[impact]
		if !ok {
			if len(tab.values) > math.MaxUint16 {
				fits = false
				return nil
			}
			j = uint16(len(tab.values))
			at[impact] = j
			tab.values = append(tab.values, impact)
		}
		if doc > math.MaxUint32 {
			fits = false
			return nil
		}
		tab.docs = append(tab.docs, uint32(doc))
		tab.at = append(tab.at, j)
		return nil
	})
	if err != nil {
		return lv, err
	}
	if !fits {
		lv.table = impactTable{}
	}
	impacts := make([]float64, 0, len(byImpact))
	for v := range byImpact {
		impacts = append(impacts, v)
	}
	slices.Sort(impacts)
	slices.Reverse(impacts)
	lv.rest = -1
	if len(impacts) > typedLevelsMax {
		lv.rest = impacts[typedLevelsMax]
		impacts = impacts[:typedLevelsMax]
	}
	lv.impact = impacts
	size := uint64(8*len(impacts) + 6*len(lv.table.docs) + 8*len(lv.table.values))
	for _, v := range impacts {
		segs := make([]*roaring.Bitmap, len(segDocs))
		for s := range segs {
			segs[s] = roaring.New()
		}
		seg, from := 0, uint64(0)
		for _, d := range byImpact[v] {
			for seg < len(segDocs)-1 && d >= from+segDocs[seg] {
				from += segDocs[seg]
				seg++
			}
			segs[seg].Add(uint32(d - from))
		}
		for _, bm := range segs {
			bm.RunOptimize()
			size += bm.GetSizeInBytes()
		}
		lv.docs = append(lv.docs, segs)
	}
	b.lv.mu.Lock()
	if b.lv.m == nil || b.lv.bytes+size > typedLevelsBytes {
		b.lv.m, b.lv.bytes = map[string]termLevels{}, 0
	}
	b.lv.m[key] = lv
	b.lv.bytes += size
	b.lv.mu.Unlock()
	return lv, nil
}

// within restricts the clause, weighed (see weigh), to the documents of
// in (each segment's matches, by local number; segDocs the documents of
// each segment): the documents it keeps become its k of highest
// impact among them (ties to the lower number), by its levels lv; its
// cut, the least kept impact, with the number of the last kept; below
// it, the highest impact of a match numbered before that; its bound the
// highest impact of a match; its bitmaps only the matches. No document
// outside in matters to a page whose every hit is in it.
//
// Where every document holding the term matches but the deleted ones
// (covers: a word's terms without filters), its bitmaps are kept as they
// are, a superset of its matches by the deleted documents alone: an
// outsider reasoned about that cannot match only makes a proof harder.
func (c *likeClause) within(lv termLevels, in []*roaring.Bitmap, segDocs []uint64, k int, covers bool) {
	if c.done || len(c.docs) != len(in) || slices.ContainsFunc(lv.docs, func(l []*roaring.Bitmap) bool { return len(l) != len(in) }) {
		return
	}
	docs := make([]*roaring.Bitmap, len(in))
	holding := 0 // the matches holding the term
	for s := range in {
		if covers {
			docs[s] = c.docs[s]
		} else {
			docs[s] = roaring.And(c.docs[s], in[s])
		}
		holding += int(docs[s].GetCardinality())
	}
	weigh := func(v float64) float64 {
		if v < 0 {
			return -1
		}
		return v * c.w * boundSlack * withinScale
	}
	var best []uint64
	bound, cut, below := -1.0, -1.0, -1.0
	last := uint64(0)
	full := false // k kept: cut and last are the last kept's
	for j, v := range lv.impact {
		n := 0 // the matches at this level (once full, whether any is)
		for s, from := 0, uint64(0); s < len(in); from, s = from+segDocs[s], s+1 {
			if full {
				// Only whether a match holds the term at this level.
				if lv.docs[j][s].Intersects(in[s]) {
					n++
				}
				continue
			}
			x := roaring.And(lv.docs[j][s], in[s])
			if x.IsEmpty() {
				continue
			}
			n += int(x.GetCardinality())
			it := x.Iterator()
			for it.HasNext() && len(best) < k {
				best = append(best, from+uint64(it.Next()))
			}
			if len(best) == k {
				full, cut, last = true, v, best[len(best)-1]
			}
		}
		if n == 0 {
			continue
		}
		if bound < 0 {
			bound = v
		}
		if full && v < cut {
			below = v // the highest level of a match below the cut
			break
		}
	}
	if !full {
		// Every match at a level kept: the others hold the term at most
		// at rest, and none is numbered below 0.
		cut, last = lv.rest, 0
	} else if below < 0 {
		below = lv.rest
	}
	if bound < 0 {
		bound = lv.rest
	}
	slices.Sort(best)
	c.best, c.docs = best, docs
	c.open = holding > len(best)
	c.bound, c.cut, c.last, c.belowCut = max(weigh(bound), 0), weigh(cut), last, weigh(below)
}

// withinMatches restricts each clause of a query, as weighed, to its
// matches in, each segment's by local number (see within), keeping k
// documents a term; none with k 0. covers says every document holding
// a term matches, but the deleted ones.
func withinMatches(ctx context.Context, t *facetTable, cl []likeClause, in []*roaring.Bitmap, segDocs []uint64, k int, covers bool) error {
	if k == 0 || levelsUnused.Load() || len(in) != len(segDocs) {
		return nil
	}
	for i := range cl {
		c := &cl[i]
		if c.done {
			continue
		}
		if !c.open {
			// Every document holding the term is kept: the matches
			// among them are all a page can take from them.
			c.best = slices.DeleteFunc(slices.Clone(c.best), func(d uint64) bool { return !inMatches(in, segDocs, d) })
			continue
		}
		lv, err := t.bounds.levels(ctx, t.snap, c.field, c.term, segDocs)
		if err != nil {
			return err
		}
		c.within(lv, in, segDocs, k, covers)
	}
	return nil
}

// inMatches says whether document d is among in (each segment's
// documents by local number; segDocs the documents of each segment).
func inMatches(in []*roaring.Bitmap, segDocs []uint64, d uint64) bool {
	for s := range in {
		if d < segDocs[s] {
			return in[s].Contains(uint32(d))
		}
		d -= segDocs[s]
	}
	return false
}

// withinFirst is how many of a term's documents of highest impact among
// a conjunction's matches its first try keeps (each is a candidate
// scored); a page they do not prove is tried again with topDocs.
const withinFirst = 64
