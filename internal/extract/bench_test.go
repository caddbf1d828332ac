package extract_test

import (
	"testing"

	"github.com/cypx/cypx/internal/corpus"
	"github.com/cypx/cypx/internal/extract"
)

// BenchmarkExtract measures items per second over the bundled corpus.
func BenchmarkExtract(b *testing.B) {
	docs, _ := corpus.Load(bundledFS())
	n := 0
	b.ResetTimer()
	for b.Loop() {
		for _, d := range docs {
			n += len(extract.Extract(d))
		}
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "items/s")
}
