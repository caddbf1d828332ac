package index

import (
	"cmp"
	"slices"
	"sync/atomic"

	"github.com/RoaringBitmap/roaring/v2"
)

// A clique's bound (topPage) gives each of its terms its least kept
// impact at once, though no document left out of the candidates (an
// outsider) may hold them so together: in the generated library the
// items that weigh most for "wait" in the text (short items saying
// "waited") are not those that weigh most for "waiting" in the words
// field, so the clique {wait, waiting} bounds its outsiders by the
// highest score any document has, and no candidate holds both terms at
// their kept impacts to witness it. "waiting", and "waiting l" (whose
// page ties at one score under its clique's bound), were scanned.
//
// A term's impact levels (typedlevels.go) say which documents hold it at
// each of its highest impacts, so which levels an outsider holds a
// clique's terms at together can be read from them: the levels' bitmaps
// ANDed, less the candidates (jointProof). Each such set of levels met
// by some outsider bounds those outsiders by what the query gives at
// those impacts; where that is not below the page's last hit, a
// candidate holding each term at a level at least as high (read from
// the same bitmaps) and scoring no more than the last hit witnesses it,
// as bleve's score only grows with each term's impact and the terms
// held. A witness that ties the last hit proves only the outsiders
// numbered after it (bleve orders ties by number), so no outsider of
// those levels may be numbered before it. Levels are walked from the
// highest, and a walk stops where even the highest levels left of the
// clique's other terms cannot reach the last hit: only the few
// combinations near the page's score are read.

// jointScale scales the bounds jointProof reads from levels met
// together, for tests to shrink them and see pages change; jointUnused
// turns the proof off, for tests to count what it adds.
var (
	jointScale  = 1.0
	jointUnused atomic.Bool
)

// jointCliqueMax bounds the terms of a clique whose levels jointProof
// combines, and jointLeavesMax the combinations of levels it checks
// against the page: past either the page is not proven so.
const (
	jointCliqueMax = 4
	jointLeavesMax = 4096
	jointMoreMax   = 1024
)

// levelOption is one impact at which an outsider may hold a term: a
// level of it (docs its outsiders there, each segment's by local
// number), the impact of its documents past the levels (docs every
// outsider holding it), or not held (impact below 0, docs nil).
type levelOption struct {
	impact float64
	docs   []*roaring.Bitmap
	empty  bool // no outsider at this option
	read   bool // docs and empty are set
}

// jointProof says whether no outsider of any clique of cliques (sets of
// the open terms of cl, a bit each by its place in open) scores enough
// to enter a page whose last hit is last, reading the levels of each
// clique's terms (levels; false where a term has none to give).
// cands are each segment's candidates, matched the candidates scored
// (each with its score), segDocs the documents of each segment.
//
// Where it does not, and the outsiders of the levels not proven are
// few (jointMoreMax), it gives them (more): scored as candidates too,
// they are outsiders no longer, and the page may be proven then.
func jointProof(cl []likeClause, tree *scoreTree, open []int, cliques []uint64, cands []*roaring.Bitmap, segDocs []uint64, last scored, matched []scored, levels func(i int) (termLevels, bool, error)) (proven bool, more []uint64, err error) {
	if jointUnused.Load() || levels == nil || cands == nil {
		return false, nil, nil
	}
	lvs := map[int]termLevels{}
	opts := map[int][]levelOption{}
	weigh := func(i int, v float64) float64 {
		if v < 0 {
			return -1
		}
		return v * cl[i].w * boundSlack * jointScale
	}
	// optionsOf are term i's options, highest impact first, their
	// documents read when first asked (optionDocs).
	optionsOf := func(i int) ([]levelOption, bool, error) {
		if o, ok := opts[i]; ok {
			return o, true, nil
		}
		lv, ok, err := levels(i)
		if err != nil || !ok || len(cl[i].docs) != len(segDocs) || len(lv.impact) == 0 {
			return nil, false, err
		}
		for _, l := range lv.docs {
			if len(l) != len(segDocs) {
				return nil, false, nil
			}
		}
		lvs[i] = lv
		o := make([]levelOption, 0, len(lv.impact)+2)
		for j, v := range lv.impact {
			o = append(o, levelOption{impact: v, docs: lv.docs[j]})
		}
		if lv.rest >= 0 {
			o = append(o, levelOption{impact: lv.rest, docs: nil})
		}
		o = append(o, levelOption{impact: -1, read: true})
		opts[i] = o
		return o, true, nil
	}
	// optionDocs reads option j of term i: its documents that hold the
	// term (within a conjunction's matches, cl[i].docs), less the
	// candidates.
	optionDocs := func(i, j int) *levelOption {
		o := &opts[i][j]
		if o.read {
			return o
		}
		o.read, o.empty = true, true
		out := make([]*roaring.Bitmap, len(segDocs))
		for s := range segDocs {
			if o.docs != nil {
				out[s] = roaring.And(o.docs[s], cl[i].docs[s])
			} else {
				out[s] = cl[i].docs[s].Clone()
			}
			out[s].AndNot(cands[s])
			if !out[s].IsEmpty() {
				o.empty = false
			}
		}
		o.docs = out
		return o
	}
	// The candidates scoring no more than the last hit, which may
	// witness outsiders, in order, with each one's impact for a term
	// read from the term's levels when first asked (-1 in none of them:
	// what it holds then is not known from above).
	var witnesses []scored
	for _, m := range matched {
		if m.score <= last.score {
			witnesses = append(witnesses, m)
		}
	}
	slices.SortFunc(witnesses, func(a, b scored) int { return cmp.Compare(a.doc, b.doc) })
	held := map[int][]float64{}
	heldOf := func(i int) []float64 {
		if h, ok := held[i]; ok {
			return h
		}
		h := make([]float64, len(witnesses))
		for k := range h {
			h[k] = -1
		}
		at, from := 0, uint64(0) // the first witness of segment s, and its first number
		for s := range segDocs {
			end := at
			bm := roaring.New()
			for end < len(witnesses) && witnesses[end].doc < from+segDocs[s] {
				bm.Add(uint32(witnesses[end].doc - from))
				end++
			}
			for j, v := range lvs[i].impact {
				if bm.IsEmpty() {
					break
				}
				x := roaring.And(lvs[i].docs[j][s], bm)
				bm.AndNot(x)
				it := x.Iterator()
				for it.HasNext() {
					d := from + uint64(it.Next())
					k, _ := slices.BinarySearchFunc(witnesses[at:end], d, func(w scored, d uint64) int { return cmp.Compare(w.doc, d) })
					h[at+k] = v
				}
			}
			at, from = end, from+segDocs[s]
		}
		held[i] = h
		return h
	}
	before := func(f []*roaring.Bitmap) bool { // an outsider numbered before last
		from := uint64(0)
		for s := range segDocs {
			if from >= last.doc {
				return false
			}
			if f[s] != nil && !f[s].IsEmpty() && from+uint64(f[s].Minimum()) < last.doc {
				return true
			}
			from += segDocs[s]
		}
		return false
	}
	sub := make([]float64, len(cl))
	leaves := 0
	for _, c := range cliques {
		var terms []int
		for k, i := range open {
			if c&(1<<k) != 0 {
				terms = append(terms, i)
			}
		}
		if len(terms) > jointCliqueMax {
			return false, nil, nil
		}
		top := make([]float64, len(terms)) // each term's highest impact an outsider may have
		for k, i := range terms {
			o, ok, err := optionsOf(i)
			if err != nil || !ok {
				return false, nil, err
			}
			top[k] = weigh(i, o[0].impact)
		}
		for i := range sub {
			sub[i] = -1
		}
		// walk chooses an option for terms[k:], outsiders so far in f
		// (nil: not narrowed yet); false where a leaf is not proven.
		var walk func(k int, f []*roaring.Bitmap) (bool, error)
		walk = func(k int, f []*roaring.Bitmap) (bool, error) {
			if k == len(terms) {
				if f == nil {
					return true, nil // holds none of the terms: no match
				}
				if leaves++; leaves > jointLeavesMax {
					return false, nil
				}
				if tree.most(sub) < last.score {
					return true, nil
				}
				// A witness: a candidate holding each term held here at
				// an impact at least as high, scoring no more than last.
				tie := false
				for k, w := range witnesses {
					dominates := true
					for _, i := range terms {
						if sub[i] >= 0 && weigh(i, heldOf(i)[k]) < sub[i] {
							dominates = false
							break
						}
					}
					if !dominates {
						continue
					}
					if w.score < last.score {
						return true, nil
					}
					tie = true
				}
				if tie && !before(f) {
					return true, nil
				}
				// Its outsiders, if few, are scored as candidates.
				n := 0
				for _, x := range f {
					n += int(x.GetCardinality())
				}
				if len(more)+n > jointMoreMax {
					return false, nil
				}
				from := uint64(0)
				for s, x := range f {
					for it := x.Iterator(); it.HasNext(); {
						more = append(more, from+uint64(it.Next()))
					}
					from += segDocs[s]
				}
				return true, nil
			}
			i := terms[k]
			for j := range opts[i] {
				sub[i] = weigh(i, opts[i][j].impact)
				// The most any outsider below this choice may score: the
				// terms after at their highest.
				for n := k + 1; n < len(terms); n++ {
					sub[terms[n]] = top[n]
				}
				most := tree.most(sub)
				for n := k + 1; n < len(terms); n++ {
					sub[terms[n]] = -1
				}
				if most < last.score {
					break // lower options score less still
				}
				next := f
				if opts[i][j].impact >= 0 {
					o := optionDocs(i, j)
					if o.empty {
						continue
					}
					if f == nil {
						next = o.docs
					} else {
						next = make([]*roaring.Bitmap, len(f))
						empty := true
						for s := range f {
							next[s] = roaring.And(f[s], o.docs[s])
							if !next[s].IsEmpty() {
								empty = false
							}
						}
						if empty {
							continue
						}
					}
				}
				ok, err := walk(k+1, next)
				if err != nil || !ok {
					sub[i] = -1
					return false, err
				}
			}
			sub[i] = -1
			return true, nil
		}
		if ok, err := walk(0, nil); err != nil || !ok {
			return false, nil, err
		}
	}
	if len(more) > 0 {
		slices.Sort(more)
		return false, slices.Compact(more), nil
	}
	return true, nil, nil
}
