package themes_test

import (
	"testing"

	bundled "github.com/cypx/cypx/corpus"
	"github.com/cypx/cypx/internal/corpus"
	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/extract"
	"github.com/cypx/cypx/internal/themes"
)

// BenchmarkTagItems measures tagging every item of the bundled corpus, the
// stage after extraction that BenchmarkExtract leaves out.
func BenchmarkTagItems(b *testing.B) {
	tax := taxonomy(b)
	docs, _ := corpus.Load(bundled.FS)
	var items []evidence.Item
	for _, d := range docs {
		items = append(items, extract.Extract(d)...)
	}
	b.ResetTimer()
	for b.Loop() {
		tax.TagItems(items)
	}
	b.ReportMetric(float64(len(items)*b.N)/b.Elapsed().Seconds(), "items/s")
}

// BenchmarkParseBundled measures reading the bundled taxonomy, which every
// start of cypx does (the cache checks it is the one its index was built
// with, and the explorer names the themes from it).
func BenchmarkParseBundled(b *testing.B) {
	data, err := bundled.FS.ReadFile(corpus.ThemesFile)
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if _, err := themes.Parse(corpus.ThemesFile, data); err != nil {
			b.Fatal(err)
		}
	}
}
