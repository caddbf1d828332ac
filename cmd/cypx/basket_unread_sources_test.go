package main

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// A basket's finding whose source was skipped for a fault in its front
// matter is said to be unread, the file and line named, and stays in the
// basket: before, the basket said its source was "removed from the
// library".
func TestBasketSaysASkippedSourceIsUnreadNotRemoved(t *testing.T) {
	home := t.TempDir()
	t.Setenv("CYPX_HOME", home)
	report := filepath.Join(t.TempDir(), "lantern.md")
	os.WriteFile(report, []byte("---\ntitle: \"Lantern ward audit\"\npublisher: Lantern Trust\ndate: 2024\ntype: report\n---\n## Beds\n\nOnly 17 of 40 paediatric beds were open at night in 2023.\n"), 0o644)
	if _, stderr, code := cli(t, "add", report); code != 0 {
		t.Fatalf("add: exit %d, %s", code, stderr)
	}
	out, _, _ := cli(t, "items", "--source", "lt-2024-lantern-ward-audit")
	id := regexp.MustCompile(`lt-2024-lantern-ward-audit#[0-9a-f]{8}`).FindString(out)
	if id == "" {
		t.Fatalf("no item of the report:\n%s", out)
	}
	if _, stderr, code := cli(t, "basket", "add", id); code != 0 {
		t.Fatalf("basket add: exit %d, %s", code, stderr)
	}
	var src string
	filepath.WalkDir(home, func(p string, d os.DirEntry, err error) error {
		if err == nil && d.Name() == "lt-2024-lantern-ward-audit.md" {
			src = p
		}
		return nil
	})
	data, err := os.ReadFile(src)
	if err != nil {
		t.Fatal(err)
	}
	broken := regexp.MustCompile(`(?m)^date: .*$`).ReplaceAllString(string(data), "date: [2024")
	os.WriteFile(src, []byte(broken), 0o644)

	out, stderr, code := cli(t, "basket", "list")
	if code != 0 {
		t.Fatalf("basket list: exit %d, %s", code, stderr)
	}
	want := regexp.MustCompile(`its source could not be read, sources/lt-2024-lantern-ward-audit\.md:[0-9]+: front matter`)
	if !strings.Contains(out, id) || !want.MatchString(out) || strings.Contains(out, "removed") {
		t.Errorf("basket list:\n%s\nwant %q and no \"removed\"", out, want)
	}
	if !strings.Contains(out, "it stays in the basket") {
		t.Errorf("basket list does not say the finding stays:\n%s", out)
	}
	// Asked for by its id, the item is said to be unread for now, not
	// unknown.
	_, stderr, code = cli(t, "show", id)
	if code != 1 || !strings.Contains(stderr, "for now: its source could not be read, sources/lt-2024-lantern-ward-audit.md:") || strings.Contains(stderr, "ids are listed by") {
		t.Errorf("show of the unread item: exit %d, %s", code, stderr)
	}
}
