package cache_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	bundled "github.com/cypx/cypx/corpus"
	"github.com/cypx/cypx/internal/cache"
	"github.com/cypx/cypx/internal/gen"
	"github.com/cypx/cypx/internal/index"
	"github.com/cypx/cypx/internal/library"
)

func open(t *testing.T, root, dir string) (*index.Index, *cache.Catalog, []string) {
	t.Helper()
	var warnings []string
	ix, cat, err := cache.Open(context.Background(), cache.Options{Root: root, Name: dir, FS: os.DirFS(dir), Fallback: bundled.FS,
		Warn: func(w string) { warnings = append(warnings, w) }})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ix.Close() })
	return ix, cat, warnings
}

func total(t *testing.T, ix *index.Index, q string) int {
	t.Helper()
	r, err := ix.Search(context.Background(), index.Request{Query: q})
	if err != nil {
		t.Fatal(err)
	}
	return r.Total
}

func TestBuildOpenUpdateRebuild(t *testing.T) {
	dir, root := t.TempDir(), t.TempDir()
	if err := gen.Write(dir, 500, 1); err != nil {
		t.Fatal(err)
	}
	ix, cat, _ := open(t, root, dir)
	if cat.Rebuilt != "built" || cat.Items != 500 || len(cat.Sources) != 10 {
		t.Fatalf("first open: %s, %d items, %d sources", cat.Rebuilt, cat.Items, len(cat.Sources))
	}
	if n, _ := ix.Count(); n != 500 {
		t.Fatalf("index holds %d items", n)
	}
	ix.Close()

	ix, cat, _ = open(t, root, dir)
	if cat.Rebuilt != "opened" || cat.Items != 500 {
		t.Errorf("second open: %s, %d items", cat.Rebuilt, cat.Items)
	}
	ix.Close()

	// Edit one source and remove another: only those are re-indexed.
	f := filepath.Join(dir, "sources", "gen-000003.md")
	data, _ := os.ReadFile(f)
	os.WriteFile(f, []byte(strings.Replace(string(data), "## Findings\n\n", "## Findings\n\nZebrafish paediatric outreach reached 4,000 families last winter.\n\n", 1)), 0o644)
	os.Remove(filepath.Join(dir, "sources", "gen-000007.md"))
	ix, cat, _ = open(t, root, dir)
	if cat.Rebuilt != "updated 2 sources" || cat.Items != 451 || len(cat.Sources) != 9 {
		t.Errorf("after an edit and a removal: %s, %d items, %d sources", cat.Rebuilt, cat.Items, len(cat.Sources))
	}
	if n, _ := ix.Count(); n != 451 {
		t.Errorf("index holds %d items after the update, want 451", n)
	}
	if total(t, ix, "zebrafish") != 1 {
		t.Error("the edited source's new item is not searchable")
	}
	ix.Close()

	// A corrupted index is detected and rebuilt, with a warning.
	idxDirs, _ := filepath.Glob(filepath.Join(root, "index-*", "index"))
	if len(idxDirs) != 1 {
		t.Fatalf("cache holds %v", idxDirs)
	}
	os.RemoveAll(idxDirs[0])
	os.WriteFile(idxDirs[0], []byte("not an index"), 0o644)
	ix, cat, warnings := open(t, root, dir)
	if cat.Rebuilt != "built" || len(warnings) == 0 || !strings.Contains(warnings[0], "rebuilding") {
		t.Errorf("corrupt cache: %s, warnings %q", cat.Rebuilt, warnings)
	}
	if total(t, ix, "zebrafish") != 1 {
		t.Error("rebuilt index lost an item")
	}
}

func TestUnwritableCacheFallsBackToMemory(t *testing.T) {
	// A file where the cache folder should be blocks it even for root,
	// who ignores permissions.
	dir, root := t.TempDir(), t.TempDir()
	gen.Write(dir, 60, 1)
	blocked := filepath.Join(root, "cache")
	os.WriteFile(blocked, []byte("a file, not a folder"), 0o644)
	ix, cat, warnings := open(t, blocked, dir)
	if cat.Rebuilt != "in memory" || len(warnings) != 1 || !strings.Contains(warnings[0], "indexing in memory") {
		t.Errorf("unwritable cache: %s, %q", cat.Rebuilt, warnings)
	}
	// Named for what it is, not "mkdir …/cache: not a directory"
	// (leftovers r22).
	if len(warnings) == 1 && !strings.Contains(warnings[0], blocked+" is a file, not a folder") {
		t.Errorf("the warning does not say what blocks the cache: %q", warnings[0])
	}
	if total(t, ix, "") != 60 {
		t.Error("in-memory index incomplete")
	}
}

func TestLiveSearchesWhileBuilding(t *testing.T) {
	dir, root := t.TempDir(), t.TempDir()
	if err := gen.Write(dir, 5000, 2); err != nil {
		t.Fatal(err)
	}
	live := &cache.Live{}
	var seen []int
	ix, cat, err := cache.Open(context.Background(), cache.Options{Root: root, Name: dir, FS: os.DirFS(dir), Fallback: bundled.FS, Live: live,
		Progress: func(done, total int) {
			r, err := live.Search(context.Background(), index.Request{Limit: 1})
			if err != nil {
				t.Errorf("search during the build: %v", err)
			}
			seen = append(seen, r.Total)
		}})
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	if len(seen) < 2 || seen[0] == 0 || seen[0] >= cat.Items {
		t.Errorf("searches during the build saw %v items; want a growing part of %d", seen, cat.Items)
	}
	if live.Index() != ix {
		t.Error("the finished index was not swapped in")
	}
	if total(t, live.Index(), "") != 5000 {
		t.Error("finished index incomplete")
	}
}

func TestOlderVersionCacheIsRebuiltWithAWarning(t *testing.T) {
	dir, root := t.TempDir(), t.TempDir()
	gen.Write(dir, 120, 1)
	ix, _, _ := open(t, root, dir)
	ix.Close()
	saved := index.Version
	index.Version = "0.0"
	ix, cat, warnings := open(t, root, dir)
	ix.Close()
	index.Version = saved
	if cat.Rebuilt != "built" || len(warnings) != 1 || !strings.Contains(warnings[0], "another version of cypx") {
		t.Errorf("older cache: %s %q", cat.Rebuilt, warnings)
	}
}

func TestUnreadableAndLoopingFilesAreReportedNotFatal(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Log("running as root: an unreadable file is readable; only the symlink loop is tested")
	}
	dir, root := t.TempDir(), t.TempDir()
	gen.Write(dir, 60, 1)
	src := filepath.Join(dir, "sources")
	os.Symlink(filepath.Join(src, "loop-b.md"), filepath.Join(src, "loop-a.md"))
	os.Symlink(filepath.Join(src, "loop-a.md"), filepath.Join(src, "loop-b.md"))
	locked := filepath.Join(src, "locked.md")
	os.WriteFile(locked, []byte("---\ntitle: T\npublisher: P\ndate: 2024\ntype: report\n---\nA paragraph that is long enough to be an excerpt of the locked file.\n"), 0o000)
	ix, cat, _ := open(t, root, dir)
	defer ix.Close()
	if cat.Items < 60 {
		t.Errorf("broken files hid good ones: %d items", cat.Items)
	}
	var files []string
	for _, p := range cat.Problems {
		files = append(files, p.File)
	}
	if !strings.Contains(strings.Join(files, " "), "loop-a.md") {
		t.Errorf("symlink loop not reported: %v", cat.Problems)
	}
}

// TestBuildsAndUpdatesKeepFewSegments: a full build leaves one segment, and
// a run of updates (one edited source each) does not pile them up.
func TestBuildsAndUpdatesKeepFewSegments(t *testing.T) {
	dir, root := t.TempDir(), t.TempDir()
	if err := gen.Write(dir, 5000, 3); err != nil {
		t.Fatal(err)
	}
	ix, cat, _ := open(t, root, dir)
	if n, err := ix.Segments(); err != nil || n != 1 {
		t.Fatalf("after a full build (%s): %d segments (%v), want 1", cat.Rebuilt, n, err)
	}
	ix.Close()
	f := filepath.Join(dir, "sources", "gen-000004.md")
	data, err := os.ReadFile(f)
	if err != nil {
		t.Fatal(err)
	}
	most := 0
	for i := range 25 {
		edited := strings.Replace(string(data), "## Findings\n\n", fmt.Sprintf("## Findings\n\nOutreach reached %d families last winter.\n\n", 1000+i), 1)
		if err := os.WriteFile(f, []byte(edited), 0o644); err != nil {
			t.Fatal(err)
		}
		ix, cat, _ := open(t, root, dir)
		if cat.Rebuilt != "updated 1 source" {
			t.Fatalf("update %d: %s", i, cat.Rebuilt)
		}
		n, err := ix.Segments()
		if err != nil {
			t.Fatal(err)
		}
		most = max(most, n)
		ix.Close()
	}
	if most > 10 {
		t.Errorf("25 updates left up to %d segments; the tiered merge should keep them near 10", most)
	}
	t.Logf("25 updates: at most %d segments", most)
}

// TestMergedCorpusWithAnEmptyLibrary: the bundled corpus beside a library
// whose sources folder is empty (every report removed) still yields the
// bundled items.
func TestMergedCorpusWithAnEmptyLibrary(t *testing.T) {
	lib := t.TempDir()
	if err := os.MkdirAll(filepath.Join(lib, "sources"), 0o755); err != nil {
		t.Fatal(err)
	}
	ix, cat, err := cache.Open(context.Background(), cache.Options{Root: t.TempDir(), Name: "merged",
		FS: library.Merge{First: os.DirFS(lib), Second: bundled.FS}, Fallback: bundled.FS})
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	if cat.Items != 82 || len(cat.Sources) != 5 {
		t.Errorf("%d items from %d sources, want the bundled 82 from 5", cat.Items, len(cat.Sources))
	}
}

// TestKilledBuildLeavesNothingBehind: the temporary folder of a build that
// was killed is removed by the next start.
func TestKilledBuildLeavesNothingBehind(t *testing.T) {
	dir, root := t.TempDir(), t.TempDir()
	if err := gen.Write(dir, 200, 5); err != nil {
		t.Fatal(err)
	}
	ix, _, _ := open(t, root, dir)
	ix.Close()
	folders, _ := filepath.Glob(filepath.Join(root, "index-*"))
	if len(folders) != 1 {
		t.Fatalf("cache folders %v", folders)
	}
	dead := filepath.Join(folders[0], "building-123456")
	if err := os.MkdirAll(filepath.Join(dead, "index", "store"), 0o755); err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(dead, "index", "store", "000000000001.zap"), make([]byte, 1<<20), 0o644)
	ix, cat, _ := open(t, root, dir)
	if cat.Rebuilt != "opened" || cat.Items != 200 {
		t.Errorf("after a killed build: %s, %d items", cat.Rebuilt, cat.Items)
	}
	if _, err := os.Stat(dead); !os.IsNotExist(err) {
		t.Errorf("the killed build's folder is still there (%v)", err)
	}
}
