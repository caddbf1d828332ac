package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestSavedAddRefusesADamagedFileBeforeItsSearch: `saved add` with a
// saved-searches file that cannot be read refuses at once, naming the
// file, before it opens the corpus or builds an index: a corpus that
// cannot be opened is never reached. Before (hostile check 86, F10), the
// search ran first (indexing a library for minutes) and the file was
// refused after.
func TestSavedAddRefusesADamagedFileBeforeItsSearch(t *testing.T) {
	path := filepath.Join(os.Getenv("CYPX_HOME"), "state", "saved.json")
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte("{"), 0o644); err != nil {
		t.Fatal(err)
	}
	defer os.Remove(path)
	_, stderr, code := cli(t, "saved", "add", "waits", "waited", "--corpus", filepath.Join(t.TempDir(), "no-such-corpus"))
	if code == 0 || !strings.Contains(stderr, "not a cypx saved-search file") || strings.Contains(stderr, "no-such-corpus") {
		t.Errorf("exit %d, %q; want the saved-searches file refused before the corpus is read", code, stderr)
	}
	if data, _ := os.ReadFile(path); string(data) != "{" {
		t.Errorf("the damaged file was changed: %q", data)
	}
}
