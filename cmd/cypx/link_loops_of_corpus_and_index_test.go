package main

import (
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/atomicfile"
	"github.com/cypx/cypx/internal/damagetest"
	"github.com/cypx/cypx/internal/paths"
)

// TestCorpusLinkLoopsAreSaidPlainly: a corpus folder, its sources folder
// or its themes.yaml (a --corpus folder's, or the library's) that is a
// loop of symbolic links is refused in the words of every other loop
// (atomicfile.LinkLoopError), naming it. Before: "--corpus DIR: too many
// levels of symbolic links", "DIR: no sources folder in it", and a
// themes.yaml loop passed over for the bundled themes without a word.
func TestCorpusLinkLoopsAreSaidPlainly(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("symbolic links need privileges on Windows")
	}
	loop := func(a, b string) { damagetest.LinkLoop(t, a, b) }
	top := t.TempDir()
	loop(filepath.Join(top, "c1"), filepath.Join(top, "c2"))
	sources := corpusCopy(t)
	os.RemoveAll(filepath.Join(sources, "sources"))
	loop(filepath.Join(sources, "sources"), filepath.Join(sources, "s2"))
	themes := corpusCopy(t)
	loop(filepath.Join(themes, "themes.yaml"), filepath.Join(themes, "t2"))
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"--corpus", filepath.Join(top, "c1"), "search", "waiting"}, said("--corpus " + filepath.Join(top, "c1"))},
		{[]string{"check", filepath.Join(top, "c1")}, said(filepath.Join(top, "c1"))},
		{[]string{"--corpus", sources, "search", "waiting"}, said(filepath.Join(sources, "sources"))},
		{[]string{"check", sources}, said(filepath.Join(sources, "sources"))},
		{[]string{"--corpus", themes, "search", "waiting"}, said(filepath.Join(themes, "themes.yaml"))},
		{[]string{"check", themes}, said(filepath.Join(themes, "themes.yaml"))},
	} {
		_, stderr, code := cli(t, c.args...)
		if code == 0 || !strings.Contains(stderr, c.want) || strings.Contains(stderr, "too many") || strings.Contains(stderr, "no sources folder") {
			t.Errorf("%q: exit %d, %q, want %q", c.args, code, stderr, c.want)
		}
	}

	// The library's own themes.yaml, searched with the bundled corpus.
	t.Setenv("CYPX_HOME", t.TempDir())
	data, err := paths.Data()
	if err != nil {
		t.Fatal(err)
	}
	lib := filepath.Join(data, "library")
	os.MkdirAll(filepath.Join(lib, "sources"), 0o755)
	loop(filepath.Join(lib, "themes.yaml"), filepath.Join(lib, "t2"))
	for _, args := range [][]string{{"search", "waiting"}, {"check"}} {
		_, stderr, code := cli(t, args...)
		if code == 0 || !strings.Contains(stderr, said(filepath.Join(lib, "themes.yaml"))) {
			t.Errorf("the library's themes.yaml a loop, %q: exit %d, %q", args, code, stderr)
		}
	}
}

// TestIndexDamageWarningsNameTheFile: a segment file deleted, the index
// folder replaced by a file, and its store folder or metadata made a loop
// of symbolic links, between runs, cost `cypx search` one warning saying
// the index is damaged, naming the file in cypx's words, and a rebuild;
// the search answers as before. Before: "a file of it is missing or
// unreadable" (no file named), "stat …/index_meta.json: not a directory",
// "too many levels of symbolic links". (A link where the index folder
// goes, a loop or not, is removed with a warning of its own, as before.)
func TestIndexDamageWarningsNameTheFile(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("symbolic links need privileges on Windows")
	}
	dir := corpusCopy(t)
	before := cacheEntries()
	args := []string{"--corpus", dir, "search", "waiting", "--format", "json"}
	want, stderr, code := cli(t, args...)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	index := filepath.Dir(filepath.Dir(segmentsOf(t, before)[0]))
	selfLink := func(f string) (string, error) {
		if err := os.RemoveAll(f); err != nil {
			return "", err
		}
		return said(f), os.Symlink(filepath.Base(f), f)
	}
	for _, c := range []struct {
		name   string
		damage func() (string, error)
	}{
		{"segment deleted", func() (string, error) {
			seg := segmentsOf(t, before)[0]
			return seg + " is missing", os.Remove(seg)
		}},
		{"index folder a file", func() (string, error) {
			os.RemoveAll(index)
			return index + " is a file, not a folder", os.WriteFile(index, []byte("x"), 0o600)
		}},
		{"store folder a loop", func() (string, error) { return selfLink(filepath.Join(index, "store")) }},
		{"metadata a loop", func() (string, error) { return selfLink(filepath.Join(index, "index_meta.json")) }},
	} {
		words, err := c.damage()
		if err != nil {
			t.Fatal(err)
		}
		out, stderr, code := cli(t, args...)
		var warnings []string
		for _, line := range strings.Split(strings.TrimSpace(stderr), "\n") {
			if line != "" && !isProgressLine(line) {
				warnings = append(warnings, line)
			}
		}
		if code != 0 || out != want {
			t.Errorf("%s: exit %d, same answer %v, stderr %q", c.name, code, out == want, stderr)
		}
		if len(warnings) != 1 || !strings.Contains(warnings[0], "(the index is damaged: "+words) || !strings.HasSuffix(warnings[0], ": rebuilding") {
			t.Errorf("%s: warnings %q, want one saying the index is damaged (%q) and rebuilding", c.name, warnings, words)
		}
		if info, err := os.Lstat(filepath.Join(index, "store")); err != nil || !info.IsDir() {
			t.Errorf("%s: the index was not rebuilt in place: %v", c.name, err)
		}
	}
}

// said is how every path says a loop of links at path.
func said(path string) string { return (&atomicfile.LinkLoopError{Path: path}).Error() }
