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
	slices.SortFunc(l.keys, func(a, b lookupKey) int {
		return cmp.Or(cmp.Compare(a.hash, b.hash), cmp.Compare(a.at, b.at))
	})
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
