package cache_test

import (
	"context"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	bundled "github.com/cypx/cypx/corpus"
	"github.com/cypx/cypx/internal/cache"
	"github.com/cypx/cypx/internal/corpus"
	"github.com/cypx/cypx/internal/gen"
	"github.com/cypx/cypx/internal/index"
)

// TestCacheFilesThatAreNotPlainFiles replaces each file of a built cache
// — the manifest, bleve's metadata and bolt store, a segment, the facet
// table, the record of checked segments — with a FIFO or a link to
// /dev/zero. Opening a FIFO to read waits for ever for a writer, and
// reading /dev/zero never ends: every cypx command hung with no word (the
// manifest, bleve's files, the two tables beside the index), as the
// settings and the basket did before plainfile. Now the cache opens within
// a few seconds, rebuilding where the index itself was touched, and
// answers with every item.
func TestCacheFilesThatAreNotPlainFiles(t *testing.T) {
	if _, err := os.Stat("/dev/zero"); err != nil {
		t.Skip("no /dev/zero here")
	}
	files := []string{"manifest-3.bin", "index/index_meta.json", "index/store/root.bolt", "segment",
		"index/cypx-facets.bin", "index/cypx-checked.json"}
	for _, name := range files {
		for _, kind := range []string{"fifo", "zero"} {
			t.Run(filepath.Base(name)+" "+kind, func(t *testing.T) {
				dir, root := t.TempDir(), t.TempDir()
				gen.Write(dir, 60, 1)
				o := cache.Options{Root: root, Name: dir, FS: os.DirFS(dir), Fallback: bundled.FS, Warn: func(string) {}}
				ctx := context.Background()
				ix, _, err := cache.Open(ctx, o)
				if err != nil {
					t.Fatal(err)
				}
				// A read-only open counts facets into the facet table.
				ix.Close()
				if ix, _, err = cache.Open(ctx, o); err != nil {
					t.Fatal(err)
				}
				if _, err := ix.Search(ctx, index.Request{Facets: true}); err != nil {
					t.Fatal(err)
				}
				ix.Close()
				path := filepath.Join(root, "*", name)
				if name == "segment" {
					path = filepath.Join(root, "*", "index", "store", "*.zap")
				}
				found, _ := filepath.Glob(path)
				if len(found) == 0 {
					t.Fatalf("no %s in the cache", path)
				}
				target := found[0]
				if err := os.Remove(target); err != nil {
					t.Fatal(err)
				}
				if kind == "fifo" {
					if err := syscall.Mkfifo(target, 0o644); err != nil {
						t.Skipf("no FIFOs here: %v", err)
					}
					// Should cypx still open it, a writer that never writes
					// lets it through to end the test: what is asserted is
					// the time.
					defer func() {
						if f, err := os.OpenFile(target, os.O_WRONLY|syscall.O_NONBLOCK, 0); err == nil {
							f.Close()
						}
					}()
				} else if err := os.Symlink("/dev/zero", target); err != nil {
					t.Skipf("no symbolic links here: %v", err)
				}
				type opened struct {
					total int
					err   error
				}
				done := make(chan opened, 1)
				go func() {
					ix, _, err := cache.Open(ctx, o)
					if err != nil {
						done <- opened{err: err}
						return
					}
					defer ix.Close()
					r, err := ix.Search(ctx, index.Request{Facets: true})
					done <- opened{r.Total, err}
				}()
				select {
				case got := <-done:
					if got.err != nil || got.total != 60 {
						t.Errorf("%s made a %s: %d items, %v; want 60", name, kind, got.total, got.err)
					}
				case <-time.After(60 * time.Second): // a guard against a hang, generous for a slow machine
					t.Fatalf("%s made a %s: the cache did not open in 60 s", name, kind)
				}
			})
		}
	}
}

// TestLinksInTheCacheAreNotWrittenThrough plants a symbolic link to a file
// outside the cache in place of each file the cache writes beside the
// index — the manifest, the facet table, the record of checked segments.
// cypx wrote through each link, replacing the file it led to (a user's
// notes, a dotfile) with a manifest, a facet table or JSON, silently. Now the
// link itself is replaced by the cache's file and the file outside stays
// as it was.
func TestLinksInTheCacheAreNotWrittenThrough(t *testing.T) {
	for _, name := range []string{"manifest-3.bin", "index/cypx-facets.bin", "index/cypx-checked.json"} {
		t.Run(filepath.Base(name), func(t *testing.T) {
			dir, root, outside := t.TempDir(), t.TempDir(), t.TempDir()
			gen.Write(dir, 60, 1)
			o := cache.Options{Root: root, Name: dir, FS: os.DirFS(dir), Fallback: bundled.FS, Warn: func(string) {}}
			ctx := context.Background()
			ix, _, err := cache.Open(ctx, o)
			if err != nil {
				t.Fatal(err)
			}
			ix.Close()
			found, _ := filepath.Glob(filepath.Join(root, "*", "index"))
			if len(found) != 1 {
				t.Fatalf("no index in the cache: %v", found)
			}
			link := filepath.Join(filepath.Dir(found[0]), name)
			victim := filepath.Join(outside, "notes.txt")
			const precious = "the user's own notes\n"
			if err := os.WriteFile(victim, []byte(precious), 0o644); err != nil {
				t.Fatal(err)
			}
			os.Remove(link)
			if err := os.Symlink(victim, link); err != nil {
				t.Skipf("no symbolic links here: %v", err)
			}
			// Two opens and searches with facets: the first finds the
			// file unreadable and writes it again, the second reads it.
			for range 2 {
				ix, _, err := cache.Open(ctx, o)
				if err != nil {
					t.Fatal(err)
				}
				r, err := ix.Search(ctx, index.Request{Facets: true})
				ix.Close()
				if err != nil || r.Total != 60 {
					t.Fatalf("with %s a link out: %d items, %v", name, r.Total, err)
				}
			}
			if got, _ := os.ReadFile(victim); string(got) != precious {
				t.Errorf("the file %s led to was overwritten: %q", name, got[:min(len(got), 40)])
			}
			if info, err := os.Lstat(link); err != nil || !info.Mode().IsRegular() {
				t.Errorf("%s should be the cache's own file again: %v, %v", name, info.Mode(), err)
			}
		})
	}
}

// TestLinkedIndexFolderIsNotUsed plants a symbolic link to a folder outside
// the cache in place of the index's own folder (index-HASH) or of the index
// one level down (index-HASH/index), the folder it leads to holding a file
// of the user's at index/precious. At index-HASH the link is not used (the
// cache root may be the user's own layout): the index is built in memory
// with one warning. Below it, in cypx's own folder, the link itself is
// removed with one warning and the index rebuilt on disk. Either way
// nothing outside the cache is created, changed or removed.
func TestLinkedIndexFolderIsNotUsed(t *testing.T) {
	for _, below := range []string{"", "index"} {
		o, root, warnings := builtCache(t)
		outside := t.TempDir()
		found, _ := filepath.Glob(filepath.Join(root, "index-*"))
		if len(found) != 1 {
			t.Fatalf("no index folder in the cache: %v", found)
		}
		link := filepath.Join(found[0], below)
		if err := os.RemoveAll(link); err != nil {
			t.Fatal(err)
		}
		if err := os.Symlink(outside, link); err != nil {
			t.Skipf("no symbolic links here: %v", err)
		}
		precious := filepath.Join(outside, "index", "precious.txt")
		if err := os.MkdirAll(filepath.Dir(precious), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(precious, []byte("mine\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		if n := reopenedTotal(t, o, warnings); n != 60 {
			t.Fatalf("with %q a link out: %d items; want 60", filepath.Join("index-HASH", below), n)
		}
		if got, err := os.ReadFile(precious); err != nil || string(got) != "mine\n" {
			t.Errorf("%q: the user's file behind the link was changed or removed: %q, %v", below, got, err)
		}
		if entries, _ := os.ReadDir(outside); len(entries) != 1 {
			t.Errorf("%q: cypx wrote into the folder the link led to: %v", below, entries)
		}
		if below == "" {
			if len(*warnings) != 1 || !strings.Contains((*warnings)[0], "in memory") {
				t.Errorf("index-HASH a link: want one warning that it indexes in memory, got %q", *warnings)
			}
			continue
		}
		if len(*warnings) != 1 || !strings.Contains((*warnings)[0], "removed a symbolic link") {
			t.Errorf("index-HASH/index a link: want one warning that the link was removed, got %q", *warnings)
		}
		if info, err := os.Lstat(link); err != nil || !info.IsDir() {
			t.Errorf("index-HASH/index a link: the index was not rebuilt in its place (%v)", err)
		}
		// The next start opens the index on disk, without a word.
		opensQuietly(t, o, warnings)
	}
}

// TestThingsPlantedInTheCacheAreCleared plants a folder (with a file in
// it), a FIFO or a link where the cache keeps its lock file or its
// manifest. Each made every later run index in memory ("cannot lock the
// cache", "the cache cannot be written") for good. Now the thing is removed
// with one warning, the cache is used, and the start after opens it
// without a word.
func TestThingsPlantedInTheCacheAreCleared(t *testing.T) {
	for _, name := range []string{"lock", "manifest-3.bin"} {
		for _, kind := range []string{"folder", "fifo", "link"} {
			t.Run(name+" "+kind, func(t *testing.T) {
				o, root, warnings := builtCache(t)
				outside := t.TempDir()
				found, _ := filepath.Glob(filepath.Join(root, "index-*", name))
				if len(found) != 1 {
					t.Fatalf("no %s in the cache", name)
				}
				target := found[0]
				if err := os.Remove(target); err != nil {
					t.Fatal(err)
				}
				victim := filepath.Join(outside, "victim")
				if err := os.WriteFile(victim, []byte("mine\n"), 0o644); err != nil {
					t.Fatal(err)
				}
				var err error
				switch kind {
				case "folder":
					err = os.MkdirAll(filepath.Join(target, "inside"), 0o755)
				case "fifo":
					err = syscall.Mkfifo(target, 0o644)
				case "link":
					err = os.Symlink(victim, target)
				}
				if err != nil {
					t.Skipf("cannot make a %s here: %v", kind, err)
				}
				if n := reopenedTotal(t, o, warnings); n != 60 {
					t.Fatalf("%d items; want 60", n)
				}
				if len(*warnings) != 1 || !strings.Contains((*warnings)[0], "removed a") || strings.Contains((*warnings)[0], "memory") {
					t.Errorf("want one warning that the %s was removed, got %q", kind, *warnings)
				}
				if info, err := os.Lstat(target); err != nil || !info.Mode().IsRegular() {
					t.Errorf("%s is not a plain file again after the start (%v)", name, err)
				}
				if got, err := os.ReadFile(victim); err != nil || string(got) != "mine\n" {
					t.Errorf("the file the link led to was changed: %q, %v", got, err)
				}
				opensQuietly(t, o, warnings)
			})
		}
	}
}

// builtCache builds the cache of a generated corpus of 60 items and
// returns its options, its root and the warnings its opens give.
func builtCache(t *testing.T) (cache.Options, string, *[]string) {
	t.Helper()
	dir, root := t.TempDir(), t.TempDir()
	gen.Write(dir, 60, 1)
	warnings := &[]string{}
	o := cache.Options{Root: root, Name: dir, FS: os.DirFS(dir), Fallback: bundled.FS, Warn: func(w string) { *warnings = append(*warnings, w) }}
	ix, _, err := cache.Open(context.Background(), o)
	if err != nil {
		t.Fatal(err)
	}
	ix.Close()
	return o, root, warnings
}

// opensQuietly checks that the cache opens its index as it is, without a
// warning.
func opensQuietly(t *testing.T, o cache.Options, warnings *[]string) {
	t.Helper()
	*warnings = nil
	ix, cat, err := cache.Open(context.Background(), o)
	if err != nil {
		t.Fatal(err)
	}
	ix.Close()
	if len(*warnings) != 0 || cat.Rebuilt != "opened" {
		t.Errorf("the start after: %s, warnings %q; want the cached index opened without one", cat.Rebuilt, *warnings)
	}
}

// reopenedTotal opens the cache afresh, its warnings cleared, and returns
// how many items its index holds.
func reopenedTotal(t *testing.T, o cache.Options, warnings *[]string) int {
	t.Helper()
	*warnings = nil
	ctx := context.Background()
	ix, _, err := cache.Open(ctx, o)
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	r, err := ix.Search(ctx, index.Request{})
	if err != nil {
		t.Fatal(err)
	}
	return r.Total
}

// TestFoldersPlantedWhereTheIndexsTablesGoAreCleared: a folder (with a
// file in it) where the cache writes its facet table or its record of
// checked segments, beside the index, is removed with one warning naming
// it, as one where the lock or manifest goes is (clearPlanted), and the
// file is written in its place; the start after opens without a word.
// Before, the folder stood for good: no warning, the table never saved,
// so every start counted the facets again and read every segment whole.
func TestFoldersPlantedWhereTheIndexsTablesGoAreCleared(t *testing.T) {
	for _, name := range []string{"cypx-facets.bin", "cypx-checked.json"} {
		t.Run(name, func(t *testing.T) {
			o, root, warnings := builtCache(t)
			ctx := context.Background()
			facets := func() {
				ix, _, err := cache.Open(ctx, o)
				if err != nil {
					t.Fatal(err)
				}
				defer ix.Close()
				if r, err := ix.Search(ctx, index.Request{Facets: true}); err != nil || r.Total != 60 {
					t.Fatalf("%d items, %v; want 60", r.Total, err)
				}
			}
			facets() // a read-only open writes the facet table
			found, _ := filepath.Glob(filepath.Join(root, "index-*", "index", name))
			if len(found) != 1 {
				t.Fatalf("no %s in the cache", name)
			}
			target := found[0]
			if err := os.Remove(target); err != nil {
				t.Fatal(err)
			}
			if err := os.MkdirAll(filepath.Join(target, "inside"), 0o755); err != nil {
				t.Fatal(err)
			}
			*warnings = nil
			facets()
			if len(*warnings) != 1 || !strings.Contains((*warnings)[0], "removed a folder") || !strings.Contains((*warnings)[0], name) {
				t.Errorf("want one warning that the folder was removed, got %q", *warnings)
			}
			if info, err := os.Lstat(target); err != nil || !info.Mode().IsRegular() {
				t.Errorf("%s is not a plain file again after the start (%v)", name, err)
			}
			opensQuietly(t, o, warnings)
		})
	}
}

// readCounter is a folder that counts the bytes read from each file.
type readCounter struct {
	fs.FS
	mu   sync.Mutex
	read map[string]int64
}

func (c *readCounter) Open(name string) (fs.File, error) {
	f, err := c.FS.Open(name)
	if err != nil {
		return nil, err
	}
	if info, err := f.Stat(); err == nil && info.IsDir() {
		return f, nil // read as a folder: its entries are no bytes read
	}
	return &countedFile{File: f, name: name, c: c}, nil
}

// The cache asks its folder of these: they are passed through as asked.
func (c *readCounter) Stat(name string) (fs.FileInfo, error)  { return fs.Stat(c.FS, name) }
func (c *readCounter) Lstat(name string) (fs.FileInfo, error) { return fs.Lstat(c.FS, name) }
func (c *readCounter) ReadLink(name string) (string, error)   { return fs.ReadLink(c.FS, name) }

type countedFile struct {
	fs.File
	name string
	c    *readCounter
}

func (f *countedFile) Read(p []byte) (int, error) {
	n, err := f.File.Read(p)
	f.c.mu.Lock()
	f.c.read[f.name] += int64(n)
	f.c.mu.Unlock()
	return n, err
}

// TestSourcesThatAreNotPlainFilesAreNotRead plants among a corpus's sources
// a FIFO, a link to /dev/zero and a file over the size limit. The loader
// refused each ("not a regular file", "over the 32 MB limit"), but the
// cache had already read each whole to hash it: the link until memory ran
// out, the FIFO for ever, on every command. Now none is read past the
// limit, the FIFO is never opened, and the other sources answer.
func TestSourcesThatAreNotPlainFilesAreNotRead(t *testing.T) {
	if _, err := os.Stat("/dev/zero"); err != nil {
		t.Skip("no /dev/zero here")
	}
	dir, root := t.TempDir(), t.TempDir()
	gen.Write(dir, 60, 1)
	src := filepath.Join(dir, "sources")
	if err := syscall.Mkfifo(filepath.Join(src, "pipe.md"), 0o644); err != nil {
		t.Skipf("no FIFOs here: %v", err)
	}
	// A writer that never writes lets a wrongly opened FIFO through, so
	// the test ends and the assertion below says what went wrong.
	defer func() {
		if f, err := os.OpenFile(filepath.Join(src, "pipe.md"), os.O_WRONLY|syscall.O_NONBLOCK, 0); err == nil {
			f.Close()
		}
	}()
	if err := os.Symlink("/dev/zero", filepath.Join(src, "zero.md")); err != nil {
		t.Skipf("no symbolic links here: %v", err)
	}
	// Sparse: its size is over the limit, its disk use nothing.
	if err := os.Truncate(mustCreate(t, filepath.Join(src, "huge.md")), corpus.MaxSourceBytes*3); err != nil {
		t.Fatal(err)
	}
	counter := &readCounter{FS: os.DirFS(dir), read: map[string]int64{}}
	var warned []string
	o := cache.Options{Root: root, Name: dir, FS: counter, Fallback: bundled.FS, Warn: func(w string) { warned = append(warned, w) }}
	done := make(chan error, 1)
	var total int
	go func() {
		ix, _, err := cache.Open(context.Background(), o)
		if err != nil {
			done <- err
			return
		}
		defer ix.Close()
		r, err := ix.Search(context.Background(), index.Request{Facets: true})
		total = r.Total
		done <- err
	}()
	select {
	case err := <-done:
		if err != nil || total != 60 {
			t.Fatalf("the corpus beside a FIFO, a link to /dev/zero and a huge file: %d items, %v; want 60", total, err)
		}
	case <-time.After(60 * time.Second): // a guard against a hang, generous for a slow machine
		t.Fatal("the cache did not open in 60 s beside a FIFO among the sources")
	}
	counter.mu.Lock()
	defer counter.mu.Unlock()
	for _, name := range []string{"sources/pipe.md", "sources/zero.md", "sources/huge.md"} {
		if n := counter.read[name]; n > 0 {
			t.Errorf("%s: %d bytes read, want none (it is refused before reading)", name, n)
		}
	}
}

func mustCreate(t *testing.T, path string) string {
	t.Helper()
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	f.Close()
	return path
}
