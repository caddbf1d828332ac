package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestALibraryFileGivingABundledSourcesIDIsTheOneSkipped: a library
// file written by hand whose front matter gives a bundled source's id is
// skipped, with the problem at its own `id:` line, whichever way the
// file's name sorts beside the bundled file's; the bundled source keeps
// its items. Once the file is removed, the next run rebuilds without a
// warning. Before (hostile check 70 G6, G10), "aaa-notes.md" hid the
// bundled source (the warning blamed the bundled file), "zzz-notes.md"
// was hidden by it, and the run after the file was removed still warned
// "two sources claim one id".
func TestALibraryFileGivingABundledSourcesIDIsTheOneSkipped(t *testing.T) {
	const id = "hcl-2024-trusts-work-with-icbs"
	note := "---\ntitle: Clinic jottings\npublisher: Offham Practice\ndate: 2025-01-01\ntype: report\nid: " + id + "\n---\n\nAbout 1,234 children were registered with the practice in 2024.\n"
	for _, name := range []string{"aaa-notes.md", "zzz-notes.md"} {
		t.Run(name, func(t *testing.T) {
			home := filepath.Join(t.TempDir(), "home")
			t.Setenv("CYPX_HOME", home)
			sources := filepath.Join(home, "data", "library", "sources")
			if err := os.MkdirAll(sources, 0o755); err != nil {
				t.Fatal(err)
			}
			if _, _, code := cli(t, "search", "children"); code != 0 { // a cached index to update
				t.Fatalf("search: exit %d", code)
			}
			file := filepath.Join(sources, name)
			if err := os.WriteFile(file, []byte(note), 0o644); err != nil {
				t.Fatal(err)
			}
			want := "sources/" + name + ":6: duplicate id \"" + id + "\""
			stdout, stderr, code := cli(t, "search", "children")
			if code != 0 || !strings.Contains(stderr, "warning: "+want) || strings.Contains(stdout, "Offham Practice") ||
				!strings.Contains(stdout, "Healthcare Leader") || strings.Contains(stderr, "could not be updated") {
				t.Errorf("search: exit %d, stderr %q, Offham %v, bundled %v", code, stderr, strings.Contains(stdout, "Offham Practice"), strings.Contains(stdout, "Healthcare Leader"))
			}
			stdout, _, code = cli(t, "check")
			if code != 1 || !strings.Contains(stdout, want) || strings.Contains(stdout, "sources/"+id+".md:") {
				t.Errorf("check: exit %d %q", code, stdout)
			}
			if err := os.Remove(file); err != nil {
				t.Fatal(err)
			}
			stdout, stderr, code = cli(t, "search", "children")
			if code != 0 || stderr != "" || !strings.Contains(stdout, "Healthcare Leader") {
				t.Errorf("removed: exit %d, stderr %q", code, stderr)
			}
		})
	}
}
