//go:build !windows

package plainfile_test

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/cypx/cypx/internal/plainfile"
)

// TestReadRefusesWhatIsNotAPlainFile: a link to /dev/zero, a FIFO and a
// folder are refused at once, before anything is read (os.ReadFile read
// /dev/zero until memory ran out and waited for ever on a FIFO).
func TestReadRefusesWhatIsNotAPlainFile(t *testing.T) {
	dir := t.TempDir()
	zero := filepath.Join(dir, "config.yaml")
	if err := os.Symlink("/dev/zero", zero); err != nil {
		t.Fatal(err)
	}
	fifo := filepath.Join(dir, "basket.json")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Skip("cannot make a FIFO:", err)
	}
	folder := filepath.Join(dir, "themes.yaml")
	os.Mkdir(folder, 0o755)
	for _, path := range []string{zero, fifo, folder} {
		done := make(chan error, 1)
		go func() {
			_, err := plainfile.Read(path, 1<<20)
			done <- err
		}()
		select {
		case err := <-done:
			if !errors.Is(err, plainfile.ErrNotRegular) {
				t.Errorf("%s: %v, want ErrNotRegular", filepath.Base(path), err)
			}
			if err != nil && !strings.Contains(err.Error(), path) {
				t.Errorf("the error does not name the file: %v", err)
			}
		case <-time.After(60 * time.Second): // a guard against a hang (reading /dev/zero for ever), generous for a slow machine
			t.Fatalf("%s: still reading after 60 s", filepath.Base(path))
		}
	}
}

// TestReadBoundsSize: a file over the limit is refused with its size and
// the limit; one at the limit is read whole; a missing one is ErrNotExist.
func TestReadBoundsSize(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "history.json")
	os.WriteFile(path, make([]byte, 3<<10), 0o644)
	if _, err := plainfile.Read(path, 2<<10); !errors.Is(err, plainfile.ErrTooLarge) || !strings.Contains(err.Error(), "3 KB") || !strings.Contains(err.Error(), "2 KB") {
		t.Errorf("over the limit: %v", err)
	}
	if data, err := plainfile.Read(path, 3<<10); err != nil || len(data) != 3<<10 {
		t.Errorf("at the limit: %d bytes, %v", len(data), err)
	}
	if _, err := plainfile.Read(filepath.Join(dir, "missing"), 1); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("missing: %v, want fs.ErrNotExist", err)
	}
	if data, err := plainfile.ReadFS(os.DirFS(dir), "history.json", 4<<10); err != nil || len(data) != 3<<10 {
		t.Errorf("ReadFS: %d bytes, %v", len(data), err)
	}
}

// TestDecodeJSONRefusesKeysItWouldLose: keys alike in the objects of a
// list are no repeat; a key twice in one object, at any depth, and a key
// with no field are refused with their lines.
func TestDecodeJSONRefusesKeysItWouldLose(t *testing.T) {
	type search struct {
		Name string   `json:"name"`
		Seen []string `json:"seen"`
	}
	type file struct {
		Version  int      `json:"version"`
		Searches []search `json:"searches"`
	}
	var f file
	if err := plainfile.DecodeJSON([]byte(`{"version": 1, "searches": [{"name": "a", "seen": ["x"]}, {"name": "b", "seen": []}]}`), &f); err != nil || len(f.Searches) != 2 {
		t.Errorf("a list of objects of the same keys: %+v, %v", f, err)
	}
	for data, want := range map[string]plainfile.KeyError{
		"{\"version\": 1,\n\"searches\": [{\"name\": \"a\",\n\"name\": \"b\"}]}":                      {Key: "name", Line: 3, Twice: true},
		"{\"version\": 1,\n\"searches\": [{\"name\": \"a\", \"seen\": [\"x\"]},\n{\"nmae\": \"b\"}]}": {Key: "nmae", Line: 3},
		"{\"version\": 1, \"version\": 1}":                                                            {Key: "version", Line: 1, Twice: true},
	} {
		var f file
		err := plainfile.DecodeJSON([]byte(data), &f)
		var ke *plainfile.KeyError
		if !errors.As(err, &ke) || *ke != want {
			t.Errorf("%q: %v, want %+v", data, err, want)
		}
	}
}
