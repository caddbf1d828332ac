package index_test

import (
	"context"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"testing"

	"github.com/cypx/cypx/internal/index"
)

// TestOlderSegmentCopiedBackIsNotCountedByANewerTable: a segment file of
// another build of the same items (the same name and count, its documents
// numbered otherwise) copied over the one a facet table was saved for, as a
// partial restore of the cache does, is counted afresh: every facet count
// is bleve's own over the files on disk. Before (hostile check 56), the
// table saved for the newer file was used with the older one, naming
// sources with no hits and miscounting kinds, run after run.
func TestOlderSegmentCopiedBackIsNotCountedByANewerTable(t *testing.T) {
	items := generatedItems(t)
	ctx := context.Background()
	paths := [2]string{}
	for i, order := range [][]int{nil, {1}} {
		its := slices.Clone(items)
		if order != nil {
			slices.Reverse(its)
		}
		paths[i] = filepath.Join(t.TempDir(), "ix")
		ix, err := index.Build(ctx, paths[i], its, nil)
		if err != nil {
			t.Fatal(err)
		}
		if err := ix.Compact(ctx, true); err != nil {
			t.Fatal(err)
		}
		ix.Close()
	}
	zap := func(path string) string {
		files, _ := filepath.Glob(filepath.Join(path, "store", "*.zap"))
		if len(files) != 1 {
			t.Fatalf("%s: %d segment files, want 1", path, len(files))
		}
		return files[0]
	}
	older, newer := zap(paths[0]), zap(paths[1])
	requests := []index.Request{{Query: "waiting", Facets: true, Limit: 5}, {Query: "services", Themes: []string{"workforce"}, Facets: true, Limit: 5}}
	// The newer index's table is built and saved by a first search.
	first := openReadOnly(t, paths[1], false)
	if _, err := first.Search(ctx, requests[0]); err != nil {
		t.Fatal(err)
	}
	first.Close()
	if _, err := os.Stat(filepath.Join(paths[1], "cypx-facets.bin")); err != nil {
		t.Fatalf("no facet table saved: %v", err)
	}
	data, err := os.ReadFile(older)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(newer, data, 0o644); err != nil {
		t.Fatal(err)
	}
	table, truth := openReadOnly(t, paths[1], false), openReadOnly(t, paths[1], true)
	for _, r := range requests {
		got, err := table.Search(ctx, r)
		if err != nil {
			t.Fatal(err)
		}
		want, err := truth.Search(ctx, r)
		if err != nil {
			t.Fatal(err)
		}
		if got.Total != want.Total || !reflect.DeepEqual(got.Facets, want.Facets) {
			t.Errorf("%+v over the segment copied back: total %d, facets %v; bleve counts %d, %v", r, got.Total, got.Facets, want.Total, want.Facets)
		}
	}
}
