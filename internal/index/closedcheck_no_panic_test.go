package index_test

import (
	"context"
	"path/filepath"
	"testing"

	bundled "github.com/cypx/cypx/corpus"
	"github.com/cypx/cypx/internal/index"
	"github.com/cypx/cypx/internal/pipeline"
)

// TestCheckOfAClosedIndexDoesNotPanic: a look at an index closed meanwhile
// (the explorer quitting while its basket screen resolves findings, which
// asks the index first) is no crash. A closed scorch index gives no error
// but a nil snapshot; reading its segments, then closing it, panicked on a
// nil pointer and killed the explorer's process (found by CI in the
// basket and export end-to-end test: `e`, then `q` at once).
func TestCheckOfAClosedIndexDoesNotPanic(t *testing.T) {
	c, err := pipeline.Load(bundled.FS, bundled.FS)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "index")
	built, err := index.Build(context.Background(), path, c.Items, nil)
	if err != nil {
		t.Fatal(err)
	}
	built.Close()
	for _, watch := range []bool{false, true} {
		ix, err := index.Open(path, true)
		if err != nil {
			t.Fatal(err)
		}
		if watch {
			ix.WatchReplaced()
		}
		if err := ix.Check(); err != nil {
			t.Fatalf("check of the open index: %v", err)
		}
		ix.Close()
		func() {
			defer func() {
				if r := recover(); r != nil {
					t.Fatalf("watch %v: a look at the closed index panicked: %v", watch, r)
				}
			}()
			if err := ix.Check(); err != nil {
				t.Errorf("watch %v: check of the closed index: %v, want none (a closed index is no damage)", watch, err)
			}
			if _, err := ix.Preload(); err == nil {
				t.Errorf("watch %v: preload of the closed index gave no error", watch)
			}
		}()
	}
}
