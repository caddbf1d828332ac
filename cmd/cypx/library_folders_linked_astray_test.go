package main

import (
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// addOneSource makes a library in a home of its own holding one source,
// id "ok", and gives the library's folder.
func addOneSource(t *testing.T) string {
	t.Helper()
	home := t.TempDir()
	t.Setenv("CYPX_HOME", home)
	p := filepath.Join(t.TempDir(), "ok.md")
	os.WriteFile(p, []byte("---\ntitle: Lapwing rota review\npublisher: Marsh Board\ndate: 2024\ntype: report\n---\nIn 2024, 12 of 40 lapwing rota shifts were left unfilled.\n"), 0o644)
	if _, stderr, code := cli(t, "add", p, "--id", "ok"); code != 0 {
		t.Fatalf("add: exit %d, %s", code, stderr)
	}
	return filepath.Join(home, "data", "library")
}

// TestTrashLinkedIntoSourcesIsRefused: a library whose trash is a link to
// its own sources folder refuses 'cypx remove', as a trash leading out
// of the library is refused, and the source stays one source. Before
// (hostile check 86, F3): "moved ok to …/trash/ok-….md", and the moved
// file was read again as a source of that name.
func TestTrashLinkedIntoSourcesIsRefused(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("symbolic links need privileges on Windows")
	}
	lib := addOneSource(t)
	trash := filepath.Join(lib, "trash")
	os.RemoveAll(trash)
	if err := os.Symlink("sources", trash); err != nil {
		t.Fatal(err)
	}
	_, stderr, code := cli(t, "remove", "ok")
	if code == 0 || !strings.Contains(stderr, trash+" leads into "+filepath.Join(lib, "sources")) || !strings.Contains(stderr, "refused") {
		t.Errorf("remove: exit %d, %q; want the trash refused", code, stderr)
	}
	entries, _ := os.ReadDir(filepath.Join(lib, "sources"))
	if len(entries) != 1 || entries[0].Name() != "ok.md" {
		t.Errorf("the sources folder holds %v, want ok.md alone", entries)
	}
}

// TestSourcesLinkedOutOfTheLibraryIsSaid: a library whose sources folder
// is a link leading out of it is not read, and 'cypx library' and a search
// say why, in the words 'cypx add' refuses it with ("leads out of …:
// refused"), not that the library is empty. Before (hostile check 86,
// F4): "Your library (…) is empty" with no warning.
func TestSourcesLinkedOutOfTheLibraryIsSaid(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("symbolic links need privileges on Windows")
	}
	lib := addOneSource(t)
	sources := filepath.Join(lib, "sources")
	outside := t.TempDir() // an empty folder elsewhere
	os.Rename(sources, sources+".real")
	if err := os.Symlink(outside, sources); err != nil {
		t.Fatal(err)
	}
	leads := sources + ": leads out of " + lib + " (to " + outside + "): refused"
	out, stderr, code := cli(t, "library")
	if code != 0 || strings.Contains(out, "is empty") || !strings.Contains(stderr, "warning: "+leads) || !strings.Contains(out, "cannot be read") {
		t.Errorf("library: exit %d, %q %q; want the warning %q", code, out, stderr, leads)
	}
	_, stderr, _ = cli(t, "search", "lapwing")
	if !strings.Contains(stderr, "warning: "+leads) {
		t.Errorf("search: %q; want the warning", stderr)
	}
}
