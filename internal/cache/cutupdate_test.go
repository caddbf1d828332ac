package cache_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	bundled "github.com/cypx/cypx/corpus"
	"github.com/cypx/cypx/internal/cache"
	"github.com/cypx/cypx/internal/gen"
)

// changeSources rewrites every other generated source of dir, so that the
// next open updates the index in place (deletes, then adds).
func changeSources(t *testing.T, dir string) {
	t.Helper()
	files, _ := filepath.Glob(filepath.Join(dir, "sources", "*.md"))
	if len(files) < 4 {
		t.Fatalf("%d sources: too few to change half", len(files))
	}
	for i, f := range files {
		if i%2 == 1 {
			continue
		}
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(f, []byte(strings.ReplaceAll(string(b), "children", "young people")), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// openCounting opens the cache as a later run does, and returns the items
// its index holds and the warnings it gave.
func openCounting(t *testing.T, o cache.Options) (int, []string) {
	t.Helper()
	var warnings []string
	o.Warn = func(w string) { warnings = append(warnings, w) }
	ix, _, err := cache.Open(context.Background(), o)
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	n, err := ix.Count()
	if err != nil {
		t.Fatal(err)
	}
	return int(n), warnings
}

// TestUpdateCutShortIsNoDamage: an update of the index in place cut short
// (here by ctrl+c once its deletes are made; a full disk or a kill cut it
// the same way) leaves no manifest that vouches for the index, so the next
// run rebuilds it whole without a word, every item there. Before, the
// manifest of before stayed beside an index holding fewer items, and the
// next run said "the cached index is damaged (… it holds 150 items, its
// manifest 300)".
func TestUpdateCutShortIsNoDamage(t *testing.T) {
	dir, root := t.TempDir(), t.TempDir()
	if err := gen.Write(dir, 300, 1); err != nil {
		t.Fatal(err)
	}
	o := cache.Options{Root: root, Name: dir, FS: os.DirFS(dir), Fallback: bundled.FS}
	if n, w := openCounting(t, o); n != 300 || len(w) > 0 {
		t.Fatalf("first build: %d items, warnings %q", n, w)
	}
	changeSources(t, dir)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	cut := o
	// Reading the changed sources comes after the update's deletes and
	// before its adds: the moment ctrl+c leaves the index half updated.
	cut.Reading = func(done, total int64) { cancel() }
	if _, _, err := cache.Open(ctx, cut); err == nil {
		t.Fatal("the update was not cut short: the test shows nothing")
	}
	n, warnings := openCounting(t, o)
	if n != 300 {
		t.Errorf("the run after the cut holds %d items, want 300", n)
	}
	for _, w := range warnings {
		t.Errorf("the run after the cut warned: %q", w)
	}
}
