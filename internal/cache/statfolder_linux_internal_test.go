package cache

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"syscall"
	"testing"
	"time"

	bundled "github.com/cypx/cypx/corpus"
	"github.com/cypx/cypx/internal/corpus"
	"github.com/cypx/cypx/internal/library"
	"github.com/cypx/cypx/internal/pipeline"
)

// TestFolderStatsAreFSStats: the one pass over a folder on disk
// (fstatat relative to the open folder) lists the files ListFiles lists
// and gives each the state statFiles gives through fs.FS, whatever the
// file is: a plain file, one unreadable, a link in the folder, out of it,
// to nothing or to itself, a FIFO, a folder named as a source; alone,
// beside the embedded corpus, and over another folder holding some of the
// same names (the first's file wins, a link to nothing included).
func TestFolderStatsAreFSStats(t *testing.T) {
	dir, under, outside := t.TempDir(), t.TempDir(), t.TempDir()
	src := filepath.Join(dir, corpus.SourcesDir)
	for _, d := range []string{src, filepath.Join(under, corpus.SourcesDir), filepath.Join(src, "folder.md")} {
		if err := os.MkdirAll(d, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	write := func(path, text string, at time.Time) {
		t.Helper()
		if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		if err := os.Chtimes(path, at, at); err != nil {
			t.Fatal(err)
		}
	}
	at := time.Date(2025, 3, 4, 5, 6, 7, 891011121, time.UTC)
	for i := range 30 {
		write(filepath.Join(src, fmt.Sprintf("plain-%02d.md", i)), fmt.Sprint("text ", i), at.Add(time.Duration(i)*time.Nanosecond))
	}
	write(filepath.Join(src, "notes.txt"), "not a source", at)
	write(filepath.Join(src, "folder.md", "inner.md"), "not listed", at)
	write(filepath.Join(src, "locked.md"), "no one may read it", at)
	if err := os.Chmod(filepath.Join(src, "locked.md"), 0); err != nil {
		t.Fatal(err)
	}
	write(filepath.Join(outside, "away.md"), "out of the library", at.Add(time.Hour))
	links := map[string]string{
		"link-in.md":   "plain-01.md",
		"link-out.md":  filepath.Join(outside, "away.md"),
		"dangling.md":  "gone.md",
		"loop.md":      "loop.md",
		"shadowed.md":  "gone-too.md", // a link to nothing over the other folder's file
		"link-dir.md":  "folder.md",
		"link-deep.md": "folder.md/inner.md",
	}
	for name, to := range links {
		if err := os.Symlink(to, filepath.Join(src, name)); err != nil {
			t.Fatal(err)
		}
	}
	if err := syscall.Mkfifo(filepath.Join(src, "pipe.md"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"shadowed.md", "plain-02.md", "only-under.md"} {
		write(filepath.Join(under, corpus.SourcesDir, name), "the folder underneath's "+name, at.Add(time.Minute))
	}
	cases := []struct {
		name string
		fsys fs.FS
	}{
		{"a folder", os.DirFS(dir)},
		{"a folder ending in a slash", os.DirFS(dir + "/")},
		{"beside the embedded corpus", library.Merge{First: os.DirFS(dir), Second: bundled.FS}},
		{"over another folder", library.Merge{First: os.DirFS(dir), Second: os.DirFS(under)}},
		{"under another folder", library.Merge{First: os.DirFS(under), Second: os.DirFS(dir)}},
	}
	for _, c := range cases {
		files, states, ok := listAndStatFolders(c.fsys)
		if !ok {
			t.Errorf("%s: not read as folders on disk", c.name)
			continue
		}
		wantFiles, err := pipeline.ListFiles(c.fsys)
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(files, wantFiles) {
			t.Errorf("%s: listed\n%q\nwant\n%q", c.name, files, wantFiles)
			continue
		}
		want := statFiles(c.fsys, wantFiles)
		for i, f := range files {
			if states[i] != want[i] {
				t.Errorf("%s: %s: %+v, want %+v", c.name, f, states[i], want[i])
			}
		}
	}
	// Not a folder on disk: listed and stat-ed through fs.FS.
	for _, fsys := range []fs.FS{bundled.FS, &countingFS{FS: os.DirFS(dir)}, library.Merge{First: bundled.FS}} {
		if _, _, ok := listAndStatFolders(fsys); ok {
			t.Errorf("%T read as a folder on disk", fsys)
		}
	}
	// A folder of sources that cannot be read is left to fs.FS, which says why.
	if _, _, ok := listAndStatFolders(os.DirFS(outside)); ok {
		t.Error("a corpus without a sources folder read as one")
	}
}
