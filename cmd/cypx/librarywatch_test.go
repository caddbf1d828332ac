package main

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/cypx/cypx/internal/cache"
	"github.com/cypx/cypx/internal/index"
	"github.com/cypx/cypx/internal/tui"
)

// TestLibraryWatchSaysEachChangeOnce: the explorer's searcher says nothing
// while the library's sources folder is as its index was opened from;
// once a source is added it says so with one error for every read (a
// late reply is known by it) until the index is opened again; nothing is
// said while one is being opened; and a stamp taken just after a change
// is looked at again once older: one more opening, since a second change
// within the same tick of the clock leaves the folder's times as they were.
func TestLibraryWatchSaysEachChangeOnce(t *testing.T) {
	dir := t.TempDir()
	src := filepath.Join(dir, "sources")
	os.Mkdir(src, 0o755)
	os.WriteFile(filepath.Join(src, "a.md"), []byte("a"), 0o644)
	now := time.Now().Add(5 * time.Second) // the folder long settled
	w := newLibraryWatch(&cache.Live{}, dir)
	w.now = func() time.Time { return now }
	if err := w.LookAtLibrary(); err != nil {
		t.Fatalf("before any index is open: %v", err)
	}
	w.openedAt(w.opening())
	if err := w.Check(); err != nil {
		t.Fatalf("the library as opened: %v", err)
	}

	time.Sleep(20 * time.Millisecond) // past a tick of the file system's clock
	os.WriteFile(filepath.Join(src, "b.md"), []byte("b"), 0o644)
	first := w.LookAtLibrary()
	var lc *tui.LibraryChangedError
	if !errors.As(first, &lc) || !errors.Is(first, index.ErrReplaced) {
		t.Fatalf("a source added: %v, want a LibraryChangedError that is index.ErrReplaced", first)
	}
	if again := w.Check(); again != first {
		t.Errorf("a second read met %v, want the same error as the first", again)
	}

	stamp, racy := w.opening()
	if err := w.LookAtLibrary(); err != nil {
		t.Errorf("while the index is opened again: %v", err)
	}
	w.openedAt(stamp, racy)
	if err := w.LookAtLibrary(); err != nil {
		t.Errorf("the index opened again after the change: %v", err)
	}

	// Opened just after a change (racy): quiet while the change is
	// recent, one more opening once it is not.
	now = time.Now()
	w.openedAt(w.opening())
	if !w.racy {
		t.Fatal("a stamp taken just after a change is not racy")
	}
	if err := w.LookAtLibrary(); err != nil {
		t.Errorf("a recent stamp looked at again at once: %v", err)
	}
	now = now.Add(3 * time.Second)
	if err := w.LookAtLibrary(); err == nil {
		t.Error("a recent stamp is never looked at again once older")
	}
	w.openedAt(w.opening())
	if err := w.LookAtLibrary(); err != nil {
		t.Errorf("a settled stamp, nothing changed: %v", err)
	}
}
