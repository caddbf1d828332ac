package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// `cypx add --force` over a library source the user edited by hand moves
// that file to the library's trash, edits and all, and says where; the
// new source takes its place. Before (hostile check 69), the edits were
// overwritten without a copy and without a word.
func TestAddForceKeepsTheReplacedSourceInTheTrash(t *testing.T) {
	dir := t.TempDir()
	home := filepath.Join(dir, "home")
	t.Setenv("CYPX_HOME", home)
	first, second := filepath.Join(dir, "a.txt"), filepath.Join(dir, "b.txt")
	os.WriteFile(first, []byte("Children seen\n\nIn 2024, 64% of children in Kent were seen within 18 weeks.\n"), 0o644)
	os.WriteFile(second, []byte("Children seen again\n\nIn 2024, 66% of children in Kent were seen within 18 weeks.\n"), 0o644)
	meta := []string{"--publisher", "Kent County Council", "--date", "2025", "--type", "report", "--id", "kcc-seen"}
	if _, stderr, code := cli(t, append([]string{"add", first}, meta...)...); code != 0 {
		t.Fatalf("first add: exit %d %s", code, stderr)
	}
	source := filepath.Join(home, "data", "library", "sources", "kcc-seen.md")
	edited, _ := os.ReadFile(source)
	edited = append(edited, []byte("\nMy note: checked against the PDF, page 4.\n")...)
	if err := os.WriteFile(source, edited, 0o644); err != nil {
		t.Fatal(err)
	}
	_, stderr, code := cli(t, append([]string{"add", second, "--force"}, meta...)...)
	if code != 0 || !strings.Contains(stderr, "replaced the library's source kcc-seen: the file before is kept in ") {
		t.Fatalf("add --force: exit %d %q", code, stderr)
	}
	trash, _ := filepath.Glob(filepath.Join(home, "data", "library", "trash", "kcc-seen-*.md"))
	if len(trash) != 1 {
		t.Fatalf("trash %v, want the replaced source", trash)
	}
	if kept, _ := os.ReadFile(trash[0]); string(kept) != string(edited) {
		t.Errorf("the trash holds %q, want the edited source", kept)
	}
	if now, _ := os.ReadFile(source); !strings.Contains(string(now), "66% of children") {
		t.Errorf("the source is %q, want the new import", now)
	}
	// Near-miss: --force where no source has the id keeps nothing.
	third := filepath.Join(dir, "c.txt")
	os.WriteFile(third, []byte("Waits\n\nIn 2024, 1,240 children in Medway were referred to CAMHS.\n"), 0o644)
	if _, stderr, code := cli(t, "add", third, "--force", "--publisher", "Medway Council", "--date", "2025", "--type", "report", "--id", "mc-waits"); code != 0 || strings.Contains(stderr, "kept in") {
		t.Errorf("add --force of a new id: exit %d %q", code, stderr)
	}
}
