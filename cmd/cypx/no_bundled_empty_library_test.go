package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// --no-bundled refuses a library of no source that loads by one rule: no
// library yet, a sources folder of no file (which a failed 'cypx add'
// leaves), and files each skipped for a problem. Before, only the first
// was refused; after a failed add, the same command searched 0 items, exit
// status 0 (hostile check 60).
func TestNoBundledRefusesALibraryOfNoSourceThatLoads(t *testing.T) {
	home := t.TempDir()
	t.Setenv("CYPX_HOME", home)
	refused := func(when, want string) {
		t.Helper()
		for _, args := range [][]string{{"--no-bundled", "search", "waiting"}, {"--no-bundled", "items"}} {
			out, stderr, code := cli(t, args...)
			if code != 1 || out != "" || !strings.Contains(stderr, want) {
				t.Errorf("%s: %v: exit %d, %q, %s", when, args, code, out, stderr)
			}
		}
	}
	refused("no library", "is empty; add reports with 'cypx add FILE'")
	empty := filepath.Join(t.TempDir(), "empty.txt")
	os.WriteFile(empty, nil, 0o644)
	if _, _, code := cli(t, "add", empty); code == 0 {
		t.Fatal("an empty file was imported")
	}
	refused("after a failed add", "is empty; add reports with 'cypx add FILE'")
	// The error alone, as every command gives it: items and themes
	// warned "sources: no source files (*.md) found" first (hostile
	// check 63 L1).
	for _, args := range [][]string{{"--no-bundled", "items"}, {"--no-bundled", "themes"}, {"--no-bundled", "search", "waiting"}} {
		if _, stderr, _ := cli(t, args...); strings.Contains(stderr, "warning") || strings.Count(strings.TrimSpace(stderr), "\n") != 0 {
			t.Errorf("%v on an empty sources folder: %q", args, stderr)
		}
	}
	srcs, _ := filepath.Glob(filepath.Join(home, "*", "library", "sources"))
	if len(srcs) != 1 {
		t.Fatalf("the failed add left no sources folder: %v", srcs)
	}
	os.WriteFile(filepath.Join(srcs[0], "broken.md"), []byte("---\ntitle: [Kite\n---\nSome text.\n"), 0o644)
	refused("a broken source alone", "holds no source that loads (1 file, each skipped for its problems, which 'cypx check "+filepath.Dir(srcs[0])+"' lists)")
	if _, stderr, _ := cli(t, "--no-bundled", "items"); !strings.Contains(stderr, "warning: ") || !strings.Contains(stderr, "broken.md") {
		t.Errorf("the skipped file's problem is not warned of: %q", stderr)
	}
	// The bundled corpus is still searched without the flag.
	if _, stderr, code := cli(t, "search", "waiting"); code != 0 {
		t.Errorf("without --no-bundled: exit %d, %s", code, stderr)
	}
}

// TestNoBundledRefusalCountsFilesAndNamesACheckThatWorks: a library of a
// folder named sub.md and a file of two problems is refused counting 2
// files, as 'cypx check' counts them, and naming 'cypx check LIBRARY',
// which lists the problems; 'cypx --no-bundled check' lists them too, its
// library checked with the bundled themes. Before: "(3 files, …)" beside
// check's "3 problems in 2 files", and 'cypx --no-bundled check' said "no
// themes.yaml in the corpus" (hostile check 64 L5).
func TestNoBundledRefusalCountsFilesAndNamesACheckThatWorks(t *testing.T) {
	home := t.TempDir()
	t.Setenv("CYPX_HOME", home)
	empty := filepath.Join(t.TempDir(), "empty.txt")
	os.WriteFile(empty, nil, 0o644)
	cli(t, "add", empty) // refused, leaving the library's sources folder
	srcs, _ := filepath.Glob(filepath.Join(home, "*", "library", "sources"))
	if len(srcs) != 1 {
		t.Fatalf("no sources folder: %v", srcs)
	}
	lib := filepath.Dir(srcs[0])
	os.Mkdir(filepath.Join(srcs[0], "sub.md"), 0o755)
	os.WriteFile(filepath.Join(srcs[0], "two.md"), []byte("---\ntitle: \npublisher: Fenwick Trust\ndate: someday\ntype: report\n---\nSchool nurses saw 40 pupils.\n"), 0o644)
	_, stderr, code := cli(t, "--no-bundled", "items")
	if code != 1 || !strings.Contains(stderr, "holds no source that loads (2 files, each skipped for its problems, which 'cypx check "+lib+"' lists)") {
		t.Fatalf("exit %d, %q", code, stderr)
	}
	for _, args := range [][]string{{"check", lib}, {"--no-bundled", "check"}} {
		out, stderr, code := cli(t, args...)
		if code != 1 || !strings.Contains(stderr, "3 problems in 2 files") || !strings.Contains(out, "sub.md") || !strings.Contains(out, "two.md:2") {
			t.Errorf("%v: exit %d, %q %q", args, code, out, stderr)
		}
	}
}
