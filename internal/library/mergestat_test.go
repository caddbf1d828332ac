package library_test

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"testing/fstest"
	"time"

	"github.com/cypx/cypx/internal/library"
)

// TestMergeStatsAPipeWithoutOpeningIt: a FIFO among the library's sources,
// or in place of its themes.yaml, is described without being opened.
// fs.Stat fell back to Open through the merge, and opening a FIFO to read
// waits for a writer: every command hung at its first look at the files.
func TestMergeStatsAPipeWithoutOpeningIt(t *testing.T) {
	dir := t.TempDir()
	if err := os.Mkdir(filepath.Join(dir, "sources"), 0o755); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"sources/p.md", "themes.yaml"} {
		if err := syscall.Mkfifo(filepath.Join(dir, name), 0o644); err != nil {
			t.Skipf("no FIFOs here: %v", err)
		}
	}
	bundled := fstest.MapFS{
		"sources/b.md": {Data: []byte("bundled b")},
		"themes.yaml":  {Data: []byte("themes")},
	}
	m := library.Merge{First: os.DirFS(dir), Second: bundled}
	type stat struct {
		info fs.FileInfo
		err  error
	}
	for _, name := range []string{"sources/p.md", "themes.yaml"} {
		done := make(chan stat, 1)
		go func() {
			info, err := fs.Stat(m, name)
			done <- stat{info, err}
		}()
		select {
		case got := <-done:
			if got.err != nil || got.info.Mode()&fs.ModeNamedPipe == 0 {
				t.Errorf("%s: %v, %v; want the library's pipe described", name, got.info, got.err)
			}
		case <-time.After(20 * time.Second): // a guard against a hang
			// Let the stuck open through so the test ends.
			if f, err := os.OpenFile(filepath.Join(dir, name), os.O_WRONLY|syscall.O_NONBLOCK, 0); err == nil {
				f.Close()
			}
			t.Fatalf("%s: fs.Stat through the merge did not return in 20 s (it opened the pipe)", name)
		}
	}
	if info, err := fs.Stat(m, "sources/b.md"); err != nil || info.Size() != int64(len("bundled b")) {
		t.Errorf("a file only the second corpus has: %v, %v", info, err)
	}
	if _, err := fs.Stat(m, "sources/none.md"); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("a file neither has: %v, want fs.ErrNotExist", err)
	}
}
