package main

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// A source whose author is written as a Markdown link is cited by the
// link's text, and 'cypx check' says so at its line: before, the
// citation read "(Smith](http://x.example/js), 2024)" and check said ok.
func TestMarkdownLinkAsAuthorIsCitedAsItsText(t *testing.T) {
	t.Setenv("CYPX_HOME", t.TempDir())
	dir := t.TempDir()
	os.MkdirAll(filepath.Join(dir, "sources"), 0o755)
	os.WriteFile(filepath.Join(dir, "sources", "heron.md"), []byte("---\ntitle: \"Heron unit visits\"\nauthor: \"[Jane Smith](http://x.example/js)\"\npublisher: Heron Trust\ndate: 2024\ntype: report\n---\n## Visits\n\nOver 70 children waited more than 8 weeks for a first visit in 2023.\n"), 0o644)
	out, _, code := cli(t, "check", dir)
	if code != 1 || !strings.Contains(out, `sources/heron.md:3: author: "[Jane Smith](http://x.example/js)" is a Markdown link`) || !strings.Contains(out, `(read as "Jane Smith")`) {
		t.Errorf("check: exit %d\n%s", code, out)
	}
	items, stderr, _ := cli(t, "--corpus", dir, "items")
	id := regexp.MustCompile(`heron#[0-9a-f]{8}`).FindString(items)
	if id == "" {
		t.Fatalf("no item: %s %s", items, stderr)
	}
	cite, stderr, code := cli(t, "--corpus", dir, "cite", id)
	if code != 0 || !strings.Contains(cite, "(Smith, 2024)") || strings.Contains(cite, "](") {
		t.Errorf("cite: exit %d, %q %s", code, cite, stderr)
	}
}
