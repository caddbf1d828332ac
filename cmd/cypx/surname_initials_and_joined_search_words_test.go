package main

import (
	"os"
	"path/filepath"
	"slices"
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

// TestSearchJoinedWordsAndCompatibilityForms: `cypx search` reads
// "autism|adhd" as either word, "ADHD/autism" and "autism+adhd" as both,
// and full-width letters and ligatures as the plain letters. Before, each
// found nothing, exit 0, with nothing said.
func TestSearchJoinedWordsAndCompatibilityForms(t *testing.T) {
	dir := t.TempDir()
	os.MkdirAll(filepath.Join(dir, "sources"), 0o755)
	for name, body := range map[string]string{
		"aut.md":  "In 2024, 1,240 children waited over 18 weeks for an autism assessment.\n",
		"adhd.md": "In 2024, 310 children waited over a year for an ADHD assessment.\n",
		"both.md": "In 2024, 95 children were assessed for autism in the same clinic that assessed ADHD, and finance was short.\n",
	} {
		os.WriteFile(filepath.Join(dir, "sources", name), []byte("---\ntitle: T\npublisher: P\ndate: 2024-01-01\ntype: report\n---\n"+body), 0o644)
	}
	for q, want := range map[string][]string{
		"autism|adhd": {"aut#", "adhd#", "both#"},
		"ADHD/autism": {"both#"},
		"autism+adhd": {"both#"},
		"ａｕｔｉｓｍ":      {"aut#", "both#"},
		"ﬁnance":      {"both#"},
	} {
		out, stderr, code := cli(t, "--corpus", dir, "search", q)
		for _, id := range []string{"aut#", "adhd#", "both#"} {
			if strings.Contains(out, id) != slices.Contains(want, id) {
				t.Errorf("%s: exit %d, want %v, found:\n%s%s", q, code, want, stderr, out)
				break
			}
		}
	}
}
