package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// coveredLibrary sets up a library holding a report, nhs-providers-2024,
// two stories about it (one given its id in another case) and a story
// about nothing.
func coveredLibrary(t *testing.T) {
	t.Helper()
	dir := t.TempDir()
	t.Setenv("CYPX_HOME", filepath.Join(dir, "home"))
	flags := []string{"--publisher", "P", "--date", "2024"}
	for i, add := range [][]string{
		{"--id", "nhs-providers-2024", "--title", "Report", "--type", "report"},
		{"--id", "story-a", "--title", "Story A", "--type", "news", "--about", "nhs-providers-2024"},
		{"--id", "story-b", "--title", "Story B", "--type", "news", "--about", "NHS-Providers-2024"},
		{"--id", "story-c", "--title", "Story C", "--type", "news"},
	} {
		// Each its own text: one text twice is refused as one report
		// imported twice.
		file := filepath.Join(dir, fmt.Sprintf("n%d.txt", i))
		os.WriteFile(file, fmt.Appendf(nil, "In 2023, %d%% of children waited more than 18 weeks for treatment, a report found.\n", 45+i), 0o644)
		if _, stderr, code := cli(t, append(append([]string{"add", file}, flags...), add...)...); code != 0 {
			t.Fatalf("add %v: exit %d, %s", add, code, stderr)
		}
	}
}

// TestRemoveSaysTheLibrarysID: `cypx remove` of an id typed in another
// case says the id as the library has it. Before, it said "moved
// NHS-Providers-2024 to …", an id the library has not (round 13
// leftovers).
func TestRemoveSaysTheLibrarysID(t *testing.T) {
	coveredLibrary(t)
	_, stderr, code := cli(t, "remove", "STORY-C")
	if code != 0 || !strings.Contains(stderr, "moved story-c to ") || strings.Contains(stderr, "STORY-C") {
		t.Errorf("remove in another case: exit %d, %s", code, stderr)
	}
}

// TestRemovingACoveredReportWarns: removing a report that other sources
// cover (their about:) warns with each of their ids, exit 0 as before;
// a source no one covers goes without a warning. Before, the stories about
// the report lost their primary without a word (round 13 leftovers).
func TestRemovingACoveredReportWarns(t *testing.T) {
	coveredLibrary(t)
	_, stderr, code := cli(t, "remove", "nhs-providers-2024")
	if code != 0 || !strings.Contains(stderr, "moved nhs-providers-2024 to ") {
		t.Errorf("remove: exit %d, %s", code, stderr)
	}
	for _, id := range []string{"story-a", "story-b"} {
		if !strings.Contains(stderr, "warning: "+id+" names nhs-providers-2024 as the report it covers") {
			t.Errorf("no warning naming %s: %s", id, stderr)
		}
	}
	if strings.Contains(stderr, "story-c") || strings.Count(stderr, "warning:") != 2 {
		t.Errorf("a warning for a source that covers nothing removed: %s", stderr)
	}
	_, stderr, code = cli(t, "remove", "story-c")
	if code != 0 || strings.Contains(stderr, "warning") {
		t.Errorf("remove of a source no one covers: exit %d, %s", code, stderr)
	}
}

// TestLibraryUnderAFileNamesTheFile: with cypx's folder set to a file
// (CYPX_HOME=notes, a typo), `add` and `remove` say which file stands
// where the library's folder must be. Before: "r.txt: not a directory",
// as if the report were at fault, and "not a directory" alone (round 18,
// security check).
func TestLibraryUnderAFileNamesTheFile(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "notes")
	report := filepath.Join(dir, "r.txt")
	os.WriteFile(file, []byte("x"), 0o644)
	os.WriteFile(report, []byte("In 2024, 45% of children waited over 18 weeks for a first appointment with the service in the area.\n"), 0o644)
	t.Setenv("CYPX_HOME", file)
	want := file + " is a file, not a folder"
	if _, stderr, code := cli(t, "add", report, "--id", "r", "--title", "T", "--publisher", "P", "--date", "2024", "--type", "report"); code != 1 || !strings.Contains(stderr, want) {
		t.Errorf("add: exit %d, %q", code, stderr)
	}
	if _, stderr, code := cli(t, "remove", "r"); code != 1 || !strings.Contains(stderr, want) {
		t.Errorf("remove: exit %d, %q", code, stderr)
	}
}
