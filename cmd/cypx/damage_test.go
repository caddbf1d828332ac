package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// corpusCopy copies the bundled corpus's sources to a folder of its own,
// so its cache entry is the test's alone.
func corpusCopy(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	os.MkdirAll(filepath.Join(dir, "sources"), 0o755)
	entries, _ := bundledFS().(interface {
		ReadDir(string) ([]os.DirEntry, error)
	}).ReadDir("sources")
	for _, e := range entries {
		f, _ := bundledFS().Open("sources/" + e.Name())
		data := make([]byte, 1<<20)
		n, _ := f.Read(data)
		os.WriteFile(filepath.Join(dir, "sources", e.Name()), data[:n], 0o644)
	}
	return dir
}

// segmentsOf lists the segment files of the cache entries made since
// before was listed.
func segmentsOf(t *testing.T, before map[string]bool) []string {
	t.Helper()
	var segs []string
	dirs, _ := filepath.Glob(filepath.Join(os.Getenv("CYPX_HOME"), "cache", "index-*"))
	for _, d := range dirs {
		if !before[d] {
			s, _ := filepath.Glob(filepath.Join(d, "index", "store", "*.zap"))
			segs = append(segs, s...)
		}
	}
	if len(segs) == 0 {
		t.Fatal("no segment files in the new cache entry")
	}
	return segs
}

func cacheEntries() map[string]bool {
	dirs, _ := filepath.Glob(filepath.Join(os.Getenv("CYPX_HOME"), "cache", "index-*"))
	m := map[string]bool{}
	for _, d := range dirs {
		m[d] = true
	}
	return m
}

// TestDamagedIndexIsRebuiltNotFatal: a segment cut short between runs, or
// while a command runs, costs a rebuild with a warning, and the command
// still answers in full.
func TestDamagedIndexIsRebuiltNotFatal(t *testing.T) {
	dir := corpusCopy(t)
	before := cacheEntries()
	want, stderr, code := cli(t, "--corpus", dir, "search", "waiting", "--format", "json")
	if code != 0 {
		t.Fatalf("first search: %s", stderr)
	}
	segs := segmentsOf(t, before)
	for _, f := range segs {
		os.Truncate(f, 100)
	}
	out, stderr, code := cli(t, "--corpus", dir, "search", "waiting", "--format", "json")
	// One warning of cypx's own, on one line (bleve's log lines, when it
	// writes any, come as warnings of their own).
	own := 0
	for _, line := range strings.Split(strings.TrimSpace(stderr), "\n") {
		if !strings.HasPrefix(line, "warning: bleve: ") {
			own++
		}
	}
	if code != 0 || out != want || !strings.Contains(stderr, "rebuilding") || own != 1 {
		t.Errorf("after damage between runs: exit %d, same answer %v, stderr %q", code, out == want, stderr)
	}
	// Damage while the command runs: the index is cut short once open.
	afterOpen = func() {
		afterOpen = nil
		for _, f := range segmentsOf(t, before) {
			os.Truncate(f, 0)
		}
	}
	defer func() { afterOpen = nil }()
	out, stderr, code = cli(t, "--corpus", dir, "search", "waiting", "--format", "json")
	if code != 0 || out != want || !strings.Contains(stderr, "damaged") {
		t.Errorf("after damage while open: exit %d, same answer %v, stderr %q", code, out == want, stderr)
	}
}
