package basket

import (
	"cmp"
	"hash/maphash"
	"slices"
	"strings"

	"github.com/cypx/cypx/internal/evidence"
)

// Lookup finds ids in a basket as read, by the one id rule
// (evidence.IDKey), without a look through them all: the explorer asks
// of every row it draws whether its item is in the basket, and where the
// item under the basket screen's cursor went, and a basket a script
// filled holds 700,000 ids, which Basket.Index looks through one by one.
type Lookup struct {
	ids  []string
	seed maphash.Seed
	// keys are the ids' places, ordered by the hash of their key.
	keys []lookupKey
}

type lookupKey struct {
	hash uint64
	at   int32 // the file's bound (maxFileBytes) keeps a basket far below 2^31 ids
}

// Lookup indexes the basket's ids as they are now; a later change to the
// basket is not seen by it.
func (b Basket) Lookup() Lookup {
	l := Lookup{ids: b.IDs, seed: maphash.MakeSeed(), keys: make([]lookupKey, len(b.IDs))}
	for i, id := range b.IDs {
		l.keys[i] = lookupKey{hash: l.hash(id), at: int32(i)}
	}
	slices.SortFunc(l.keys, compareKeys)
	return l
}

func (l Lookup) hash(id string) uint64 { return maphash.String(l.seed, evidence.IDKey(id)) }

// Index is the position of an id, in any case (evidence.IDKey), or -1:
// Basket.Index of the basket indexed.
func (l Lookup) Index(id string) int {
	if len(l.keys) == 0 {
		return -1
	}
	h := l.hash(id)
	i, _ := slices.BinarySearchFunc(l.keys, h, func(k lookupKey, h uint64) int { return cmp.Compare(k.hash, h) })
	for ; i < len(l.keys) && l.keys[i].hash == h; i++ {
		// The hash only narrows: the id itself decides, as Basket.Index.
		if at := int(l.keys[i].at); strings.EqualFold(l.ids[at], id) {
			return at
		}
	}
	return -1
}

// Has reports whether an id is in the basket indexed, in any case.
func (l Lookup) Has(id string) bool { return l.Index(id) >= 0 }

// Len is the number of ids indexed.
func (l Lookup) Len() int { return len(l.ids) }

// maxRun bounds the ids a Lookup is changed by rather than made afresh,
// and the ids a read checks one by one rather than the whole basket again
// (readsBack): a mark, an unmark, a removal, its undo or a move changes
// one or two.
const maxRun = 8

// Of is a Lookup of ids, made from l's work when ids are l's ids with one
// run of them changed (an id added, taken out or moved, as a mark, d, u,
// K and J do): the ids before and after the run keep their keys (those
// after it shifted), and only the run's ids are hashed. Anything else is
// indexed afresh. l itself is left as it was. Made afresh, the lookup of
// 700,000 ids took 0.3 s of every mark.
func (l Lookup) Of(ids []string) Lookup {
	if len(l.keys) != len(l.ids) || len(l.ids) == 0 {
		return Basket{IDs: ids}.Lookup()
	}
	old := l.ids
	p, s := sameEnds(old, ids)
	gone, added := len(old)-s-p, len(ids)-s-p
	if gone+added > maxRun {
		return Basket{IDs: ids}.Lookup()
	}
	// The keys are copied whole, the run's taken out and put in each by
	// halving to where it sorts, and the keys after the run moved by one
	// shift, which keeps them in order: copies and a single loop, not a
	// sort of 700,000.
	out := Lookup{ids: ids, seed: l.seed, keys: make([]lookupKey, len(l.keys), max(len(l.keys), len(ids)))}
	copy(out.keys, l.keys)
	for j := range gone {
		k := lookupKey{hash: l.hash(old[p+j]), at: int32(p + j)}
		if i, found := slices.BinarySearchFunc(out.keys, k, compareKeys); found {
			out.keys = slices.Delete(out.keys, i, i+1)
		}
	}
	if shift, after := int32(added-gone), int32(len(old)-s); shift != 0 && s > 0 {
		for i := range out.keys {
			if out.keys[i].at >= after {
				out.keys[i].at += shift
			}
		}
	}
	for j := range added {
		k := lookupKey{hash: l.hash(ids[p+j]), at: int32(p + j)}
		i, _ := slices.BinarySearchFunc(out.keys, k, compareKeys)
		out.keys = slices.Insert(out.keys, i, k)
	}
	return out
}

func compareKeys(a, b lookupKey) int {
	return cmp.Or(cmp.Compare(a.hash, b.hash), cmp.Compare(a.at, b.at))
}
