package cache_test

import (
	"context"
	"testing"

	bundled "github.com/cypx/cypx/corpus"
	"github.com/cypx/cypx/internal/cache"
	"github.com/cypx/cypx/internal/index"
)

// BenchmarkBundled compares building the bundled corpus's index in memory
// with opening it from the cache, each followed by a first search.
func BenchmarkBundled(b *testing.B) {
	root := b.TempDir()
	for _, c := range []struct{ name, root string }{{"memory", ""}, {"cached", root}} {
		b.Run(c.name, func(b *testing.B) {
			open := func() {
				ix, _, err := cache.Open(context.Background(), cache.Options{Root: c.root, Name: "bundled", FS: bundled.FS, Fallback: bundled.FS})
				if err != nil {
					b.Fatal(err)
				}
				if _, err := ix.Search(context.Background(), index.Request{Query: "waiting "}); err != nil {
					b.Fatal(err)
				}
				ix.Close()
			}
			open() // the cached variant builds here, untimed
			for b.Loop() {
				open()
			}
		})
	}
}
