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

// maxRun bounds the ids a Lookup is changed by rather than made afresh:
// a mark, an unmark, a removal, its undo or a move changes one or two.
const maxRun = 64

// Of is a Lookup of ids, made from l's work when ids are l's ids with one
// run of them changed (an id added, taken out or moved, as a mark, d, u,
// K and J do): the ids before and after the run keep their keys, shifted,
// in one pass. Anything else is indexed afresh. l itself is left as it
// was. Made afresh, the lookup of 700,000 ids took 0.3 s of every mark.
func (l Lookup) Of(ids []string) Lookup {
	if len(l.keys) != len(l.ids) || len(l.ids) == 0 {
		return Basket{IDs: ids}.Lookup()
	}
	old := l.ids
	p := 0
	for p < len(old) && p < len(ids) && old[p] == ids[p] {
		p++
	}
	s := 0
	for s < len(old)-p && s < len(ids)-p && old[len(old)-1-s] == ids[len(ids)-1-s] {
		s++
	}
	gone, added := len(old)-s-p, len(ids)-s-p
	if gone+added > maxRun {
		return Basket{IDs: ids}.Lookup()
	}
	shift := int32(added - gone)
	news := make([]lookupKey, added)
	for j := range news {
		news[j] = lookupKey{hash: l.hash(ids[p+j]), at: int32(p + j)}
	}
	slices.SortFunc(news, compareKeys)
	out := Lookup{ids: ids, seed: l.seed, keys: make([]lookupKey, 0, len(ids))}
	for _, k := range l.keys {
		switch {
		case int(k.at) < p:
		case int(k.at) < len(old)-s:
			continue // in the run changed
		default:
			k.at += shift
		}
		// Kept keys stay in order: those after the run all move by one
		// shift. A new key goes before the first kept key it sorts before.
		for len(news) > 0 && (news[0].hash < k.hash || news[0].hash == k.hash && news[0].at < k.at) {
			out.keys = append(out.keys, news[0])
			news = news[1:]
		}
		out.keys = append(out.keys, k)
	}
	out.keys = append(out.keys, news...)
	return out
}

func compareKeys(a, b lookupKey) int {
	return cmp.Or(cmp.Compare(a.hash, b.hash), cmp.Compare(a.at, b.at))
}
