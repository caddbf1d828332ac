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

// TestClosedIndexIsNotCalledReplaced: a read of a watched index this
// process has closed (the explorer closes its index before its own
// import writes the cache) says it is closed, as bleve does, and not
// ErrReplaced once the import has written the folder: that would be told
// as another cypx's rebuild, and opened again under the import.
func TestClosedIndexIsNotCalledReplaced(t *testing.T) {
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
	watched.WatchReplaced()
	if _, err := watched.Search(context.Background(), index.Request{Query: "waiting"}); err != nil {
		t.Fatal(err)
	}
	watched.Close()
	// This process's own writer commits, as the explorer's import does.
	f, err := os.OpenFile(filepath.Join(path, "store", "root.bolt"), os.O_WRONLY|os.O_APPEND, 0)
	if err != nil {
		t.Fatal(err)
	}
	f.Write(make([]byte, 4096))
	f.Close()
	_, err = watched.Search(context.Background(), index.Request{Query: "waiting"})
	if err == nil || errors.Is(err, index.ErrReplaced) {
		t.Errorf("a read of the closed index: %v, want it said closed, not replaced", err)
	}
}
