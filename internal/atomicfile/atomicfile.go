// Package atomicfile writes files so that a reader, or a crash at any
// moment, sees either the old content or the new, never half of it: the
// data goes to a temporary file in the same folder, is synced, and is
// renamed over the old file.
package atomicfile

import (
	"os"
	"path/filepath"
)

// Write replaces path with data atomically, creating its folder if needed.
func Write(path string, data []byte) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	f, err := os.CreateTemp(filepath.Dir(path), ".tmp-"+filepath.Base(path)+"-*")
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
