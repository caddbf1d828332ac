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

// TestOutputIntoTheCorpusFolderIsRefused: a folder named by --corpus is
// read as the corpus, as the library's folder is. `export --corpus DIR -o
// DIR/themes.yaml` wrote a pack there and every search of DIR then failed
// on a YAML error; a pack in DIR/sources warned on every command; --force
// overwrote the very source the pack quoted. Each is refused now, and a
// name outside the folder is still written.
func TestOutputIntoTheCorpusFolderIsRefused(t *testing.T) {
	dir := t.TempDir()
	src := filepath.Join(dir, "sources", "waits.md")
	os.MkdirAll(filepath.Dir(src), 0o755)
	const body = "---\ntitle: Waits\npublisher: P\ndate: 2024\ntype: report\n---\nIn 2024, 45% of children waited more than 18 weeks for an assessment.\n"
	if err := os.WriteFile(src, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	link := filepath.Join(t.TempDir(), "corpus")
	os.Symlink(dir, link)
	for _, args := range [][]string{
		{"-o", filepath.Join(dir, "themes.yaml")},
		{"-o", filepath.Join(dir, "sources", "pack.md")},
		{"-o", src, "--force"},
		{"-o", filepath.Join(link, "thesaurus.yaml")},
	} {
		_, stderr, code := cli(t, append([]string{"export", "waited", "--corpus", dir}, args...)...)
		if code == 0 || !strings.Contains(stderr, "is in the corpus folder") {
			t.Errorf("%v: exit %d, %q, want it refused as in the corpus folder", args, code, stderr)
		}
	}
	for _, p := range []string{filepath.Join(dir, "themes.yaml"), filepath.Join(dir, "thesaurus.yaml"), filepath.Join(dir, "sources", "pack.md")} {
		if _, err := os.Stat(p); err == nil {
			t.Errorf("a pack was written into the corpus: %s", p)
		}
	}
	if got, _ := os.ReadFile(src); string(got) != body {
		t.Errorf("the corpus's source was overwritten:\n%s", got)
	}
	out := filepath.Join(t.TempDir(), "pack.md")
	if _, stderr, code := cli(t, "export", "waited", "--corpus", dir, "-o", out); code != 0 {
		t.Fatalf("-o outside the corpus: exit %d, %s", code, stderr)
	}
	if data, _ := os.ReadFile(out); !strings.Contains(string(data), "45%") {
		t.Errorf("the pack outside the corpus lacks its figure:\n%s", data)
	}
}
