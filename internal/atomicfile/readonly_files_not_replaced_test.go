package atomicfile

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestReadOnlyFileIsNotReplaced: a file its owner made read-only is
// refused by Write, Replace and CanWrite, with the file and its mode named,
// and stays as it was; a writable file beside it is replaced as before.
// Before (hostile check 56), the rename needed only the folder's
// permission, so a read-only basket.json, config.yaml or library source
// was replaced, still read-only.
func TestReadOnlyFileIsNotReplaced(t *testing.T) {
	dir := t.TempDir()
	locked := filepath.Join(dir, "basket.json")
	if err := os.WriteFile(locked, []byte("old\n"), 0o444); err != nil {
		t.Fatal(err)
	}
	link := filepath.Join(dir, "link.json")
	if err := os.Symlink(locked, link); err != nil {
		t.Fatal(err)
	}
	for name, write := range map[string]func(string) error{
		"Write":            func(p string) error { return Write(p, []byte("new\n")) },
		"Replace":          func(p string) error { return Replace(p, []byte("new\n")) },
		"CanWrite":         CanWrite,
		"Write via a link": func(string) error { return Write(link, []byte("new\n")) },
	} {
		err := write(locked)
		var ro *ReadOnlyError
		if !errors.As(err, &ro) || !errors.Is(err, fs.ErrPermission) || !strings.Contains(err.Error(), "read-only (mode 0444)") {
			t.Errorf("%s over a read-only file: %v, want it refused as read-only", name, err)
		}
		if b, _ := os.ReadFile(locked); string(b) != "old\n" {
			t.Errorf("%s changed the read-only file: %q", name, b)
		}
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 2 {
		t.Errorf("files left in the folder: %v", entries)
	}
	open := filepath.Join(dir, "config.yaml")
	os.WriteFile(open, []byte("old\n"), 0o640)
	if err := Write(open, []byte("new\n")); err != nil {
		t.Fatalf("Write over a writable file: %v", err)
	}
	if b, _ := os.ReadFile(open); string(b) != "new\n" {
		t.Errorf("a writable file holds %q", b)
	}
}
