package index_test

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/index"
)

// builtOnDisk builds a one-item index in a folder of its own and closes
// it, returning the folder.
func builtOnDisk(t *testing.T) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "index")
	ix, err := index.Build(context.Background(), dir, []evidence.Item{{ID: "a#00000001", Kind: evidence.Excerpt, Text: "Children waited.",
		Source: evidence.Source{ID: "a", Title: "A", Publisher: "P", Date: evidence.Date{Year: 2024}, Type: evidence.News}}}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := ix.Close(); err != nil {
		t.Fatal(err)
	}
	return dir
}

// TestIndexFilesLostOrOverwrittenAreDamage: the files bleve opens before
// any segment, its index_meta.json and its store's root.bolt, deleted,
// emptied, cut short or overwritten between runs, open as ErrDamaged said
// in cypx's words, naming the file, on one line, whether the index is
// opened to read or to write. Before: bleve's and bbolt's words reached
// the user ("cannot open index, metadata missing", "metadata corrupt",
// "file size too small 4096", "invalid database", and for an emptied
// root.bolt "write …/root.bolt: bad file descriptor", bbolt's attempt to
// set up a new store in a file opened to read), and the cache rebuilt
// without calling it damage.
func TestIndexFilesLostOrOverwrittenAreDamage(t *testing.T) {
	garbage := func(n int) []byte {
		b := make([]byte, n)
		for i := range b {
			b[i] = byte(i*131 + 7)
		}
		return b
	}
	write := func(data []byte) func(string) error {
		return func(f string) error { return os.WriteFile(f, data, 0o600) }
	}
	truncate := func(n int64) func(string) error {
		return func(f string) error { return os.Truncate(f, n) }
	}
	zero := func(f string) error {
		info, err := os.Stat(f)
		if err != nil {
			return err
		}
		return os.WriteFile(f, make([]byte, info.Size()), 0o600)
	}
	folder := func(f string) error {
		if err := os.Remove(f); err != nil {
			return err
		}
		return os.Mkdir(f, 0o755)
	}
	// A trailer naming a file reader that cypx never registers: bleve
	// takes the bytes before it for that reader's input.
	hooked := append([]byte(`{"storage":"scorch"}ab`), 0, 0, 0, 2)
	for _, c := range []struct {
		name, file string
		damage     func(string) error
	}{
		{"metadata deleted", "index_meta.json", os.Remove},
		{"metadata emptied", "index_meta.json", truncate(0)},
		{"metadata cut short", "index_meta.json", truncate(20)},
		{"metadata overwritten", "index_meta.json", write(garbage(100))},
		{"metadata of an unknown index type", "index_meta.json", write([]byte(`{"storage":"scorch","index_type":"other"}`))},
		{"metadata naming a file reader", "index_meta.json", write(hooked)},
		{"store deleted", "store/root.bolt", os.Remove},
		{"store emptied", "store/root.bolt", truncate(0)},
		{"store cut to 4096 bytes", "store/root.bolt", truncate(4096)},
		{"store zeroed", "store/root.bolt", zero},
		{"store overwritten", "store/root.bolt", write(garbage(65536))},
		{"store folder deleted", "store", os.RemoveAll},
		{"index folder deleted", ".", os.RemoveAll},
		{"metadata a folder", "index_meta.json", folder},
		{"store a folder", "store/root.bolt", folder},
		{"store folder a file", "store", func(f string) error { os.RemoveAll(f); return os.WriteFile(f, nil, 0o600) }},
	} {
		for _, readOnly := range []bool{true, false} {
			dir := builtOnDisk(t)
			target := filepath.Join(dir, c.file)
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
			if !strings.Contains(msg, filepath.Clean(target)) {
				t.Errorf("%s (read only %v): %q does not name %s", c.name, readOnly, msg, target)
			}
			for _, words := range []string{"\n", "cannot open index", "metadata", "file size too small", "bad file descriptor",
				"invalid database", "no such file", "reader callback", "unknown index type", "version mismatch", "checksum error"} {
				if strings.Contains(msg, words) {
					t.Errorf("%s (read only %v): %q holds a library's words (%q)", c.name, readOnly, msg, words)
				}
			}
		}
	}
}

// TestLockTimeoutIsNotDamage: an index another writer holds is busy, not
// damaged: the caller is told the lock was not had, not that the index is
// broken.
func TestLockTimeoutIsNotDamage(t *testing.T) {
	dir := builtOnDisk(t)
	ix, err := index.Open(dir, false)
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	again, err := index.Open(dir, false)
	if err == nil {
		again.Close()
		t.Fatal("a second writer opened the index")
	}
	if errors.Is(err, index.ErrDamaged) {
		t.Errorf("a lock held elsewhere: %q, want no damage", err)
	}
}
