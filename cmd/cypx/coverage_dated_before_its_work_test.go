package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestCoverageDatedBeforeItsWorkIsWarnedAsTheLibraryChanges: a story
// saved into the library `about:` a report already there, dated before
// it, is warned at its about: line by the next search, which updates the
// cached index; once the report's date is corrected the next search is
// quiet. Before, only `cypx check` and a fresh build said it (hostile
// check 70 G32): an index updated from the story's file alone never
// compared the dates.
func TestCoverageDatedBeforeItsWorkIsWarnedAsTheLibraryChanges(t *testing.T) {
	home := filepath.Join(t.TempDir(), "home")
	t.Setenv("CYPX_HOME", home)
	sources := filepath.Join(home, "data", "library", "sources")
	if err := os.MkdirAll(sources, 0o755); err != nil {
		t.Fatal(err)
	}
	write := func(name, text string) {
		t.Helper()
		if err := os.WriteFile(filepath.Join(sources, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	report := "---\ntitle: Speech therapy waits\npublisher: Fenmoor Trust\ndate: %s\ntype: report\n---\nIn 2023, 37% of children waited more than 20 weeks for speech therapy.\n"
	write("fen-waits.md", strings.Replace(report, "%s", "2024-06-10", 1))
	if _, _, code := cli(t, "search", "speech"); code != 0 {
		t.Fatalf("search: exit %d", code)
	}
	write("echo-waits.md", "---\ntitle: Therapy waits grow\npublisher: Fenmoor Echo\ndate: 2023-02-01\ntype: news\nabout: fen-waits\n---\nIn 2023, 37% of children waited more than 20 weeks for speech therapy, the trust said.\n")
	want := `warning: sources/echo-waits.md:6: about: "fen-waits" is dated 10 June 2024, after this source (1 February 2023)`
	if _, stderr, code := cli(t, "search", "speech"); code != 0 || !strings.Contains(stderr, want) || strings.Contains(stderr, "could not be updated") {
		t.Errorf("story added: exit %d, stderr %q", code, stderr)
	}
	write("fen-waits.md", strings.Replace(report, "%s", "2023-01-10", 1))
	if _, stderr, code := cli(t, "search", "speech"); code != 0 || stderr != "" {
		t.Errorf("date corrected: exit %d, stderr %q", code, stderr)
	}
}
