package cache

import (
	"context"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	bundled "github.com/cypx/cypx/corpus"
	"github.com/cypx/cypx/internal/corpus"
	"github.com/cypx/cypx/internal/gen"
	"github.com/cypx/cypx/internal/library"
)

// countingFS counts what a start asks of the source files: the folder's
// listing, and each file's metadata or contents.
type countingFS struct {
	fs.FS
	mu                     sync.Mutex
	listings, stats, opens int
}

func (c *countingFS) count(name string, n *int) {
	if strings.HasPrefix(name, corpus.SourcesDir+"/") {
		c.mu.Lock()
		*n++
		c.mu.Unlock()
	}
}

func (c *countingFS) Open(name string) (fs.File, error) {
	c.count(name, &c.opens)
	return c.FS.Open(name)
}

func (c *countingFS) Stat(name string) (fs.FileInfo, error) {
	c.count(name, &c.stats)
	return fs.Stat(c.FS, name)
}

func (c *countingFS) ReadDir(name string) ([]fs.DirEntry, error) {
	if name == corpus.SourcesDir {
		c.mu.Lock()
		c.listings++
		c.mu.Unlock()
	}
	return fs.ReadDir(c.FS, name)
}

func (c *countingFS) reset() {
	c.mu.Lock()
	c.listings, c.stats, c.opens = 0, 0, 0
	c.mu.Unlock()
}

// quickSettings sets the quick check's bounds for a test: any library of
// 5 files or more, the 2 newest looked at, and a clock 10 s ahead of the
// files' times (the folder is not too recent to trust) that the test can
// move on.
func quickSettings(t *testing.T) *time.Duration {
	t.Helper()
	var ahead = 10 * time.Second
	minFiles, newest, c := quickMinFiles, quickNewest, clock
	quickMinFiles, quickNewest = 5, 2
	clock = func() time.Time { return time.Now().Add(ahead) }
	t.Cleanup(func() { quickMinFiles, quickNewest, clock = minFiles, newest, c })
	return &ahead
}

func openCounted(t *testing.T, root, dir string, fsys fs.FS, trust bool) *Catalog {
	t.Helper()
	ix, cat, err := Open(context.Background(), Options{Root: root, Name: dir, FS: fsys, Fallback: bundled.FS, TrustFolders: trust,
		Warn: func(w string) { t.Errorf("warning: %s", w) }})
	if err != nil {
		t.Fatal(err)
	}
	ix.Close()
	return cat
}

// TestWarmStartReadsNoFileOfAnUnchangedLibrary: a start soon after a full
// check of a large library lists no folder and stats only the newest
// files, not all 20; the answer is the index as it was.
func TestWarmStartReadsNoFileOfAnUnchangedLibrary(t *testing.T) {
	quickSettings(t)
	dir, root := t.TempDir(), t.TempDir()
	if err := gen.Write(dir, 1000, 1); err != nil {
		t.Fatal(err)
	}
	fsys := &countingFS{FS: os.DirFS(dir)}
	if cat := openCounted(t, root, dir, fsys, true); cat.Rebuilt != "built" || cat.Items != 1000 {
		t.Fatalf("first open: %s, %d items", cat.Rebuilt, cat.Items)
	}
	for range 2 {
		fsys.reset()
		cat := openCounted(t, root, dir, fsys, true)
		if cat.Rebuilt != "opened" || cat.Items != 1000 || len(cat.Sources) != 20 {
			t.Fatalf("warm open: %s, %d items, %d sources", cat.Rebuilt, cat.Items, len(cat.Sources))
		}
		if fsys.listings != 0 || fsys.stats > quickNewest || fsys.opens != 0 {
			t.Errorf("warm start of an unchanged library of 20 files: %d listings, %d files stat-ed, %d opened; want none listed, at most %d stat-ed, none opened",
				fsys.listings, fsys.stats, fsys.opens, quickNewest)
		}
	}
}

// TestQuickCheckNoticesWhatItSays: files added, removed and renamed are
// noticed by the next start, as is a file rewritten in place that is one
// of the newest; another file rewritten in place is noticed by the first
// start after quickMaxAge. A library under quickMinFiles files is checked
// file by file.
func TestQuickCheckNoticesWhatItSays(t *testing.T) {
	ahead := quickSettings(t)
	dir, root := t.TempDir(), t.TempDir()
	if err := gen.Write(dir, 1000, 1); err != nil {
		t.Fatal(err)
	}
	src := agedSources(t, dir)
	fsys := os.DirFS(dir)
	expect := func(what, want string) {
		t.Helper()
		if cat := openCounted(t, root, dir, fsys, true); cat.Rebuilt != want {
			t.Errorf("%s: %s, want %s", what, cat.Rebuilt, want)
		}
	}
	expect("first open", "built")
	expect("nothing changed", "opened")

	copyFile(t, src(genName(3)), src("added.md"))
	expect("a file added", "updated 1 source")
	if err := os.Remove(src("added.md")); err != nil {
		t.Fatal(err)
	}
	expect("a file removed", "updated 1 source")
	if err := os.Rename(src(genName(5)), src("renamed.md")); err != nil {
		t.Fatal(err)
	}
	expect("a file renamed", "updated 2 sources")

	// Rewritten in place: the folder's times do not move.
	appendLine(t, src(genName(2)))
	expect("an old file rewritten in place, within quickMaxAge", "opened")
	*ahead += quickMaxAge + time.Second
	expect("the same, after quickMaxAge", "updated 1 source")
	expect("nothing changed since", "opened")
	// gen-000002 is now the newest file.
	appendLine(t, src(genName(2)))
	expect("the newest file rewritten in place", "updated 1 source")

	quickMinFiles = 1000
	appendLine(t, src(genName(7)))
	expect("a file rewritten in place in a library under quickMinFiles", "updated 1 source")
}

// TestStartChecksEveryFileUnlessAsked: by default (start_check files) a
// start of a large library stats every file, so an older file rewritten in
// place is seen at once; only Options.TrustFolders (start_check folders)
// trusts the folders, and only then is a record of the check written. A
// stale figure after an edit is a wrong figure in a
// briefing, so the faster check is the user's choice, not the default.
func TestStartChecksEveryFileUnlessAsked(t *testing.T) {
	quickSettings(t)
	dir, root := t.TempDir(), t.TempDir()
	if err := gen.Write(dir, 1000, 1); err != nil {
		t.Fatal(err)
	}
	src := agedSources(t, dir)
	fsys := &countingFS{FS: os.DirFS(dir)}
	openCounted(t, root, dir, fsys, false)
	fsys.reset()
	if cat := openCounted(t, root, dir, fsys, false); cat.Rebuilt != "opened" || fsys.listings == 0 || fsys.stats < 20 {
		t.Errorf("default warm start: %s, %d listings, %d stats; want every file stat-ed", cat.Rebuilt, fsys.listings, fsys.stats)
	}
	// No start reads a record of the check by default, so none is written
	// (a start wrote one every time, stamping the folders and sorting
	// every file's state for nothing).
	if _, err := os.Stat(filepath.Join(root, "index-"+shortHash(dir), checkFile)); err == nil {
		t.Errorf("a default start wrote %s", checkFile)
	}
	appendLine(t, src(genName(2)))
	if cat := openCounted(t, root, dir, fsys, false); cat.Rebuilt != "updated 1 source" {
		t.Errorf("an old file rewritten in place, by default: %s, want updated 1 source at once", cat.Rebuilt)
	}
	// The same through the folder on disk itself, which a start stats
	// relative to the open folder (listAndStatFolders), alone and beside
	// the bundled corpus.
	for _, fsys := range []fs.FS{os.DirFS(dir), library.Merge{First: os.DirFS(dir), Second: bundled.FS}} {
		root := t.TempDir()
		openCounted(t, root, dir, fsys, false)
		if cat := openCounted(t, root, dir, fsys, false); cat.Rebuilt != "opened" {
			t.Errorf("%T, unchanged: %s, want opened", fsys, cat.Rebuilt)
		}
		appendLine(t, src(genName(3)))
		if cat := openCounted(t, root, dir, fsys, false); cat.Rebuilt != "updated 1 source" {
			t.Errorf("%T, an old file rewritten in place, by default: %s, want updated 1 source at once", fsys, cat.Rebuilt)
		}
	}
}

// TestFolderChangedJustBeforeTheCheckIsNotTrusted: a folder whose time is
// within racyMargin of the full check may yet change within the same tick
// of its clock, so no record vouches for it.
func TestFolderChangedJustBeforeTheCheckIsNotTrusted(t *testing.T) {
	quickSettings(t)
	dir, root := t.TempDir(), t.TempDir()
	if err := gen.Write(dir, 500, 1); err != nil {
		t.Fatal(err)
	}
	// Every check a second after the folder last changed, however long
	// the first build takes (a loaded CI machine took more than
	// racyMargin of real time, and the record was rightly written).
	fi, err := os.Stat(filepath.Join(dir, corpus.SourcesDir))
	if err != nil {
		t.Fatal(err)
	}
	clock = func() time.Time { return fi.ModTime().Add(time.Second) }
	fsys := &countingFS{FS: os.DirFS(dir)}
	openCounted(t, root, dir, fsys, true)
	fsys.reset()
	if cat := openCounted(t, root, dir, fsys, true); cat.Rebuilt != "opened" || fsys.listings != 1 || fsys.stats != 10 {
		t.Errorf("a folder changed just before the check: %s, %d listings, %d stats; want a full check (1 listing, 10 stats)", cat.Rebuilt, fsys.listings, fsys.stats)
	}
	if _, err := os.Stat(filepath.Join(root, "index-"+shortHash(dir), checkFile)); err == nil {
		t.Error("a record vouches for a folder changed within racyMargin of its check")
	}
}

// TestMergedLibraryStampsEachFolder: the user's library beside the
// bundled corpus is stamped by its own folder; a file added to it is
// noticed though the bundled corpus's listing is the same.
func TestMergedLibraryStampsEachFolder(t *testing.T) {
	quickSettings(t)
	dir, root := t.TempDir(), t.TempDir()
	if err := gen.Write(dir, 500, 1); err != nil {
		t.Fatal(err)
	}
	fsys := library.Merge{First: os.DirFS(dir), Second: bundled.FS}
	open := func() string {
		t.Helper()
		ix, cat, err := Open(context.Background(), Options{Root: root, Name: "merged", FS: fsys, Fallback: bundled.FS, TrustFolders: true})
		if err != nil {
			t.Fatal(err)
		}
		ix.Close()
		return cat.Rebuilt
	}
	if got := open(); got != "built" {
		t.Fatalf("first open: %s", got)
	}
	if got := open(); got != "opened" {
		t.Fatalf("second open: %s", got)
	}
	if _, err := os.Stat(filepath.Join(root, "index-"+shortHash("merged"), checkFile)); err != nil {
		t.Fatalf("no record of the check: %v", err)
	}
	copyFile(t, filepath.Join(dir, corpus.SourcesDir, genName(3)), filepath.Join(dir, corpus.SourcesDir, "added.md"))
	if got := open(); got != "updated 1 source" {
		t.Errorf("a file added to the library: %s", got)
	}
}

func genName(i int) string { return fmt.Sprintf("gen-%06d.md", i) }

// copyFile writes a copy of from at to: a source of another id, the name's.
func copyFile(t *testing.T, from, to string) {
	t.Helper()
	data, err := os.ReadFile(from)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(to, data, 0o644); err != nil {
		t.Fatal(err)
	}
}

// appendLine rewrites a file in place (the same inode, its folder untouched).
func appendLine(t *testing.T, path string) {
	t.Helper()
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_APPEND, 0)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := f.WriteString("\nOne more sentence was added by hand.\n"); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
}

// agedSources gives the generated library's 20 files distinct ages, gen-000000
// the oldest and gen-000019 the newest, and returns the path of a source.
func agedSources(t *testing.T, dir string) func(name string) string {
	t.Helper()
	src := func(name string) string { return filepath.Join(dir, corpus.SourcesDir, name) }
	base := time.Now().Add(-time.Hour)
	for i := range 20 {
		at := base.Add(time.Duration(i) * time.Minute)
		if err := os.Chtimes(src(genName(i)), at, at); err != nil {
			t.Fatal(err)
		}
	}
	return src
}
