package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// TestBleveLogIsAWarning: bleve's own log line about a damaged index
// ("unable to load snapshot") never comes out raw on standard error. A
// segment file gone is one warning in cypx's words, on one line, naming
// the file: the cache was damaged and is rebuilt; neither bleve's log line nor its
// mapping error ("error parsing mapping JSON …\nmapping contents:", the
// \n printed literally) is shown (a held-out check of issue 15).
func TestBleveLogIsAWarning(t *testing.T) {
	if testing.Short() {
		t.Skip("process test skipped in -short mode")
	}
	bin := buildBinary(t)
	home := t.TempDir()
	dir := corpusCopy(t)
	search := func() string {
		cmd := exec.Command(bin, "--corpus", dir, "search", "waiting")
		cmd.Env = append(os.Environ(), "CYPX_HOME="+home)
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		if err := cmd.Run(); err != nil {
			t.Fatalf("search: %v\n%s", err, stderr.String())
		}
		return stderr.String()
	}
	search()
	segs, _ := filepath.Glob(filepath.Join(home, "cache", "index-*", "index", "store", "*.zap"))
	// A segment cut short fails its checksum before bleve reads it; one
	// gone is met by bleve itself, which logs it.
	for _, f := range segs {
		os.Remove(f)
	}
	// A rebuild past two seconds (a loaded machine) adds cypx's own
	// progress lines, which are no part of what is checked here.
	stderr := withoutProgressLines(search())
	// The warning names the segment gone, as every other damage names
	// its file (it was "a file of it is missing or unreadable").
	named := false
	for _, f := range segs {
		named = named || stderr == "warning: the cached index could not be opened (the index is damaged: "+f+" is missing): rebuilding\n"
	}
	if !named {
		t.Errorf("stderr:\n%s\nwant the one damage warning, naming one of %q as missing", stderr, segs)
	}
	if strings.Contains(stderr, "bleve") || strings.Contains(stderr, "mapping") || strings.Contains(stderr, `\n`) {
		t.Errorf("bleve's words on stderr:\n%s", stderr)
	}
	for _, line := range strings.Split(strings.TrimSpace(stderr), "\n") {
		if !strings.HasPrefix(line, "warning: ") {
			t.Errorf("a line on standard error that is not cypx's: %q", line)
		}
	}
}

// withoutProgressLines is stderr less the build's progress lines
// (progress.show and its closing lines), which a build past two seconds
// writes when stderr is no terminal.
func withoutProgressLines(stderr string) string {
	var kept []string
	for _, line := range strings.SplitAfter(stderr, "\n") {
		if !progressLineRe.MatchString(line) {
			kept = append(kept, line)
		}
	}
	return strings.Join(kept, "")
}

// progressLineRe is a line of the build's progress: "reading sources
// 17.1/23.9 KB (…)", "read 23.9 KB in 2s", "indexing 40/82 items (…)",
// "indexed 82 items in 2s".
var progressLineRe = regexp.MustCompile(`^(?:reading sources \d|read \d[\d.]* [KM]B in |indexing \d+/\d+ items \(|indexed \d+ items in )`)

// TestAddReportsOnlyWhatItGuessed: metadata given by a flag is not said to
// be guessed.
func TestAddReportsOnlyWhatItGuessed(t *testing.T) {
	report := reportFile(t, "guessing services")
	meta := []string{"--publisher", "P", "--date", "2024", "--type", "report", "--id", "guess-check", "--force"}
	defer cli(t, "remove", "guess-check")
	_, out, code := cli(t, append([]string{"add", report, "--title", "Given title"}, meta...)...)
	if code != 0 {
		t.Fatalf("add: %s", out)
	}
	if strings.Contains(out, "guessed") {
		t.Errorf("add --title said something was guessed:\n%s", out)
	}
	_, out, _ = cli(t, append([]string{"add", report}, meta...)...)
	if !strings.Contains(out, "guessed    title (the first line)") {
		t.Errorf("add without --title does not say the title was guessed:\n%s", out)
	}
	md := filepath.Join(t.TempDir(), "fm.md")
	os.WriteFile(md, []byte("---\ntitle: From the file\npublisher: P\ndate: 2024\ntype: report\n---\nNearly all respondents (97%) said that demand for front matter services had increased since the pandemic began.\n"), 0o644)
	_, out, _ = cli(t, "add", md, "--publisher", "Q", "--id", "guess-check", "--force")
	if !strings.Contains(out, "title (the file's front matter)") || strings.Contains(out, "publisher (the file") {
		t.Errorf("front matter guesses:\n%s", out)
	}
}
