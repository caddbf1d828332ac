package basket

import (
	"fmt"
	"slices"
	"testing"
)

// TestLookupOfKeepsOneKeyAnID: carried through a mark, an unmark at the
// end and in the middle, a put back and a move, a Lookup holds one key
// for each id, the hash of that id, in order: not a key left for an id
// gone (which made the next change index all 700,000 again), none lost.
func TestLookupOfKeepsOneKeyAnID(t *testing.T) {
	b := Basket{}
	for i := range 200 {
		b.Add(fmt.Sprintf("s%d#%08x", i%3, i))
	}
	l := b.Lookup()
	for step, change := range []func(){
		func() { b.Add("new#0000000a") },
		func() { b.Remove("new#0000000a") },
		func() { b.Remove(b.IDs[50]) },
		func() { b.Insert(10, "back#0000000b") },
		func() { b.Move(20, 1) },
		func() { b.Move(30, -3) },
		func() { b.Remove(b.IDs[0]) },
	} {
		change()
		l = l.Of(slices.Clone(b.IDs))
		if len(l.keys) != len(b.IDs) {
			t.Fatalf("step %d: %d keys for %d ids", step, len(l.keys), len(b.IDs))
		}
		seen := make([]bool, len(b.IDs))
		for i, k := range l.keys {
			if i > 0 && compareKeys(l.keys[i-1], k) >= 0 {
				t.Fatalf("step %d: keys out of order at %d", step, i)
			}
			if seen[k.at] || k.hash != l.hash(b.IDs[k.at]) {
				t.Fatalf("step %d: key %d is not the one key of id %d", step, i, k.at)
			}
			seen[k.at] = true
		}
	}
}
