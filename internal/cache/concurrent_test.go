package cache_test

import (
	"context"
	"os"
	"path/filepath"
	"testing"
	"time"

	bundled "github.com/cypx/cypx/corpus"
	"github.com/cypx/cypx/internal/cache"
	"github.com/cypx/cypx/internal/gen"
)

// TestUpdateWhileAnotherProcessReads: an index held open for reading (an
// explorer) must not block a writer (a CLI after a source changed): the
// writer builds a fresh copy instead, with a warning.
func TestUpdateWhileAnotherProcessReads(t *testing.T) {
	dir, root := t.TempDir(), t.TempDir()
	gen.Write(dir, 100, 1)
	reader, _, err := cache.Open(context.Background(), cache.Options{Root: root, Name: dir, FS: os.DirFS(dir), Fallback: bundled.FS})
	if err != nil {
		t.Fatal(err)
	}
	defer reader.Close()
	f := filepath.Join(dir, "sources", "gen-000001.md")
	data, _ := os.ReadFile(f)
	os.WriteFile(f, append(data, []byte("\nA new paragraph added while another process had the index open for reading.\n")...), 0o644)
	done := make(chan error, 1)
	go func() {
		var warnings []string
		ix, cat, err := cache.Open(context.Background(), cache.Options{Root: root, Name: dir, FS: os.DirFS(dir), Fallback: bundled.FS,
			Warn: func(w string) { warnings = append(warnings, w) }})
		if err == nil {
			if cat.Rebuilt != "built" || cat.Items != 101 || len(warnings) != 1 {
				t.Errorf("second open: %s, %d items, warnings %q", cat.Rebuilt, cat.Items, warnings)
			}
			ix.Close()
		}
		done <- err
	}()
	select {
	case err := <-done:
		if err != nil {
			t.Fatal(err)
		}
	case <-time.After(60 * time.Second): // a guard against a hang, generous for a slow machine
		t.Fatal("the writer waited more than 60 s for the reader")
	}
}
