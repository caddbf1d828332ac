package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/damagetest"
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
	// writes any, come as warnings of their own, and a rebuild slowed past
	// two seconds on a loaded machine writes progress lines).
	own := 0
	for _, line := range strings.Split(strings.TrimSpace(stderr), "\n") {
		if !strings.HasPrefix(line, "warning: bleve: ") && !isProgressLine(line) {
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

// TestSegmentDamagedInPlaceIsRebuilt: bytes of a segment overwritten
// between runs, its size and time kept (before, "invalid character …
// after object key:value pair" or "snappy: corrupt input" on every run
// until the cache was deleted, or a Go panic), cost at most a rebuild with
// one warning: each search then answers exactly as on the whole index.
// Damage that still decodes (a dictionary that no longer holds "waiting":
// before, "total": 0 where the index holds 3) is found by the segments'
// checksums, so every seed's damage makes the first search rebuild.
func TestSegmentDamagedInPlaceIsRebuilt(t *testing.T) {
	for seed := int64(1); seed <= 6; seed++ {
		rebuilt := 0
		dir := corpusCopy(t)
		before := cacheEntries()
		want := map[string]string{}
		for _, q := range []string{"waiting", "autism"} {
			out, stderr, code := cli(t, "--corpus", dir, "search", q, "--format", "json")
			if code != 0 {
				t.Fatalf("seed %d: first search: %s", seed, stderr)
			}
			want[q] = out
		}
		for _, f := range segmentsOf(t, before) {
			damagetest.FlipBytes(t, f, seed, 50)
		}
		for _, q := range []string{"waiting", "autism"} {
			out, stderr, code := cli(t, "--corpus", dir, "search", q, "--format", "json")
			own := 0
			for _, line := range strings.Split(strings.TrimSpace(stderr), "\n") {
				if strings.HasPrefix(line, "warning: ") && !strings.HasPrefix(line, "warning: bleve: ") {
					own++
				}
			}
			if strings.Contains(stderr, "rebuilding") {
				rebuilt++
			}
			if code != 0 || out != want[q] || own > 1 || strings.Contains(stderr, "goroutine") {
				t.Errorf("seed %d: %s: exit %d, same answer %v, stderr %q", seed, q, code, out == want[q], stderr)
				got, was := strings.Split(out, "\n"), strings.Split(want[q], "\n")
				for i := range min(len(got), len(was)) {
					if got[i] != was[i] {
						t.Logf("line %d: %.300q, want %.300q", i+1, got[i], was[i])
						break
					}
				}
			}
		}
		if rebuilt != 1 {
			t.Errorf("seed %d: the damage was rebuilt %d times over two searches, want once", seed, rebuilt)
		}
	}
}

// TestDamageAfterTheRebuildIsAPlainError: an index damaged again once
// rebuilt (here cut short after every open) is rebuilt once, then the
// command fails plainly, exit 1: no loop, no trace.
func TestDamageAfterTheRebuildIsAPlainError(t *testing.T) {
	dir := corpusCopy(t)
	before := cacheEntries()
	if _, stderr, code := cli(t, "--corpus", dir, "search", "waiting"); code != 0 {
		t.Fatalf("first search: %s", stderr)
	}
	opens := 0
	afterOpen = func() {
		opens++
		for _, f := range segmentsOf(t, before) {
			os.Truncate(f, 0)
		}
	}
	defer func() { afterOpen = nil }()
	_, stderr, code := cli(t, "--corpus", dir, "search", "waiting")
	if code != 1 || opens != 2 || !strings.Contains(stderr, "rebuilt and still cannot be read") || strings.Contains(stderr, "goroutine") {
		t.Errorf("exit %d after %d opens, stderr %q", code, opens, stderr)
	}
}

// isProgressLine reports a line of the progress a slow build writes to a
// log ("indexing sources 1.0/2.0 MB (…)", "indexed 82 items in 3s").
func isProgressLine(line string) bool {
	for _, p := range []string{"reading ", "read ", "indexing ", "indexed "} {
		if strings.HasPrefix(line, p) {
			return true
		}
	}
	return false
}
