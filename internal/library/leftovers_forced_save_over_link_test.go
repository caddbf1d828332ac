package library_test

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/library"
)

// "add --id y --force" where sources/y.md is a link wrote through it: a
// link to another source replaced that source, and a link to nothing
// created the file it named, so one report showed under two ids.
func TestForcedSaveReplacesALinkNotItsFile(t *testing.T) {
	lib := library.Library{Dir: t.TempDir()}
	src := filepath.Join(lib.Dir, "sources")
	if err := os.MkdirAll(src, 0o755); err != nil {
		t.Fatal(err)
	}
	a := []byte("---\nid: a\ntitle: A\npublisher: P\ndate: 2024\ntype: report\n---\n\nA's text.\n")
	if err := os.WriteFile(filepath.Join(src, "a.md"), a, 0o644); err != nil {
		t.Fatal(err)
	}
	for link, target := range map[string]string{"y.md": "a.md", "x.md": "gone.md"} {
		if err := os.Symlink(target, filepath.Join(src, link)); err != nil {
			t.Fatal(err)
		}
	}
	// Without --force the link is named, and what --force would do.
	if _, err := lib.Save("x", a, false); err == nil || !errors.Is(err, library.ErrExists) ||
		!strings.Contains(err.Error(), "x: already in the library as sources/x.md, a link to gone.md (pass --force to replace the link") {
		t.Errorf("save over a link without --force: %v", err)
	}
	for _, id := range []string{"y", "x"} {
		data := []byte("---\ntitle: " + id + "\npublisher: Q\ndate: 2023\ntype: report\n---\n\nNew text.\n")
		if _, err := lib.Save(id, data, true); err != nil {
			t.Fatalf("%s: %v", id, err)
		}
		path := filepath.Join(src, id+".md")
		info, err := os.Lstat(path)
		if err != nil || !info.Mode().IsRegular() {
			t.Errorf("%s.md is not a file of its own: %v %v", id, info.Mode(), err)
		}
		if got, _ := os.ReadFile(path); string(got) != string(data) {
			t.Errorf("%s.md holds %q", id, got)
		}
	}
	if got, _ := os.ReadFile(filepath.Join(src, "a.md")); string(got) != string(a) {
		t.Errorf("a.md, which y.md led to, was written: %q", got)
	}
	if _, err := os.Lstat(filepath.Join(src, "gone.md")); err == nil {
		t.Error("gone.md, which x.md led to, was created")
	}
	// A source that is a file is replaced keeping its mode, as before.
	os.Chmod(filepath.Join(src, "a.md"), 0o600)
	if _, err := lib.Save("a", a, true); err != nil {
		t.Fatal(err)
	}
	if info, err := os.Lstat(filepath.Join(src, "a.md")); err != nil || info.Mode() != 0o600 {
		t.Errorf("a.md replaced as %v, %v; want a file of mode 0600", info.Mode(), err)
	}
}
