package index

import (
	"slices"
	"testing"

	"github.com/RoaringBitmap/roaring/v2"
)

// TestCliquesOfTermsHeldTogether: the cliques of a typed search's open
// terms are the largest sets whose documents, less the candidates, meet
// two by two, across segments; a pair meeting only in candidates is apart.
func TestCliquesOfTermsHeldTogether(t *testing.T) {
	// Two segments of 10 documents; each term's documents in each.
	docs := func(a, b []uint32) []*roaring.Bitmap {
		return []*roaring.Bitmap{roaring.BitmapOf(a...), roaring.BitmapOf(b...)}
	}
	cl := []likeClause{
		{term: "a", docs: docs([]uint32{1, 2}, nil)},
		{term: "b", docs: docs([]uint32{2}, []uint32{3})},
		{term: "c", docs: docs(nil, []uint32{3, 4})},
		{term: "d", docs: docs([]uint32{7}, []uint32{5})},
		{term: "e", docs: docs([]uint32{7}, []uint32{6})}, // meets d only in a candidate, as b meets c
	}
	open := []int{0, 1, 2, 3, 4}
	candidates := []uint64{7, 13} // segment 0's 7, segment 1's 3
	got := newTogether(cl, open, candidates, []uint64{10, 10}).cliques(open)
	slices.Sort(got)
	want := []uint64{0b00011, 0b00100, 0b01000, 0b10000} // {a,b}, {c}, {d}, {e}
	if !slices.Equal(got, want) {
		t.Fatalf("cliques %b, want %b", got, want)
	}
	// Without the candidates b and c meet, and d and e.
	got = newTogether(cl, open, nil, []uint64{10, 10}).cliques(open)
	slices.Sort(got)
	want = []uint64{0b00011, 0b00110, 0b11000}
	if !slices.Equal(got, want) {
		t.Fatalf("cliques without candidates %b, want %b", got, want)
	}
	// Terms whose bitmaps are not known may all go together.
	cl[2].docs = nil
	if got := newTogether(cl, open, candidates, []uint64{10, 10}).cliques(open); !slices.Equal(got, []uint64{0b11111}) {
		t.Fatalf("cliques with a term's bitmaps unknown %b, want one of all", got)
	}
}
