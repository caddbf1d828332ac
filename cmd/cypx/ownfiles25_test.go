package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestOutputOntoCypxsOwnFilesIsRefused: `cypx export --basket -o
// …/basket.json --force` (or -o the history, the saved searches, the
// settings, a file in the library's folder of sources) is refused, even
// with --force, naming what the file is; nothing is written (round 25, red
// team). Before: the pack replaced the basket it was exported from, and
// the next `cypx basket list` said "not a basket file"; a pack written into
// the library's sources was read as a source that failed to load.
func TestOutputOntoCypxsOwnFilesIsRefused(t *testing.T) {
	home := os.Getenv("CYPX_HOME")
	cli(t, "basket", "clear")
	rec := idOf(t, "nhsp-2024-forgotten-generation-recommendations", "review of transitions")
	if _, stderr, code := cli(t, "basket", "add", rec); code != 0 {
		t.Fatal(stderr)
	}
	defer cli(t, "basket", "clear")
	basketFile := filepath.Join(home, "state", "basket.json")
	before, _ := os.ReadFile(basketFile)
	sources := filepath.Join(home, "data", "library", "sources")
	os.MkdirAll(sources, 0o755)
	link := filepath.Join(t.TempDir(), "link.json")
	os.Symlink(basketFile, link)
	for path, want := range map[string]string{
		basketFile:                        "is cypx's basket",
		link:                              "is cypx's basket",
		filepath.Join(sources, "pack.md"): "is in cypx's library of sources",
		// The library's themes.yaml and thesaurus.yaml and the index
		// cache are cypx's too (round 40, held-out check: a pack over
		// themes.yaml made every search fail).
		filepath.Join(home, "data", "library", "themes.yaml"):    "is in cypx's library folder",
		filepath.Join(home, "data", "library", "thesaurus.yaml"): "is in cypx's library folder",
		filepath.Join(home, "cache", "pack.md"):                  "is in cypx's index cache",
	} {
		_, stderr, code := cli(t, "export", "--basket", "--format", "json", "-o", path, "--force")
		if code == 0 || !strings.Contains(stderr, want) {
			t.Errorf("-o %s: exit %d, %q, want %q", path, code, stderr, want)
		}
	}
	if after, _ := os.ReadFile(basketFile); string(after) != string(before) {
		t.Errorf("the basket was overwritten:\n%s", after)
	}
	for _, p := range []string{filepath.Join(sources, "pack.md"), filepath.Join(home, "data", "library", "themes.yaml"), filepath.Join(home, "data", "library", "thesaurus.yaml"), filepath.Join(home, "cache", "pack.md")} {
		if _, err := os.Stat(p); err == nil {
			t.Errorf("a pack was written to cypx's own %s", p)
		}
	}
}
