package basket_test

import (
	"fmt"
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
