package cache_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	bundled "github.com/cypx/cypx/corpus"
	"github.com/cypx/cypx/internal/cache"
	"github.com/cypx/cypx/internal/damagetest"
	"github.com/cypx/cypx/internal/gen"
)

// TestFullDiskCutsAnUpdateNoDamage: a disk that fills while the index is
// updated in place (its deletes made, its new segments refused: "no space
// left on device") gives an index in memory and no word of damage: the
// warning that the update failed and the index is rebuilt, said as the
// rebuild starts, then the one an unwritable cache gives; the next run, with room again, rebuilds the index
// on disk without a word, every item there. Before, it said "the cached
// index is damaged (… it holds 1000 items, its manifest 2000): rebuilding".
func TestFullDiskCutsAnUpdateNoDamage(t *testing.T) {
	disk := damagetest.TinyDisk(t, "32m")
	dir, root := t.TempDir(), filepath.Join(disk, "cache")
	const items = 2000
	if err := gen.Write(dir, items, 1); err != nil {
		t.Fatal(err)
	}
	o := cache.Options{Root: root, Name: dir, FS: os.DirFS(dir), Fallback: bundled.FS}
	if n, w := openCounting(t, o); n != items || len(w) > 0 {
		t.Fatalf("first build: %d items, warnings %q", n, w)
	}
	changeSources(t, dir)
	damagetest.Fill(t, disk, "filler", 64<<10)
	n, warnings := openCounting(t, o)
	if n != items || len(warnings) != 2 || !strings.Contains(warnings[0], "could not be updated") || !strings.Contains(warnings[0], "no space left") ||
		!strings.HasSuffix(warnings[0], ": rebuilding") || !strings.Contains(warnings[1], "no space left") || !strings.HasSuffix(warnings[1], "indexing in memory") {
		t.Fatalf("on the full disk: %d items, warnings %q; want %d, the failed update's warning, then the one of the index in memory", n, warnings, items)
	}
	for _, w := range warnings {
		if strings.Contains(w, "damaged") {
			t.Errorf("a word of damage: %q", w)
		}
	}
	if err := os.Remove(filepath.Join(disk, "filler")); err != nil {
		t.Fatal(err)
	}
	n, warnings = openCounting(t, o)
	if n != items {
		t.Errorf("with room again: %d items, want %d", n, items)
	}
	for _, w := range warnings {
		t.Errorf("with room again, a warning: %q", w)
	}
	// And the index is on disk again: the run after opens it as it is.
	ix, cat, err := cache.Open(context.Background(), o)
	if err != nil {
		t.Fatal(err)
	}
	ix.Close()
	if cat.Rebuilt != "opened" {
		t.Errorf("the run after the rebuild: %q, want the index opened", cat.Rebuilt)
	}
}
