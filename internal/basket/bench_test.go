package basket_test

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/cypx/cypx/internal/basket"
)

// bigBasket writes a basket file of n ids of no item, as a basket edited
// by a script might hold, and returns its path.
func bigBasket(tb testing.TB, n int) string {
	tb.Helper()
	ids := make([]string, n)
	for i := range ids {
		ids[i] = fmt.Sprintf("src%d#%08x", i%5000, i)
	}
	data, err := json.Marshal(map[string]any{"version": basket.Version, "items": ids})
	if err != nil {
		tb.Fatal(err)
	}
	path := filepath.Join(tb.TempDir(), "basket.json")
	if err := os.WriteFile(path, data, 0o644); err != nil {
		tb.Fatal(err)
	}
	return path
}

// BenchmarkLoadBigBasket reads a 14 MB basket of 700,000 ids: 'cypx basket
// list' and the explorer's basket screen read it whole.
func BenchmarkLoadBigBasket(b *testing.B) {
	path := bigBasket(b, 700_000)
	b.ReportAllocs()
	for b.Loop() {
		bk, err := basket.Load(path)
		if err != nil || len(bk.IDs) != 700_000 {
			b.Fatal(len(bk.IDs), err)
		}
	}
}

// BenchmarkLookupOfABigBasket indexes a basket of 700,000 ids for the
// explorer, which builds it once a reading and asks it of every row drawn.
func BenchmarkLookupOfABigBasket(b *testing.B) {
	bk, err := basket.Load(bigBasket(b, 700_000))
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if l := bk.Lookup(); !l.Has(bk.IDs[len(bk.IDs)/2]) {
			b.Fatal("an id of the basket is not found")
		}
	}
}
