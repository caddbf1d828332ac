// Package atomicfile writes files so that a reader, or a crash at any
// moment, sees either the old content or the new, never half of it: the
// data goes to a temporary file in the same folder, is synced, and is
// renamed over the old file.
package atomicfile

import (
	"os"
	"path/filepath"
	"time"
)

// staleAfter is how old a temporary file must be to be taken for the
// leftover of a writer that was killed: a live write takes milliseconds.
const staleAfter = 10 * time.Minute

// Write replaces path with data atomically, creating its folder if needed.
func Write(path string, data []byte) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	removeStale(path)
	f, err := os.CreateTemp(filepath.Dir(path), tempPrefix(path)+"*")
	if err != nil {
		return err
	}
	tmp := f.Name()
	_, err = f.Write(data)
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp, path)
	}
	if err != nil {
		os.Remove(tmp)
	}
	return err
}

func tempPrefix(path string) string { return ".tmp-" + filepath.Base(path) + "-" }

// removeStale deletes the temporary files that killed writers of path left
// beside it.
func removeStale(path string) {
	left, _ := filepath.Glob(filepath.Join(filepath.Dir(path), tempPrefix(path)+"*"))
	for _, f := range left {
		if info, err := os.Stat(f); err == nil && time.Since(info.ModTime()) > staleAfter {
			os.Remove(f)
		}
	}
}
