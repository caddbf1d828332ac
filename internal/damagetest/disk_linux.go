package damagetest

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// TinyDisk mounts a tmpfs of size ("256k", "64m") for the test and returns
// its folder, or skips the test where that is not allowed (not root, no
// mount namespace).
func TinyDisk(t testing.TB, size string) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "tiny")
	os.MkdirAll(dir, 0o755)
	if out, err := exec.Command("mount", "-t", "tmpfs", "-o", "size="+size, "tmpfs", dir).CombinedOutput(); err != nil {
		t.Skipf("cannot mount a small tmpfs here (%v: %s): the full-disk test needs root", err, bytes.TrimSpace(out))
	}
	t.Cleanup(func() { exec.Command("umount", dir).Run() })
	return dir
}

// Fill writes the file dir/name until the disk is full, then leaves room
// bytes free.
func Fill(t testing.TB, dir, name string, room int) {
	t.Helper()
	f, err := os.Create(filepath.Join(dir, name))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	chunk := make([]byte, 64<<10)
	for {
		if _, err := f.Write(chunk); err != nil {
			break
		}
	}
	// The last chunk may have been written in part.
	for {
		if _, err := f.Write(chunk[:1]); err != nil {
			break
		}
	}
	info, _ := f.Stat()
	f.Truncate(max(info.Size()-int64(room), 0))
}
