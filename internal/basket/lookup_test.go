package basket_test

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/basket"
)

// TestLookupIsIndex: a basket's Lookup answers every id as Basket.Index
// does, in any case, and -1 for ids not in it.
func TestLookupIsIndex(t *testing.T) {
	b := basket.Basket{}
	for i := range 3000 {
		b.Add(fmt.Sprintf("Src%d#%08x", i%7, i))
	}
	l := b.Lookup()
	if l.Len() != len(b.IDs) {
		t.Fatalf("Len %d, want %d", l.Len(), len(b.IDs))
	}
	for _, id := range append(b.IDs[:0:0], b.IDs...) {
		for _, asked := range []string{id, strings.ToLower(id), strings.ToUpper(id)} {
			if got, want := l.Index(asked), b.Index(asked); got != want || got < 0 {
				t.Fatalf("Index(%q) = %d, Basket.Index %d", asked, got, want)
			}
		}
	}
	for _, id := range []string{"src1#ffffffff", "other#00000001", ""} {
		if l.Has(id) || l.Index(id) != -1 {
			t.Errorf("%q is not in the basket, Lookup says it is", id)
		}
	}
	if (basket.Basket{}).Lookup().Has("a#00000001") {
		t.Error("the empty basket has an id")
	}
}

// TestLookupOfAChangedBasketIsIndex: a Lookup carried from one basket to
// the next (Of) through marks, unmarks, removals in the middle, puts back
// and moves, and through changes too large to carry, answers every id as
// Basket.Index of the basket it is now, and not as its old one did.
func TestLookupOfAChangedBasketIsIndex(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 15))
	b := basket.Basket{}
	for i := range 500 {
		b.Add(fmt.Sprintf("Src%d#%08x", i%7, i))
	}
	l := b.Lookup()
	next := 500
	for step := range 400 {
		prev := slices.Clone(b.IDs)
		switch rng.IntN(6) {
		case 0: // a mark
			b.Add(fmt.Sprintf("new%d#%08x", next%3, next))
			next++
		case 1: // an unmark or d, anywhere
			if len(b.IDs) > 0 {
				b.Remove(b.IDs[rng.IntN(len(b.IDs))])
			}
		case 2: // u: put back anywhere
			b.Insert(rng.IntN(len(b.IDs)+1), fmt.Sprintf("back%d#%08x", next%5, next))
			next++
		case 3: // K or J, or a move further
			if len(b.IDs) > 0 {
				b.Move(rng.IntN(len(b.IDs)), rng.IntN(21)-10)
			}
		case 4: // another process's many changes
			if rng.IntN(4) > 0 {
				break
			}
			for range 70 {
				b.Add(fmt.Sprintf("many%d#%08x", next%3, next))
				next++
			}
		case 5: // read afresh: the same ids, in new strings
			b.IDs = strings.Split(strings.Join(b.IDs, "\n"), "\n")
		}
		l = l.Of(slices.Clone(b.IDs))
		if l.Len() != len(b.IDs) {
			t.Fatalf("step %d: Len %d, want %d", step, l.Len(), len(b.IDs))
		}
		// Basket.Index of each id, by one look through the basket.
		at := map[string]int{}
		for i, id := range b.IDs {
			if _, ok := at[strings.ToLower(id)]; !ok {
				at[strings.ToLower(id)] = i
			}
		}
		for _, id := range append(b.IDs, prev...) {
			want, ok := at[strings.ToLower(id)]
			if !ok {
				want = -1
			}
			for _, asked := range []string{id, strings.ToUpper(id)} {
				if got := l.Index(asked); got != want {
					t.Fatalf("step %d: Index(%q) = %d, Basket.Index %d", step, asked, got, want)
				}
			}
		}
	}
	if (basket.Lookup{}).Of(b.IDs).Index(b.IDs[0]) != 0 {
		t.Error("the zero Lookup carried to a basket does not find its first id")
	}
}
