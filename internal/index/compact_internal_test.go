package index

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	bundled "github.com/cypx/cypx/corpus"
	"github.com/cypx/cypx/internal/pipeline"
)

// TestCompactRemovesFilesAReaderHeld: bleve deletes the files a merge
// replaced when its persister turns after the merge, and skips those a
// reader still holds then; with no write after, it never turns again.
// Compact makes it turn, so the files go once the reader lets go (CI saw
// three files left a minute after Compact, once in many runs).
func TestCompactRemovesFilesAReaderHeld(t *testing.T) {
	c, err := pipeline.Load(bundled.FS, bundled.FS)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "ix")
	ix, err := New(path)
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	// Several batches, several segments to merge.
	for i := 0; i < len(c.Items); i += 20 {
		if err := ix.Add(context.Background(), c.Items[i:min(i+20, len(c.Items))], nil); err != nil {
			t.Fatal(err)
		}
	}
	if err := waitUntil(context.Background(), func() (bool, error) {
		all, onDisk, err := ix.segments()
		return all > 1 && all == onDisk, err
	}); err != nil {
		t.Fatal(err)
	}
	adv, err := ix.bi.Advanced()
	if err != nil {
		t.Fatal(err)
	}
	held, err := adv.Reader() // the snapshot before the merge
	if err != nil {
		t.Fatal(err)
	}
	go func() {
		time.Sleep(300 * time.Millisecond)
		held.Close()
	}()
	if err := ix.Compact(context.Background(), true); err != nil {
		t.Fatal(err)
	}
	files, _ := filepath.Glob(filepath.Join(path, "store", "*.zap"))
	if len(files) != 1 {
		t.Errorf("%d segment files on disk after Compact, want 1: %v", len(files), files)
	}
}
