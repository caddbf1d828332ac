package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestSurnameInitialsAuthorsCitedAsTwo: a report whose author is
// "Smith, J. and Doe, A." is cited by its two authors in `cypx cite`
// (Harvard and APA) and in an export's citations and references, and
// `cypx check` finds nothing to say. Before, four authors: "(Smith et al.,
// 2024)".
func TestSurnameInitialsAuthorsCitedAsTwo(t *testing.T) {
	dir := t.TempDir()
	os.MkdirAll(filepath.Join(dir, "sources"), 0o755)
	os.WriteFile(filepath.Join(dir, "themes.yaml"), []byte("themes:\n  - id: waiting\n    label: Waiting\n    terms: [waited]\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "sources", "smith-2024.md"), []byte("---\ntitle: Waiting for help\npublisher: Test Trust\nauthor: \"Smith, J. and Doe, A.\"\ndate: 2024-03-01\ntype: report\n---\nIn 2024, 1,240 children waited over 18 weeks for an autism assessment.\n"), 0o644)
	out, stderr, code := cli(t, "--corpus", dir, "check")
	if code != 0 || strings.Contains(stderr+out, "author") {
		t.Errorf("check: exit %d, %s%s", code, stderr, out)
	}
	out, _, _ = cli(t, "--corpus", dir, "items")
	id := strings.Fields(out[strings.Index(out, "smith-2024#"):])[0]
	for style, want := range map[string]string{"harvard": "(Smith and Doe, 2024)", "apa": "(Smith & Doe, 2024)"} {
		out, stderr, code := cli(t, "--corpus", dir, "cite", "--style", style, id)
		if code != 0 || !strings.Contains(out, want) {
			t.Errorf("cite --style %s: exit %d, %s%s, want %s", style, code, stderr, out, want)
		}
	}
	out, stderr, code = cli(t, "--corpus", dir, "export", "waited", "--format", "md")
	if code != 0 || !strings.Contains(out, "(Smith and Doe, 2024)") || !strings.Contains(out, "- Smith, J. and Doe, A. (2024)") {
		t.Errorf("export: exit %d, %s%s", code, stderr, out)
	}
	out, _, _ = cli(t, "--corpus", dir, "export", "waited", "--format", "csljson")
	if !strings.Contains(out, `"family": "Doe"`) || strings.Contains(out, `"family": "A."`) {
		t.Errorf("CSL JSON authors:\n%s", out)
	}
}
