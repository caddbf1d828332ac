//go:build unix

package filelock

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// TestLockRefusesWhatIsNotAPlainFile: a symbolic link planted where a lock
// file goes (before, it made cypx create an empty file where it pointed),
// or a FIFO, is refused with an error naming it; the link's target is
// neither created nor changed.
func TestLockRefusesWhatIsNotAPlainFile(t *testing.T) {
	dir := t.TempDir()
	outside := filepath.Join(t.TempDir(), "outside")
	link := filepath.Join(dir, "basket.json.lock")
	if err := os.Symlink(outside, link); err != nil {
		t.Fatal(err)
	}
	if unlock, err := Lock(link); err == nil || !strings.Contains(err.Error(), "is a symbolic link") {
		if err == nil {
			unlock()
		}
		t.Errorf("a symbolic link as the lock file: %v, want it refused as a symbolic link", err)
	}
	if _, err := os.Lstat(outside); err == nil {
		t.Error("the link's target was created")
	}
	kept := filepath.Join(t.TempDir(), "kept")
	os.WriteFile(kept, []byte("notes"), 0o600)
	os.Remove(link)
	os.Symlink(kept, link)
	if unlock, err := Lock(link); err == nil || !strings.Contains(err.Error(), "is a symbolic link") {
		if err == nil {
			unlock()
		}
		t.Errorf("a symbolic link to a file as the lock file: %v, want it refused as a symbolic link", err)
	}
	if b, _ := os.ReadFile(kept); string(b) != "notes" {
		t.Errorf("the link's target changed: %q", b)
	}
	fifo := filepath.Join(dir, "lock")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Fatal(err)
	}
	if unlock, err := Lock(fifo); err == nil || !strings.Contains(err.Error(), "not a plain file") {
		if err == nil {
			unlock()
		}
		t.Errorf("a FIFO as the lock file: %v, want it refused as not a plain file", err)
	}
	// A plain lock file still locks, and again after it is released.
	for range 2 {
		unlock, err := Lock(filepath.Join(dir, "plain.lock"))
		if err != nil {
			t.Fatal(err)
		}
		unlock()
	}
}
