// Package damagetest damages index files for tests the way a disk, a
// backup tool or another program can: in place, keeping the file's size and
// modification time, so that no check of the file's stat can see it. On
// Linux it also mounts a small disk and fills it (TinyDisk, Fill), for the
// writes a full disk cuts short.
package damagetest

import (
	"math/rand"
	"os"
	"path/filepath"
	"testing"
	"time"
)

// FlipBytes changes n bytes of f at random places (the same seed, the same
// places), then gives f back its modification time. Each byte is XORed with
// a non-zero value, so every byte written differs from the one it replaces:
// a random value would match the byte already there one time in 256, and
// a test that damages one byte would then damage nothing.
func FlipBytes(t testing.TB, f string, seed int64, n int) {
	t.Helper()
	info, err := os.Stat(f)
	if err != nil {
		t.Fatal(err)
	}
	// The kernel stamps files from a clock that ticks every 4 ms here:
	// damage done in the tick the file was last written keeps its change
	// time too, which the index's file check cannot see, and a test that
	// builds, opens and damages at once can land in that tick (a damaged
	// dictionary then walked on one of bleve's goroutines is a crash). No
	// disk or program damages a file that fast after cypx wrote it; wait
	// for the next ticks first.
	if d := time.Since(info.ModTime()); d < 50*time.Millisecond {
		time.Sleep(50*time.Millisecond - d)
	}
	file, err := os.OpenFile(f, os.O_RDWR, 0)
	if err != nil {
		t.Fatal(err)
	}
	r := rand.New(rand.NewSource(seed))
	for range n {
		at := r.Int63n(info.Size())
		b := make([]byte, 1)
		if _, err := file.ReadAt(b, at); err != nil {
			t.Fatal(err)
		}
		b[0] ^= byte(1 + r.Intn(255))
		if _, err := file.WriteAt(b, at); err != nil {
			t.Fatal(err)
		}
	}
	if err := file.Close(); err != nil {
		t.Fatal(err)
	}
	if err := os.Chtimes(f, info.ModTime(), info.ModTime()); err != nil {
		t.Fatal(err)
	}
}

// LinkLoop makes a and b symbolic links to each other (by their base
// names, so both must be in one folder): a loop that no path through
// either ever leaves, as a mistaken `ln -s` or a sync tool can leave it.
func LinkLoop(t testing.TB, a, b string) {
	t.Helper()
	if err := os.Symlink(filepath.Base(b), a); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(filepath.Base(a), b); err != nil {
		t.Fatal(err)
	}
}
