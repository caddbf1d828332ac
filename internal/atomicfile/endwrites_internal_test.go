package atomicfile

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestEndWritesRemovesTheTemporaryFile: a process ending in the middle of
// a write (SIGTERM during `cypx add f*.md`) removes the write's temporary
// file; the file keeps its old content, and no hidden .tmp-… file is left
// beside it (hostile check 43).
func TestEndWritesRemovesTheTemporaryFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "waits.md")
	if err := os.WriteFile(path, []byte("old"), 0o644); err != nil {
		t.Fatal(err)
	}
	var seen string
	beforeRename = func(tmp string) {
		seen = tmp
		if _, err := os.Stat(tmp); err != nil {
			t.Errorf("the temporary file is not there mid-write: %v", err)
		}
		EndWrites()
		if _, err := os.Stat(tmp); err == nil {
			t.Errorf("EndWrites left %s", tmp)
		}
	}
	defer func() { beforeRename = nil }()
	if err := Write(path, []byte("new")); err == nil {
		t.Error("a write whose temporary file was removed said it was done")
	}
	if seen == "" {
		t.Fatal("the write never reached its rename")
	}
	if b, _ := os.ReadFile(path); string(b) != "old" {
		t.Errorf("the file holds %q, want its old content", b)
	}
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), ".tmp-") {
			t.Errorf("left %s", e.Name())
		}
	}
	beforeRename = nil
	// Writes go on once released (a test's process goes on).
	if err := Write(path, []byte("new")); err != nil {
		t.Fatal(err)
	}
	if len(temps.open) != 0 {
		t.Errorf("writes still counted as under way: %v", temps.open)
	}
}
