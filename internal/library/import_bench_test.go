package library

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// flatPage is one HTML paragraph of about n bytes of figure sentences, the
// shape of the hostile 24 MB page: no block or sentence boundary but full stops.
func flatPage(n int) string {
	var b strings.Builder
	b.WriteString("<html><head><title>Big</title></head><body><p>")
	for i := 0; b.Len() < n; i++ {
		fmt.Fprintf(&b, "In %d, %d%% of children in area %d waited %d weeks. ", 2000+i%24, i%97, i, i%53+1)
	}
	b.WriteString("</p></body></html>\n")
	return b.String()
}

// benchmarkImportFlat imports a one-paragraph page of n bytes; ns/op divided
// by n should stay flat as n grows.
func benchmarkImportFlat(b *testing.B, n int) {
	path := filepath.Join(b.TempDir(), "flat.html")
	if err := os.WriteFile(path, []byte(flatPage(n)), 0o644); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(n))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		im, err := Import(path, Meta{Title: "Big", Publisher: "P", Date: "2024", Type: "report"})
		if err != nil {
			b.Fatal(err)
		}
		if len(im.Items) == 0 {
			b.Fatal("no items")
		}
	}
}

func BenchmarkImportFlat256K(b *testing.B) { benchmarkImportFlat(b, 256<<10) }
func BenchmarkImportFlat1M(b *testing.B)   { benchmarkImportFlat(b, 1<<20) }
func BenchmarkImportFlat4M(b *testing.B)   { benchmarkImportFlat(b, 4<<20) }
