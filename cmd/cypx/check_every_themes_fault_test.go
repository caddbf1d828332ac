package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// 'cypx check' of a corpus whose themes.yaml has several faults, one of
// which stops every command (a name of an unknown theme), tells each at
// its line and goes on to the sources: before, it said the first fault
// alone and checked no source.
func TestCheckTellsEveryThemesFaultAndTheSources(t *testing.T) {
	dir := t.TempDir()
	os.MkdirAll(filepath.Join(dir, "sources"), 0o755)
	os.WriteFile(filepath.Join(dir, "sources", "ok.md"), []byte("---\ntitle: Pebble lane review\npublisher: Pebble Trust\ndate: 2024\ntype: report\n---\n61% of families waited over a month for a first visit.\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "sources", "typo.md"), []byte("---\ntitle: T\npublsher: P\ndate: 2024\ntype: report\n---\nBody text.\n"), 0o644)
	themesDoc := "themes:\n  - id: visits\n    label: Visits\n    terms: [visit]\n  - id: lanes\n    label: Lanes\n    terms: []\n  - id: pebbles\n    label: [P, Q]\n    terms: [pebble]\nnames:\n  - name: Pebble Trust\n    themes: [absent]\n"
	os.WriteFile(filepath.Join(dir, "themes.yaml"), []byte(themesDoc), 0o644)
	out, stderr, code := cli(t, "check", dir)
	if code != 1 {
		t.Fatalf("exit %d, want 1: %s", code, stderr)
	}
	for _, want := range []string{
		"sources/typo.md:3: unknown key \"publsher\"",
		"themes.yaml:5: theme \"lanes\" has no terms",
		"themes.yaml:9: label: want a single value",
		"themes.yaml:12: name \"Pebble Trust\": unknown theme \"absent\"",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("check does not say %q:\n%s", want, out)
		}
	}
	if !strings.Contains(stderr, "every command refuses") || !strings.Contains(stderr, "themes.yaml until its problems are mended") {
		t.Errorf("stderr %q does not say the themes file is refused", stderr)
	}
}
