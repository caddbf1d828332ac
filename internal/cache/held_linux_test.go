//go:build linux

package cache_test

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/cypx/cypx/internal/gen"
)

// TestHeldIndexIsNotRebuiltUnderItsHolder: an index another process
// holds (its store locked to write, as a build or an update not finished
// holds it) is not rebuilt under that process: the search is
// answered from an index in memory, with one warning saying who holds the
// cache, and the held index's files are left as they were. Before: the
// warning said to close the other process or try again, and the cache
// then rebuilt the index over the files the other process had open.
func TestHeldIndexIsNotRebuiltUnderItsHolder(t *testing.T) {
	dir, root := t.TempDir(), t.TempDir()
	gen.Write(dir, 60, 1)
	first, _, _ := open(t, root, dir)
	first.Close()
	stores, _ := filepath.Glob(filepath.Join(root, "index-*", "index", "store", "root.bolt"))
	if len(stores) != 1 {
		t.Fatalf("stores %q, want the cache's one", stores)
	}
	f, err := os.OpenFile(stores[0], os.O_RDWR, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB); err != nil {
		t.Skipf("cannot lock %s here: %v", stores[0], err)
	}
	before, _ := os.Stat(stores[0])
	ix, cat, warnings := open(t, root, dir)
	if cat.Rebuilt != "in memory" || len(warnings) != 1 || !strings.Contains(warnings[0], "another cypx process") || !strings.Contains(warnings[0], "indexing in memory") {
		t.Errorf("held index: %s, warnings %q; want one warning naming the holder, and an index in memory", cat.Rebuilt, warnings)
	}
	if total(t, ix, "") != 60 {
		t.Error("the index in memory is incomplete")
	}
	after, err := os.Stat(stores[0])
	if err != nil || !os.SameFile(before, after) || !after.ModTime().Equal(before.ModTime()) {
		t.Errorf("the held store was replaced or rewritten (%v)", err)
	}
}
