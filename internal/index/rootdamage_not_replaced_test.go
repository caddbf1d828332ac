package index_test

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	bundled "github.com/cypx/cypx/corpus"
	"github.com/cypx/cypx/internal/index"
	"github.com/cypx/cypx/internal/pipeline"
)

// TestRootDamageIsNotCalledReplaced: a watched index whose store's
// root.bolt is emptied, written over with what no bolt file holds, or
// removed, or whose whole cache folder is deleted, while it is open, is
// damaged (ErrDamaged, said as such), not replaced by another cypx:
// ErrReplaced is for a whole new store standing in its place, which a
// rebuild renamed over it still is. Before (hostile check 50), every
// change of root.bolt was ErrReplaced, and the explorer said "rebuilt or
// updated by another cypx" of an emptied root or a deleted cache.
func TestRootDamageIsNotCalledReplaced(t *testing.T) {
	c, err := pipeline.Load(bundled.FS, bundled.FS)
	if err != nil {
		t.Fatal(err)
	}
	build := func(path string) {
		t.Helper()
		built, err := index.Build(context.Background(), path, c.Items, nil)
		if err != nil {
			t.Fatal(err)
		}
		built.Close()
	}
	for _, tc := range []struct {
		name, says string
		harm       func(dir, path string) error
		replaced   bool
	}{
		{"emptied", "emptied while open", func(_, path string) error {
			return os.Truncate(filepath.Join(path, "store", "root.bolt"), 0)
		}, false},
		{"written over", "written over while open", func(_, path string) error {
			root := filepath.Join(path, "store", "root.bolt")
			info, err := os.Stat(root)
			if err != nil {
				return err
			}
			return os.WriteFile(root, []byte(strings.Repeat("x", int(info.Size()))), 0o644)
		}, false},
		{"root removed", "root.bolt was removed while open", func(_, path string) error {
			return os.Remove(filepath.Join(path, "store", "root.bolt"))
		}, false},
		{"cache removed", "the cache folder", func(dir, _ string) error {
			return os.RemoveAll(dir)
		}, false},
		{"rebuilt in place", "", func(dir, path string) error {
			aside := filepath.Join(filepath.Dir(dir), "new")
			build(filepath.Join(aside, "index"))
			if err := os.RemoveAll(dir); err != nil {
				return err
			}
			return os.Rename(aside, dir)
		}, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := filepath.Join(t.TempDir(), "index-1")
			path := filepath.Join(dir, "index")
			build(path)
			watched, err := index.Open(path, true)
			if err != nil {
				t.Fatal(err)
			}
			defer watched.Close()
			watched.WatchReplaced()
			if err := watched.Check(); err != nil {
				t.Fatalf("before: %v", err)
			}
			if err := tc.harm(dir, path); err != nil {
				t.Fatal(err)
			}
			_, err = watched.Search(context.Background(), index.Request{Query: "waiting", Limit: 1})
			if tc.replaced {
				if !errors.Is(err, index.ErrReplaced) || errors.Is(err, index.ErrDamaged) {
					t.Fatalf("a store rebuilt in its place: %v, want ErrReplaced", err)
				}
				return
			}
			if !errors.Is(err, index.ErrDamaged) || errors.Is(err, index.ErrReplaced) {
				t.Fatalf("after the root was %s: %v, want ErrDamaged", tc.name, err)
			}
			if !strings.Contains(err.Error(), tc.says) {
				t.Errorf("the error says %q, want %q", err, tc.says)
			}
			var removed *index.RemovedError
			if errors.As(err, &removed) != (tc.name == "cache removed") {
				t.Errorf("%v is a RemovedError: %v", err, errors.As(err, &removed))
			}
			if again := watched.Check(); again == nil || again.Error() != err.Error() {
				t.Errorf("the next check says %v, want the same damage", again)
			}
		})
	}
}
