package main

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/cache"
	"github.com/cypx/cypx/internal/tui"
)

// sourcesF68a are the names of the library's source files.
func sourcesF68a(t *testing.T, home string) []string {
	t.Helper()
	entries, _ := os.ReadDir(filepath.Join(home, "data", "library", "sources"))
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	return names
}

// One report added again, under another publisher, or from a copy under
// another name and title, is refused, naming the source already there,
// and nothing is written; --force imports it, and another report's text
// imports as ever. Before, each was imported without a word, and cypx
// figures showed the one report's figure as "(2 sources)" agreeing
// (hostile check 61).
func TestAddOfOneReportTwiceIsRefused(t *testing.T) {
	dir := t.TempDir()
	home := filepath.Join(dir, "home")
	t.Setenv("CYPX_HOME", home)
	text := "Wren clinic waits\n\nAbout 1,234 children waited more than a year for a wren clinic visit in 2024.\n"
	file := filepath.Join(dir, "f.txt")
	os.WriteFile(file, []byte(text), 0o644)
	meta := []string{"--date", "2024", "--type", "report"}
	if _, stderr, code := cli(t, append([]string{"add", file, "--publisher", "Wren Trust", "--id", "wren-waits"}, meta...)...); code != 0 {
		t.Fatalf("first add: exit %d %s", code, stderr)
	}
	want := ": the same text as library source wren-waits (sources/wren-waits.md) — not imported; pass --force to import it again"
	_, stderr, code := cli(t, append([]string{"add", file, "--publisher", "Dup Org"}, meta...)...)
	if code != 1 || !strings.Contains(stderr, "cypx: "+file+want) {
		t.Errorf("the same file under another publisher: exit %d %q", code, stderr)
	}
	copied := filepath.Join(dir, "f2.txt")
	os.WriteFile(copied, []byte(text), 0o644)
	copyArgs := append([]string{"add", copied, "--publisher", "Third Org", "--title", "Another title"}, meta...)
	_, stderr, code = cli(t, copyArgs...)
	if code != 1 || !strings.Contains(stderr, "cypx: "+copied+want) {
		t.Errorf("a copy under another name and title: exit %d %q", code, stderr)
	}
	if names := sourcesF68a(t, home); len(names) != 1 {
		t.Errorf("written when refused: %v", names)
	}
	if _, stderr, code := cli(t, append(copyArgs, "--force")...); code != 0 || !strings.Contains(stderr, "imported   to-2024-another-title") {
		t.Errorf("--force: exit %d %q", code, stderr)
	}
	other := filepath.Join(dir, "g.txt")
	os.WriteFile(other, []byte("Wren clinic waits\n\nAbout 987 children waited more than a year for a wren clinic visit in 2023.\n"), 0o644)
	if _, stderr, code := cli(t, append([]string{"add", other, "--publisher", "Wren Trust", "--title", "Wren clinic waits 2023"}, meta...)...); code != 0 {
		t.Errorf("another text: exit %d %q", code, stderr)
	}
	if names := sourcesF68a(t, home); len(names) != 3 {
		t.Errorf("sources: %v", names)
	}
}

// The explorer's import of a report whose text is already in the library,
// under another publisher and title, is refused in the explorer's words,
// naming the source there and no flag. Before, it was imported, one
// report counted as two sources agreeing (hostile check 61).
func TestExplorerImportOfTheSameTextIsRefused(t *testing.T) {
	home := t.TempDir()
	t.Setenv("CYPX_HOME", home)
	dir := t.TempDir()
	report := filepath.Join(dir, "linnet.txt")
	os.WriteFile(report, []byte("Over 70 children waited more than 8 weeks for a linnet clinic visit in 2023.\n"), 0o644)
	a := &app{io: stdio{in: strings.NewReader(""), out: os.Stdout, err: os.Stderr}}
	defer a.close()
	f := tui.ImportFields{Title: "Linnet clinic visits", Publisher: "Linnet Trust", Date: "2024", Type: "report"}
	if _, err := a.importLive(context.Background(), report, f, newLibraryWatch(&cache.Live{}, ""), &importGate{}); err != nil {
		t.Fatalf("first import: %v", err)
	}
	f.Title, f.Publisher = "Linnet visits again", "Dup Org"
	_, err := a.importLive(context.Background(), report, f, newLibraryWatch(&cache.Live{}, ""), &importGate{})
	if err == nil || !strings.Contains(err.Error(), "linnet.txt has the same text as library source lt-2024-linnet-clinic-visits (sources/lt-2024-linnet-clinic-visits.md), so it was not imported") || strings.Contains(err.Error(), "--") {
		t.Errorf("second import: %v", err)
	}
	if names := sourcesF68a(t, home); len(names) != 1 {
		t.Errorf("sources: %v", names)
	}
}
