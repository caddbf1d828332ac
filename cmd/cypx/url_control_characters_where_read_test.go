package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestURLWithAControlCharacterSaysWhere: a URL holding a control
// character is said at the place it was read, as every other URL problem
// is: `cypx check` at the corpus file's line, whether the character is
// escaped in double quotes or written as it is (which YAML refuses), and
// `cypx add` at the Markdown file's line, the --meta record's line (JSON,
// RIS, BibTeX) or the --url flag, the url kept cleaned. Before: check
// said a character written as it is at the front matter's first line, in
// the YAML parser's words ("control characters are not allowed"), and
// skipped the source; add said "line 6:" without the file, and for a
// record or the flag only "url: line breaks and invisible or control
// characters removed (…)".
func TestURLWithAControlCharacterSaysWhere(t *testing.T) {
	const body = "In 2023, 45% of children waited more than 18 weeks for a first appointment with the service.\n"
	front := "---\ntitle: Waits\npublisher: P\ndate: 2024-01-01\ntype: report\n"
	dir := t.TempDir()
	os.MkdirAll(filepath.Join(dir, "sources"), 0o755)
	os.WriteFile(filepath.Join(dir, "sources", "quoted.md"), []byte(front+"url: \"https://example.org/wait\\u0007ing\"\n---\n"+body), 0o644)
	os.WriteFile(filepath.Join(dir, "sources", "raw.md"), []byte(front+"url: https://example.org/wait\aing\n---\n"+body), 0o644)
	out, _, code := cli(t, "check", dir)
	for _, want := range []string{"sources/quoted.md:6: url: ", "sources/raw.md:6: url: "} {
		if code != 1 || !strings.Contains(out, want) {
			t.Errorf("check: exit %d, output lacks %q:\n%s", code, want, out)
		}
	}
	if strings.Contains(out, "not allowed") {
		t.Errorf("check: the parser's words:\n%s", out)
	}
	if out, _, _ := cli(t, "--corpus", dir, "items"); strings.Count(out, "45% of children") != 2 {
		t.Errorf("a source skipped:\n%s", out)
	}

	plain := filepath.Join(dir, "plain.md")
	os.WriteFile(plain, []byte(front+"---\n"+body), 0o644)
	records := map[string]string{
		"r.json": "[{\"type\": \"report\", \"title\": \"Waits\",\n  \"publisher\": \"P\",\n  \"URL\": \"https://example.org/wait\\u0007ing\"}]\n",
		"r.ris":  "TY  - RPRT\nTI  - Waits\nPB  - P\nUR  - https://example.org/wait\aing\nER  - \n",
		"r.bib":  "@techreport{k,\n  title = {Waits},\n  institution = {P},\n  year = {2024},\n  url = {https://example.org/wait\aing}\n}\n",
	}
	lines := map[string]int{"r.json": 3, "r.ris": 4, "r.bib": 5}
	cases := []struct {
		name  string
		args  []string
		where string
	}{
		{"front matter", []string{filepath.Join(dir, "sources", "quoted.md")}, filepath.Join(dir, "sources", "quoted.md") + ":6: url: "},
		{"flag", []string{plain, "--url", "https://example.org/wait\aing"}, "url: --url: "},
	}
	for name, rec := range records {
		path := filepath.Join(dir, name)
		os.WriteFile(path, []byte(rec), 0o644)
		cases = append(cases, struct {
			name  string
			args  []string
			where string
		}{name, []string{plain, "--meta", path}, "url: " + path + ":" + string(rune('0'+lines[name])) + ": "})
	}
	for _, c := range cases {
		args := append([]string{"add"}, c.args...)
		_, stderr, code := cli(t, append(args, "--id", "url-control", "--force")...)
		if code != 0 || !strings.Contains(stderr, c.where) {
			t.Errorf("%s: exit %d, output lacks %q:\n%s", c.name, code, c.where, stderr)
		}
		data, _ := os.ReadFile(filepath.Join(librarySources(), "url-control.md"))
		if !strings.Contains(string(data), "url: https://example.org/waiting\n") {
			t.Errorf("%s: the url was not kept cleaned:\n%s", c.name, data)
		}
	}
	cli(t, "remove", "url-control")
}
