package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestExportFormatFollowsTheFileName: with no --format, "-o pack.docx"
// writes a Word document and "-o refs.bib" BibTeX records, as their names
// say; a name of no known format is still Markdown, and --format wins.
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
		{"forced.docx", []string{"--format", "md"}, "# "},
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
