package index_test

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"testing"

	bundled "github.com/cypx/cypx/corpus"
	"github.com/cypx/cypx/internal/index"
	"github.com/cypx/cypx/internal/pipeline"
)

// TestIndexReplacedWhileOpenIsSaid: an index opened to read and watched
// (WatchReplaced, as the explorer's is) tells, from its next read, that
// another process rebuilt it in its place (a new index renamed over its
// folder, the old files deleted) or committed a new snapshot to it: every
// read returns ErrReplaced, not damage, the same error each time. Before
// (hostile check 49), it went on reading the old index, whose deleted
// files stay mapped, and the explorer quoted and exported a report removed
// from the library; a replacement whose segments have the old ones' names
// was taken for damage, and rebuilt again. Unwatched, as before.
func TestIndexReplacedWhileOpenIsSaid(t *testing.T) {
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
		if err := built.Compact(context.Background(), true); err != nil {
			t.Fatal(err)
		}
		built.Close()
	}
	dir := t.TempDir()
	path := filepath.Join(dir, "index")
	build(path)
	watched, err := index.Open(path, true)
	if err != nil {
		t.Fatal(err)
	}
	defer watched.Close()
	watched.WatchReplaced()
	unwatched, err := index.Open(path, true)
	if err != nil {
		t.Fatal(err)
	}
	defer unwatched.Close()
	for name, read := range reads(watched) {
		if err := read(); err != nil {
			t.Fatalf("%s before the index was replaced: %v", name, err)
		}
	}
	// As the cache rebuilds: a new index built aside, the old folder moved
	// out and removed, the new one renamed into its place.
	build(filepath.Join(dir, "new"))
	if err := os.Rename(path, filepath.Join(dir, "old")); err != nil {
		t.Fatal(err)
	}
	if err := os.Rename(filepath.Join(dir, "new"), path); err != nil {
		t.Fatal(err)
	}
	os.RemoveAll(filepath.Join(dir, "old"))
	var first error
	for name, read := range reads(watched) {
		err := read()
		if !errors.Is(err, index.ErrReplaced) || errors.Is(err, index.ErrDamaged) {
			t.Errorf("%s after the index was replaced: %v, want ErrReplaced and no damage", name, err)
			continue
		}
		if first == nil {
			first = index.DamageOf(err)
		} else if index.DamageOf(err) != first {
			t.Errorf("%s: another error (%v) than the index's own (%v)", name, index.DamageOf(err), first)
		}
	}
	// Unwatched (a one-shot command's), nothing is said of a replacement:
	// it reads its snapshot, or meets a file of its own name rewritten
	// (this build names its segments as the first did) as before.
	for name, read := range reads(unwatched) {
		if err := read(); errors.Is(err, index.ErrReplaced) {
			t.Errorf("%s of an unwatched index after it was replaced: %v", name, err)
		}
	}
}

// TestIndexCommittedByAnotherIsReplaced: a commit to the index's folder by
// another writer (a new snapshot in root.bolt, as an update of the cache
// makes) is a replacement too.
func TestIndexCommittedByAnotherIsReplaced(t *testing.T) {
	c, err := pipeline.Load(bundled.FS, bundled.FS)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "index")
	built, err := index.Build(context.Background(), path, c.Items[:len(c.Items)/2], nil)
	if err != nil {
		t.Fatal(err)
	}
	built.Close()
	watched, err := index.Open(path, true)
	if err != nil {
		t.Fatal(err)
	}
	defer watched.Close()
	watched.WatchReplaced()
	if _, err := watched.Search(context.Background(), index.Request{Query: "waiting"}); err != nil {
		t.Fatal(err)
	}
	// The read-only opening holds bolt's shared lock, which a writer waits
	// for: the root is written as another process's commit writes it.
	root := filepath.Join(path, "store", "root.bolt")
	f, err := os.OpenFile(root, os.O_WRONLY|os.O_APPEND, 0)
	if err != nil {
		t.Fatal(err)
	}
	f.Write(make([]byte, 4096))
	f.Close()
	if _, err := watched.Search(context.Background(), index.Request{Query: "waiting"}); !errors.Is(err, index.ErrReplaced) {
		t.Errorf("after a commit by another: %v, want ErrReplaced", err)
	}
}
