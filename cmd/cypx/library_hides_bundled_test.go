package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A library source written by hand under a bundled source's file name
// hides the bundled one (the library's file is the one read): every
// command says so, at the file, and 'cypx check' counts it a problem.
// Before, the bundled story and its items were gone without a word and
// check said "ok: 5 sources".
func TestALibraryFileHidingABundledSourceIsWarned(t *testing.T) {
	dir := t.TempDir()
	home := filepath.Join(dir, "home")
	t.Setenv("CYPX_HOME", home)
	sources := filepath.Join(home, "data", "library", "sources")
	if err := os.MkdirAll(sources, 0o755); err != nil {
		t.Fatal(err)
	}
	const name = "hcl-2024-trusts-work-with-icbs.md"
	note := "---\ntitle: My notes\npublisher: Offham Practice\ndate: 2025-01-01\ntype: report\n---\n\nAbout 1,234 children were registered with the practice in 2024.\n"
	if err := os.WriteFile(filepath.Join(sources, name), []byte(note), 0o644); err != nil {
		t.Fatal(err)
	}
	want := "sources/" + name + ": has the file name of a source of the bundled corpus, which it hides"
	stdout, stderr, code := cli(t, "check")
	if code != 1 || !strings.Contains(stdout, want) || !strings.Contains(stderr, "1 problem") {
		t.Errorf("check: exit %d %q %q", code, stdout, stderr)
	}
	for _, args := range [][]string{{"search", "children"}, {"items"}} {
		stdout, stderr, code := cli(t, args...)
		if code != 0 || !strings.Contains(stderr, "warning: "+want) || !strings.Contains(stdout, "Offham Practice") {
			t.Errorf("%v: exit %d, stderr %q", args, code, stderr)
		}
	}
	// A name of its own keeps both: no warning, both publishers' items.
	if err := os.Rename(filepath.Join(sources, name), filepath.Join(sources, "offham-notes.md")); err != nil {
		t.Fatal(err)
	}
	stdout, stderr, code = cli(t, "items")
	if code != 0 || strings.Contains(stderr, "hides") || !strings.Contains(stdout, "Offham Practice") || !strings.Contains(stdout, "Healthcare Leader") {
		t.Errorf("renamed: exit %d, stderr %q", code, stderr)
	}
}
