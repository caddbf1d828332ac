package index

import (
	"fmt"
	"reflect"
	"testing"
)

// TestFacetColumnLayouts lays out values in each layout and reads every
// document's values back through values, before and after a round trip
// through the file encoding's column form.
func TestFacetColumnLayouts(t *testing.T) {
	const docs = 300
	cases := []struct {
		name   string
		terms  int
		perDoc func(doc int) []int
		layout byte
		width  uint64
	}{
		{"one value, 3 terms", 3, func(d int) []int { return []int{d % 3} }, layoutOne, 1},
		{"one or none, 255 terms", 255, func(d int) []int {
			if d%7 == 0 {
				return nil
			}
			return []int{d % 255}
		}, layoutOne, 1}, // 255 itself means none
		{"one or none, 256 terms", 256, func(d int) []int {
			if d%7 == 0 {
				return nil
			}
			return []int{255 - d%256}
		}, layoutOne, 2},
		{"one value, 2000 terms", 2000, func(d int) []int { return []int{d * 7 % 2000} }, layoutOne, 2},
		{"sets of 15", 15, func(d int) []int { return []int{d % 15, (d + 4) % 15} }, layoutSet, 2},
		{"sets of 64", 64, func(d int) []int { return []int{63, d % 63} }, layoutSet, 8},
		{"lists of 100", 100, func(d int) []int {
			if d%5 == 0 {
				return nil
			}
			return []int{d % 50, 50 + d%49, 99}
		}, layoutLists, 0},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			col := &facetColumn{}
			for i := range c.terms {
				col.terms = append(col.terms, fmt.Sprint("t", i))
			}
			var pairs []docTerm
			want := make([][]int, docs)
			for doc := range docs {
				for _, v := range c.perDoc(doc) {
					pairs = append(pairs, docTerm{uint32(doc), uint32(v)})
					want[doc] = append(want[doc], v)
				}
			}
			col.layOut(docs, pairs)
			if col.layout != c.layout || col.width != c.width {
				t.Fatalf("layout %d width %d, want %d width %d", col.layout, col.width, c.layout, c.width)
			}
			for doc := range docs {
				counts := make([]int, c.terms)
				for _, v := range col.values(uint64(doc), nil) {
					counts[v]++
				}
				wantCounts := make([]int, c.terms)
				for _, v := range want[doc] {
					wantCounts[v] = 1
				}
				if !reflect.DeepEqual(counts, wantCounts) {
					t.Fatalf("document %d: counted %v, want values %v", doc, nonZero(counts), want[doc])
				}
			}
			// Documents beyond the column are not followed.
			if vs := col.values(docs+5, nil); len(vs) != 0 {
				t.Errorf("a document beyond the column has values %v", vs)
			}
		})
	}
}

func nonZero(counts []int) []int {
	var out []int
	for i, n := range counts {
		if n != 0 {
			out = append(out, i)
		}
	}
	return out
}
