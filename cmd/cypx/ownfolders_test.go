package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestOutputNamingCypxsOwnFolderIsRefusedAsIt: `-o` naming one of cypx's
// own folders (the library's, its sources, the cache, a --corpus folder)
// is refused as that folder, by the rule a name in it is (ownFileError),
// with no name in it suggested. Before: "is a folder: give a file name in
// it, such as …/data/library/briefing.md", a name then refused.
func TestOutputNamingCypxsOwnFolderIsRefusedAsIt(t *testing.T) {
	home := os.Getenv("CYPX_HOME")
	library := filepath.Join(home, "data", "library")
	os.MkdirAll(filepath.Join(library, "sources"), 0o755)
	os.MkdirAll(filepath.Join(home, "cache"), 0o755)
	for path, want := range map[string]string{
		library:                                              "is cypx's library folder",
		filepath.Join(library, "sources"):                    "is cypx's library of sources",
		filepath.Join(home, "cache"):                         "is cypx's index cache",
		filepath.Join(library, "sources/"):                   "is cypx's library of sources",
		filepath.Join(library, ".", "."):                     "is cypx's library folder",
		filepath.Join(home, "data", "..", "data", "library"): "is cypx's library folder",
	} {
		_, stderr, code := cli(t, "export", "waited", "-o", path)
		if code == 0 || !strings.Contains(stderr, want) || strings.Contains(stderr, "such as") {
			t.Errorf("-o %s: exit %d, %q, want %q", path, code, stderr, want)
		}
	}
	dir := t.TempDir()
	os.MkdirAll(filepath.Join(dir, "sources"), 0o755)
	os.WriteFile(filepath.Join(dir, "sources", "w.md"), []byte("---\ntitle: Waits\npublisher: P\ndate: 2024\ntype: report\n---\nIn 2024, 45% of children waited more than 18 weeks.\n"), 0o644)
	_, stderr, code := cli(t, "export", "waited", "--corpus", dir, "-o", dir)
	if code == 0 || !strings.Contains(stderr, "is the corpus folder") || strings.Contains(stderr, "such as") {
		t.Errorf("-o the corpus folder: exit %d, %q", code, stderr)
	}
	// A folder of the user's own is still told to take a file name.
	other := t.TempDir()
	if _, stderr, _ := cli(t, "export", "waited", "-o", other); !strings.Contains(stderr, "is a folder: give a file name in it") {
		t.Errorf("-o a folder of the user's: %q", stderr)
	}
}
