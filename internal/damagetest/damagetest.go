// Package damagetest damages index files for tests the way a disk, a
// backup tool or another program can: in place, keeping the file's size and
// modification time, so that no check of the file's stat can see it.
package damagetest

import (
	"math/rand"
	"os"
	"testing"
)

// FlipBytes overwrites n bytes of f at random places with random values
// (the same seed, the same damage), then gives f back its modification time.
func FlipBytes(t testing.TB, f string, seed int64, n int) {
	t.Helper()
	info, err := os.Stat(f)
	if err != nil {
		t.Fatal(err)
	}
	file, err := os.OpenFile(f, os.O_RDWR, 0)
	if err != nil {
		t.Fatal(err)
	}
	r := rand.New(rand.NewSource(seed))
	for range n {
		if _, err := file.WriteAt([]byte{byte(r.Intn(256))}, r.Int63n(info.Size())); err != nil {
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
