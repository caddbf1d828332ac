package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestCiteAuthorBodiesAndPrefixes: `cypx cite` names a body written as
// author whole and a Gaelic surname with its prefix, in every style
// (round 23). Before: "(of Health and Care, 2024)", "(UK, 2024)" and
// "(Briain, 2024)".
func TestCiteAuthorBodiesAndPrefixes(t *testing.T) {
	dir := t.TempDir()
	os.MkdirAll(filepath.Join(dir, "sources"), 0o755)
	body := "\ndate: 2024-03-01\ntype: report\n---\nIn 2023, 45% of children waited more than 18 weeks for CAMHS assessments.\n"
	for name, author := range map[string]string{
		"dhsc": "Department of Health and Social Care", "age": "Age UK", "ob": "Dara Ó Briain",
	} {
		src := "---\ntitle: Waiting " + name + "\npublisher: Acme Press\nauthor: " + author + body
		if err := os.WriteFile(filepath.Join(dir, "sources", name+".md"), []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for name, want := range map[string]map[string]string{
		"dhsc": {"harvard": "(Department of Health and Social Care, 2024", "apa": "(Department of Health and Social Care, 2024", "footnotes": "Department of Health and Social Care, "},
		"age":  {"harvard": "(Age UK, 2024", "apa": "(Age UK, 2024", "footnotes": "Age UK, "},
		"ob":   {"harvard": "(Ó Briain, 2024", "apa": "(Ó Briain, 2024", "footnotes": "Dara Ó Briain, "},
	} {
		id := corpusID(t, dir, name)
		for style, w := range want {
			out, stderr, code := cli(t, "--corpus", dir, "cite", id, "--style", style)
			if code != 0 || !strings.Contains(out, w) {
				t.Errorf("%s %s: %d %s\n%s", name, style, code, stderr, out)
			}
		}
		out, _, _ := cli(t, "--corpus", dir, "cite", id, "--style", "vancouver", "--format", "reference")
		if w := map[string]string{"dhsc": "Department of Health and Social Care. ", "age": "Age UK. ", "ob": "Ó Briain D. "}[name]; !strings.Contains(out, w) {
			t.Errorf("%s vancouver reference: %s", name, out)
		}
	}
}
