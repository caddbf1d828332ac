package main

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// A record's author written as a Markdown link ("AU  - [Smith, Jane](…)")
// is warned of on import in the words of a title's link, and read as
// Jane Smith; before, it was read so unsaid, while the title's link was
// warned of (hostile check 59).
func TestRecordAuthorAsMarkdownLinkIsWarnedOf(t *testing.T) {
	t.Setenv("CYPX_HOME", t.TempDir())
	dir := t.TempDir()
	report := filepath.Join(dir, "wren.txt")
	os.WriteFile(report, []byte("Over 40 children waited more than 6 weeks for a wren clinic visit in 2023.\n"), 0o644)
	ris := filepath.Join(dir, "wren.ris")
	os.WriteFile(ris, []byte("TY  - RPRT\nTI  - Wren clinic visits\nAU  - [Smith, Jane](http://x.example/js)\nPB  - Wren Trust\nPY  - 2024\nER  - \n"), 0o644)
	out, stderr, code := cli(t, "add", report, "--meta", ris)
	if code != 0 {
		t.Fatalf("add: exit %d, %s", code, stderr)
	}
	all := out + stderr
	if !strings.Contains(all, `author: "[Smith, Jane](http://x.example/js)" is a Markdown link`) || !strings.Contains(all, `(read as "Jane Smith")`) {
		t.Errorf("no warning of the author's link:\n%s", all)
	}
}

// An image among a source's authors in front matter is no author: left
// out, and said at its line, where "[Jane Smith](…) and ![logo](…)" gave
// the authors Jane Smith and "logo" (hostile check 59).
func TestImageInFrontMatterAuthorIsNoAuthor(t *testing.T) {
	t.Setenv("CYPX_HOME", t.TempDir())
	dir := t.TempDir()
	os.MkdirAll(filepath.Join(dir, "sources"), 0o755)
	os.WriteFile(filepath.Join(dir, "sources", "finch.md"), []byte("---\ntitle: \"Finch unit visits\"\nauthor: \"[Jane Smith](http://x.example/js) and ![logo](http://x.example/l.png)\"\npublisher: Finch Trust\ndate: 2024\ntype: report\n---\n## Visits\n\nOver 70 children waited more than 8 weeks for a first finch visit in 2023.\n"), 0o644)
	out, _, code := cli(t, "check", dir)
	if code != 1 || !strings.Contains(out, "sources/finch.md:3: author:") || !strings.Contains(out, "an image names no one and is left out") || !strings.Contains(out, `(read as "Jane Smith")`) {
		t.Errorf("check: exit %d\n%s", code, out)
	}
	items, stderr, _ := cli(t, "--corpus", dir, "items")
	id := regexp.MustCompile(`finch#[0-9a-f]{8}`).FindString(items)
	if id == "" {
		t.Fatalf("no item: %s %s", items, stderr)
	}
	cite, stderr, code := cli(t, "--corpus", dir, "cite", id)
	if code != 0 || !strings.Contains(cite, "(Smith, 2024)") || strings.Contains(cite, "logo") {
		t.Errorf("cite: exit %d, %q %s", code, cite, stderr)
	}
}
