package main

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// 'cypx export --basket' of an empty basket writes no pack and exits 1,
// saying the basket is empty and how findings come into it, in every
// format and to standard output, as a basket of missing findings is
// refused. Before: an empty pack, "wrote 0 items", exit status 0
// (hostile check 60).
func TestExportOfAnEmptyBasketWritesNoPack(t *testing.T) {
	t.Setenv("CYPX_HOME", t.TempDir())
	dir := t.TempDir()
	for _, format := range []string{"md", "docx", "csv", "json", "ris", "bibtex", "csljson"} {
		pack := filepath.Join(dir, "pack."+format)
		_, stderr, code := cli(t, "export", "--basket", "--format", format, "-o", pack)
		if code != 1 || !strings.Contains(stderr, "the basket is empty") || !strings.Contains(stderr, "cypx basket add ID") || strings.Contains(stderr, "wrote") {
			t.Errorf("%s: exit %d, %s", format, code, stderr)
		}
		if _, err := os.Stat(pack); err == nil {
			t.Errorf("%s: a pack was written of an empty basket", format)
		}
	}
	if out, stderr, code := cli(t, "export", "--basket"); code != 1 || out != "" || !strings.Contains(stderr, "the basket is empty") {
		t.Errorf("to standard output: exit %d, wrote %q, said %s", code, out, stderr)
	}
	// Emptied by 'basket clear', it is empty again.
	cli(t, "basket", "add", bundledItemF66d(t))
	cli(t, "basket", "clear")
	if _, stderr, code := cli(t, "export", "--basket", "-o", filepath.Join(dir, "cleared.md")); code != 1 || !strings.Contains(stderr, "the basket is empty") {
		t.Errorf("after clear: exit %d, %s", code, stderr)
	}
}

// bundledItemF66d is the id of one of the bundled corpus's items.
func bundledItemF66d(t *testing.T) string {
	t.Helper()
	out, _, _ := cli(t, "items", "--format", "csv")
	id := regexp.MustCompile(`[a-z0-9-]+#[0-9a-f]{8}`).FindString(out)
	if id == "" {
		t.Fatal("no bundled item listed")
	}
	return id
}

// A basket's finding whose source is gone is told why by the corpus
// searched: a --corpus folder's deleted file is "not in the folder DIR:
// deleted or renamed", a bundled finding with --no-bundled is "of the
// bundled corpus, left out with --no-bundled", and a report removed from
// the library is "removed from the library". Before, each was "removed
// from the library, or left out with --no-bundled", of a --corpus folder
// too, where neither applied (hostile check 60).
func TestMissingReasonSaysWhereTheSourceWas(t *testing.T) {
	t.Setenv("CYPX_HOME", t.TempDir())
	dir := t.TempDir()
	os.MkdirAll(filepath.Join(dir, "sources"), 0o755)
	write := func(path, title, body string) {
		os.WriteFile(path, []byte("---\ntitle: \""+title+"\"\npublisher: Wren Trust\ndate: 2024\ntype: report\n---\n## Beds\n\n"+body+"\n"), 0o644)
	}
	gone := filepath.Join(dir, "sources", "wren-gone.md")
	write(gone, "Wren ward audit", "Only 7 of 20 wren beds were open on Sundays in 2023.")
	write(filepath.Join(dir, "sources", "wren-kept.md"), "Wren clinic review", "Some 38% of wren clinic letters arrived late in 2023.")
	out, _, _ := cli(t, "--corpus", dir, "items")
	id := regexp.MustCompile(`wren-gone#[0-9a-f]{8}`).FindString(out)
	if id == "" {
		t.Fatalf("no item of wren-gone:\n%s", out)
	}
	cli(t, "basket", "add", "--corpus", dir, id)
	os.Remove(gone)
	out, _, _ = cli(t, "--corpus", dir, "basket", "list")
	if !strings.Contains(out, "(the folder "+dir+")") || !strings.Contains(out, "deleted or renamed") || strings.Contains(out, "--no-bundled") || strings.Contains(out, "removed from the library") {
		t.Errorf("a --corpus folder's deleted file:\n%s", out)
	}
	_, stderr, _ := cli(t, "--corpus", dir, "export", "--basket", "-o", filepath.Join(t.TempDir(), "p.md"))
	if !strings.Contains(stderr, "deleted or renamed") || strings.Contains(stderr, "--no-bundled") {
		t.Errorf("the export's warning of it: %s", stderr)
	}
	cli(t, "basket", "clear")

	// The library: a report added, then removed; a bundled finding
	// searched with --no-bundled.
	lib := filepath.Join(t.TempDir(), "heron.md")
	write(lib, "Heron ward audit", "Only 5 of 12 heron beds were open on Sundays in 2023.")
	if _, stderr, code := cli(t, "add", lib); code != 0 {
		t.Fatalf("add: %s", stderr)
	}
	out, _, _ = cli(t, "items", "--source", "wt-2024-heron-ward-audit")
	heron := regexp.MustCompile(`wt-2024-heron[a-z-]*#[0-9a-f]{8}`).FindString(out)
	bundledID := bundledItemF66d(t)
	if heron == "" {
		t.Fatalf("no item of the library's report:\n%s", out)
	}
	cli(t, "basket", "add", heron, bundledID)
	out, _, _ = cli(t, "--no-bundled", "basket", "list")
	if !regexp.MustCompile(regexp.QuoteMeta(bundledID) + `.*it is of the bundled corpus, left out with --no-bundled`).MatchString(out) {
		t.Errorf("a bundled finding with --no-bundled:\n%s", out)
	}
	src, _, _ := strings.Cut(heron, "#")
	if _, stderr, code := cli(t, "remove", src); code != 0 {
		t.Fatalf("remove: %s", stderr)
	}
	out, _, _ = cli(t, "basket", "list")
	if !regexp.MustCompile(regexp.QuoteMeta(heron)+`.*removed from the library`).MatchString(out) || strings.Contains(out, "--no-bundled") || strings.Contains(out, "deleted or renamed") {
		t.Errorf("a report removed from the library:\n%s", out)
	}
}
