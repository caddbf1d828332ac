package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// An import from a record whose authors hold an image and a badge (a link
// around an image) stores the author "Jane Smith", with one warning of
// the author that quotes the record's authors and what they are read as.
// Before: stored "Jane Smith; ", with two warnings that disagreed, read
// as "Jane Smith; [ ](…)" and as "Jane Smith; " (hostile check 60).
func TestRecordAuthorBadgeIsWarnedOfOnce(t *testing.T) {
	t.Setenv("CYPX_HOME", t.TempDir())
	dir := t.TempDir()
	report := filepath.Join(dir, "kite.txt")
	os.WriteFile(report, []byte("Over 40 children waited more than 6 weeks for a kite clinic visit in 2023.\n"), 0o644)
	ris := filepath.Join(dir, "kite.ris")
	os.WriteFile(ris, []byte("TY  - RPRT\nTI  - Kite clinic visits\nAU  - ![logo](https://x.example/l.png)\nAU  - Smith, Jane\nAU  - [![badge](https://x.example/b.png)](https://x.example/j)\nPB  - Kite Trust\nPY  - 2024\nER  - \n"), 0o644)
	out, stderr, code := cli(t, "add", report, "--meta", ris)
	if code != 0 {
		t.Fatalf("add: exit %d, %s", code, stderr)
	}
	all := out + stderr
	if n := strings.Count(all, "author: "); n != 1 || !strings.Contains(all, `author: "![logo](https://x.example/l.png); Smith, Jane; [![badge]`) || !strings.Contains(all, `(read as "Jane Smith")`) {
		t.Errorf("want one warning of the author, quoting the record:\n%s", all)
	}
	lib, _ := filepath.Glob(filepath.Join(os.Getenv("CYPX_HOME"), "*", "library", "sources", "*.md"))
	if len(lib) == 0 {
		lib, _ = filepath.Glob(filepath.Join(os.Getenv("CYPX_HOME"), "library", "sources", "*.md"))
	}
	if len(lib) != 1 {
		t.Fatalf("library files %v", lib)
	}
	data, _ := os.ReadFile(lib[0])
	if !strings.Contains(string(data), "\nauthor: Jane Smith\n") {
		t.Errorf("stored:\n%s", data)
	}
}

// A front matter author of an image alone is said once, as no author (the
// publisher cited). Before: "… (read as "")" and "author: empty value".
func TestImageAloneAsAuthorIsSaidOnce(t *testing.T) {
	dir := t.TempDir()
	os.MkdirAll(filepath.Join(dir, "sources"), 0o755)
	os.WriteFile(filepath.Join(dir, "sources", "kite.md"), []byte("---\ntitle: \"Kite unit visits\"\nauthor: \"![logo](http://x.example/l.png)\"\npublisher: Kite Trust\ndate: 2024\ntype: report\n---\n## Visits\n\nOver 70 children waited more than 8 weeks for a first kite visit in 2023.\n"), 0o644)
	out, _, _ := cli(t, "check", dir)
	if strings.Count(out, "sources/kite.md:3:") != 1 || !strings.Contains(out, "no author is read, and the publisher is cited") || strings.Contains(out, "empty value") {
		t.Errorf("check:\n%s", out)
	}
}
