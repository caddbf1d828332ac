package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestExportFormatFollowsTheFileName: with no --format, "-o pack.docx"
// writes a Word document and "-o refs.bib" BibTeX records, as their names
// say; a name of no known format is still Markdown, and --format wins
// over a name of another format with --force.
func TestExportFormatFollowsTheFileName(t *testing.T) {
	dir := t.TempDir()
	for _, c := range []struct {
		name   string
		args   []string
		prefix string
	}{
		{"pack.docx", nil, "PK"},
		{"refs.bib", nil, "@"},
		{"items.csv", nil, "id,"},
		{"pack.txt", nil, "# "},
		{"forced.docx", []string{"--format", "md", "--force"}, "# "},
	} {
		path := filepath.Join(dir, c.name)
		args := append([]string{"export", "--limit", "3", "-o", path}, c.args...)
		_, stderr, code := cli(t, append(args, "autism")...)
		data, _ := os.ReadFile(path)
		if code != 0 || !strings.HasPrefix(string(data), c.prefix) {
			t.Errorf("%s: exit %d, %s; file opens %.20q, want %q", c.name, code, stderr, data, c.prefix)
		}
	}
}

// TestExportRefusesAFileNamedForAnotherFormat: "-o x.docx --format md"
// and "-o x.csv --format json" are refused as usage errors, exit 2, and
// nothing is written, unless --force; a .json file takes CSL JSON, and a
// name of no known format takes any. Before, Markdown was written into a
// file named as a Word document, which Word called corrupt, unsaid.
func TestExportRefusesAFileNamedForAnotherFormat(t *testing.T) {
	dir := t.TempDir()
	for _, c := range []struct{ name, format string }{{"mism.docx", "md"}, {"mism.csv", "json"}, {"refs.bib", "ris"}, {"pack.md", "docx"}} {
		path := filepath.Join(dir, c.name)
		_, stderr, code := cli(t, "export", "--limit", "3", "-o", path, "--format", c.format, "autism")
		if _, err := os.Stat(path); code != 2 || err == nil || !strings.Contains(stderr, "--format "+c.format+" writes") || !strings.Contains(stderr, "--force writes it as asked") {
			t.Errorf("-o %s --format %s: exit %d, %q; file written: %v", c.name, c.format, code, stderr, err == nil)
		}
	}
	// --force writes it, and says what the file holds (hostile check 88,
	// W1: it said nothing).
	forced := filepath.Join(dir, "forced.docx")
	if _, stderr, code := cli(t, "export", "--limit", "3", "-o", forced, "--format", "md", "--force", "autism"); code != 0 || !strings.Contains(stderr, "names a docx file but holds md") {
		t.Errorf("-o forced.docx --format md --force: exit %d, %q", code, stderr)
	}
	for _, c := range []struct{ name, format string }{{"refs.json", "csljson"}, {"notes.txt", "csv"}, {"pack.MD", "md"}} {
		path := filepath.Join(dir, c.name)
		if _, stderr, code := cli(t, "export", "--limit", "3", "-o", path, "--format", c.format, "autism"); code != 0 {
			t.Errorf("-o %s --format %s: exit %d, %s", c.name, c.format, code, stderr)
		}
	}
}
