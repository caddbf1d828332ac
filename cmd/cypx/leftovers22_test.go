package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestLibraryThatIsAFileSaysWhatHelps: a library folder that is a file (or
// a link to nothing) cannot be read by 'cypx check' either, so 'cypx
// library' no longer sends the user there: the warning says what helps
// (move the file, or keep the library elsewhere). Searches and 'cypx
// check' say the library was passed over, where they said nothing.
func TestLibraryThatIsAFileSaysWhatHelps(t *testing.T) {
	home := t.TempDir()
	t.Setenv("CYPX_HOME", home)
	lib := filepath.Join(home, "data", "library")
	os.MkdirAll(filepath.Dir(lib), 0o755)
	os.WriteFile(lib, []byte("not a folder"), 0o644)
	out, stderr, _ := cli(t, "library")
	if strings.Contains(out, "cypx check") || !strings.Contains(out, "Your library cannot be read") {
		t.Errorf("library: stdout %q", out)
	}
	if !strings.Contains(stderr, lib+": a file, not a folder: the library cannot be read; move the file aside") || !strings.Contains(stderr, "CYPX_HOME") {
		t.Errorf("library: stderr %q, want the file named with what to do", stderr)
	}
	for _, args := range [][]string{{"search", "waiting"}, {"check"}} {
		_, stderr, _ := cli(t, args...)
		if strings.Count(stderr, lib+": a file, not a folder") != 1 || !strings.Contains(stderr, "the bundled corpus is used alone") {
			t.Errorf("%v: stderr %q, want one warning that the library was passed over", args, stderr)
		}
	}
	if _, stderr, code := cli(t, "--no-bundled", "search", "waiting"); code == 0 || !strings.Contains(stderr, lib+": a file, not a folder") || strings.Contains(stderr, "is empty") {
		t.Errorf("--no-bundled: exit %d, %q", code, stderr)
	}
}

// TestCheckOfAFileOrALinkToNothing: 'cypx check DIR' of a file, of a
// link to nothing or of nothing names DIR as given, once, with what it
// is; --corpus likewise, naming the flag it came from.
func TestCheckOfAFileOrALinkToNothing(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "library")
	os.WriteFile(file, []byte("x"), 0o644)
	link := filepath.Join(dir, "gone")
	os.Symlink("/nonexistent/corpus", link)
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"check", file}, "cypx: " + file + ": a file, not a folder: a corpus is a folder holding sources/*.md"},
		{[]string{"check", link}, "cypx: " + link + ": a link to /nonexistent/corpus, which is no folder"},
		{[]string{"check", filepath.Join(dir, "none")}, "cypx: " + filepath.Join(dir, "none") + ": no such folder"},
		{[]string{"--corpus", file, "search", "x"}, "cypx: --corpus " + file + ": a file, not a folder"},
	} {
		_, stderr, code := cli(t, c.args...)
		if code == 0 || !strings.HasPrefix(stderr, c.want) || strings.Count(stderr, filepath.Base(c.args[1])) != 1 && c.args[0] == "check" {
			t.Errorf("%v: exit %d, %q, want %q", c.args, code, stderr, c.want)
		}
	}
}

// TestAddOfWhatIsNoFileNamesIt: 'cypx add' and --meta of a name that is
// nothing, a link to nothing or a folder name it once, in cypx's words.
func TestAddOfWhatIsNoFileNamesIt(t *testing.T) {
	t.Setenv("CYPX_HOME", t.TempDir())
	dir := t.TempDir()
	none := filepath.Join(dir, "none.ris")
	link := filepath.Join(dir, "gone.ris")
	os.Symlink("/nonexistent/record.ris", link)
	folder := filepath.Join(dir, "refs")
	os.Mkdir(folder, 0o755)
	report := reportFile(t, "services")
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"add", none}, "cypx: " + none + ": no such file\n"},
		{[]string{"add", link}, "cypx: " + link + ": a link to /nonexistent/record.ris, which leads to no file\n"},
		{[]string{"add", folder}, "cypx: " + folder + ": a folder, not a file"},
		{[]string{"add", report, "--meta", none}, "cypx: --meta " + none + ": no such file\n"},
		{[]string{"add", report, "--meta", link}, "cypx: --meta " + link + ": a link to /nonexistent/record.ris, which leads to no file\n"},
		{[]string{"add", report, "--meta", folder}, "cypx: --meta " + folder + ": a folder, not a file\n"},
	} {
		_, stderr, code := cli(t, c.args...)
		if code == 0 || !strings.HasPrefix(stderr, c.want) {
			t.Errorf("%v: exit %d, %q, want %q", c.args, code, stderr, c.want)
		}
	}
}
