package index_test

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/atomicfile"
	"github.com/cypx/cypx/internal/index"
)

// TestIndexDamageNamesTheFile: the forms of damage the other tests of it
// do not make — a segment file deleted, the index folder replaced by a
// file, a file or folder of it (or the folder itself) a loop of symbolic
// links — open as ErrDamaged naming the file, in cypx's words, whether
// opened to read or to write. Before: "a file of it is missing or
// unreadable" (no file named), "stat …/index_meta.json: not a directory",
// and "too many levels of symbolic links".
func TestIndexDamageNamesTheFile(t *testing.T) {
	selfLink := func(f string) error {
		if err := os.RemoveAll(f); err != nil {
			return err
		}
		return os.Symlink(filepath.Base(f), f)
	}
	loopWord := func(f string) string { return (&atomicfile.LinkLoopError{Path: f}).Error() }
	for _, c := range []struct {
		name   string
		file   func(dir string) string
		damage func(string) error
		want   func(f string) string
	}{
		{"segment deleted", segment, os.Remove, func(f string) string { return f + " is missing" }},
		{"index folder a file", func(dir string) string { return dir },
			func(f string) error { os.RemoveAll(f); return os.WriteFile(f, []byte("x"), 0o600) },
			func(f string) string { return f + " is a file, not a folder" }},
		{"index folder a loop", func(dir string) string { return dir }, selfLink, loopWord},
		{"store folder a loop", func(dir string) string { return filepath.Join(dir, "store") }, selfLink, loopWord},
		{"metadata a loop", func(dir string) string { return filepath.Join(dir, "index_meta.json") }, selfLink, loopWord},
		{"store file a loop", func(dir string) string { return filepath.Join(dir, "store", "root.bolt") }, selfLink, loopWord},
		{"segment a loop", segment, selfLink, loopWord},
	} {
		for _, readOnly := range []bool{true, false} {
			dir := builtOnDisk(t)
			target := c.file(dir)
			if err := c.damage(target); err != nil {
				t.Fatal(err)
			}
			ix, err := index.Open(dir, readOnly)
			if err == nil {
				ix.Close()
				t.Errorf("%s (read only %v): opened", c.name, readOnly)
				continue
			}
			msg := err.Error()
			if !errors.Is(err, index.ErrDamaged) {
				t.Errorf("%s (read only %v): %q, want the index damaged", c.name, readOnly, msg)
			}
			if want := c.want(target); !strings.Contains(msg, want) {
				t.Errorf("%s (read only %v): %q, want %q", c.name, readOnly, msg, want)
			}
			for _, words := range []string{"\n", "not a directory", "too many levels", "no such file", "missing or unreadable"} {
				if strings.Contains(msg, words) {
					t.Errorf("%s (read only %v): %q holds the system's words (%q)", c.name, readOnly, msg, words)
				}
			}
		}
	}
}

// segment is the one segment file of a one-item index at dir.
func segment(dir string) string {
	zaps, _ := filepath.Glob(filepath.Join(dir, "store", "*.zap"))
	if len(zaps) != 1 {
		return filepath.Join(dir, "store", "no segment")
	}
	return zaps[0]
}
