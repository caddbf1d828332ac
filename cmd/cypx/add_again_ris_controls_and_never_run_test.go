package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestAddWarnsOfARISFieldsEdgeControl: a vertical tab, a form feed, a NEL
// or a U+2029 at the end of a RIS field, or a NEL in an author's name, is
// cleaned on 'cypx add --meta' with the warning BibTeX, CSL JSON and the
// flags give. Before, RIS trimmed them unsaid, and "AU  - Smith\u0085,
// Jane" was "Jane Smith" unsaid (round 41, held-out check).
func TestAddWarnsOfARISFieldsEdgeControl(t *testing.T) {
	ownHome(t)
	dir := t.TempDir()
	for _, c := range []string{"\v", "\f", "\u0085", "\u2029"} {
		path := filepath.Join(dir, "r.ris")
		os.WriteFile(path, []byte("TY  - RPRT\r\nAU  - Smith\u0085, Jane\r\nTI  - RIS title"+c+"\r\nPB  - Publisher"+c+"\r\nPY  - 2024\r\nER  - \r\n"), 0o644)
		_, out, code := cli(t, "add", reportFile(t, "edge records"), "--meta", path, "--id", "edge-record", "--force")
		if code != 0 {
			t.Fatalf("%+q: add: %s", c, out)
		}
		for _, want := range []string{"warning    title: " + path + ": line breaks and invisible or control characters removed", "warning    publisher: " + path + ": line breaks",
			"warning    author: " + path + ": line breaks", "title      RIS title\n", "publisher  Publisher\n"} {
			if !strings.Contains(out, want) {
				t.Errorf("%+q: add output lacks %q:\n%s", c, want, out)
			}
		}
	}
}

// TestSavedListSaysNeverRun: a saved search written by hand with no last
// run is listed as never run, and 'cypx saved run' says so too. Before:
// "0001-01-01 00:00" and "nothing new since the last run (1 Jan 0001
// 00:00)" (round 41, held-out check).
func TestSavedListSaysNeverRun(t *testing.T) {
	home := ownHome(t)
	path := filepath.Join(home, "state", "saved.json")
	os.MkdirAll(filepath.Dir(path), 0o755)
	os.WriteFile(path, []byte(`{"version": 1, "searches": [{"name": "waits", "query": "zzzznothingmatches"}]}`), 0o644)
	for _, args := range [][]string{{"saved", "list"}, {"saved", "run", "waits"}} {
		out, stderr, code := cli(t, args...)
		if code != 0 || !strings.Contains(out+stderr, "never run") || strings.Contains(out+stderr, "0001") {
			t.Errorf("%v: exit %d\n%s%s", args, code, out, stderr)
		}
	}
}

// TestAddALibrarySourceAgainIsRefused: 'cypx add' of a file already in the
// library's sources folder, --force or not, is refused, naming the id it
// is in the library as. Before, --force imported a second copy under a new
// id (round 41, held-out check).
func TestAddALibrarySourceAgainIsRefused(t *testing.T) {
	ownHome(t)
	if _, out, code := cli(t, "add", reportFile(t, "own sources"), "--id", "waits", "--title", "Waits", "--publisher", "NHS Providers", "--date", "2024", "--type", "report"); code != 0 {
		t.Fatalf("add: %s", out)
	}
	own := filepath.Join(librarySources(), "waits.md")
	for _, args := range [][]string{{"add", own, "--force"}, {"add", own}} {
		_, stderr, code := cli(t, args...)
		if code == 0 || !strings.Contains(stderr, own+" is already in your library as waits") {
			t.Errorf("%v: exit %d, %q", args, code, stderr)
		}
		if names, _ := filepath.Glob(filepath.Join(librarySources(), "*.md")); len(names) != 1 {
			t.Errorf("%v: the library holds %v", args, names)
		}
	}
}

// TestOutputFromARemovedFolderSaysSo: -o with a relative name, run from a
// folder removed since, says so in words and asks for a full path. Before:
// "cypx: getwd: no such file or directory" (round 41, held-out check).
func TestOutputFromARemovedFolderSaysSo(t *testing.T) {
	ownHome(t)
	dir := filepath.Join(t.TempDir(), "work")
	os.Mkdir(dir, 0o755)
	t.Chdir(dir)
	os.Remove(dir)
	_, stderr, code := cli(t, "export", "--basket", "-o", "p.md")
	if code == 0 || !strings.Contains(stderr, "the folder cypx was started in is gone") || !strings.Contains(stderr, "full path") || strings.Contains(stderr, "getwd") {
		t.Errorf("exit %d, %q", code, stderr)
	}
}
