package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestCiteAndExportReadAuthorsAlike: `cypx cite` in Harvard and APA, and
// `cypx export` as RIS, BibTeX and CSL JSON, read one author field as the
// same authors: a body with a comma in its name whole, a person written
// surname first as one person, a person and a body as two, a person
// whose surname is a place as a person, "et al." as authors not named
// (round 24). Before: "(Department
// of Health and Social Services and Public Safety, 2024)", "(Smith and
// Jane, 2024)" with RIS "AU - Smith" and "AU - Jane", "(Jane Smith and
// the Health Foundation, 2024)", "(Jane England, 2024)", "(et al.,
// 2024)".
func TestCiteAndExportReadAuthorsAlike(t *testing.T) {
	dir := t.TempDir()
	os.MkdirAll(filepath.Join(dir, "sources"), 0o755)
	type want struct{ harvard, apa, ris, bibtex, csl string }
	cases := map[string]struct {
		author string
		want   want
	}{
		"body": {"Department of Health, Social Services and Public Safety", want{
			"(Department of Health, Social Services and Public Safety, 2024", "(Department of Health, Social Services and Public Safety, 2024",
			"AU  - Department of Health, Social Services and Public Safety,\r\n", "author = {{Department of Health, Social Services and Public Safety}}",
			`[{"literal":"Department of Health, Social Services and Public Safety"}]`}},
		"smith":   {"Smith, Jane", want{"(Smith, 2024", "(Smith, 2024", "AU  - Smith, Jane\r\n", "author = {Smith, Jane}", `[{"family":"Smith","given":"Jane"}]`}},
		"obriain": {"Ó Briain, Dara", want{"(Ó Briain, 2024", "(Ó Briain, 2024", "AU  - Ó Briain, Dara\r\n", "author = {Ó Briain, Dara}", `[{"family":"Ó Briain","given":"Dara"}]`}},
		"mixed": {"Jane Smith and the Health Foundation", want{"(Smith and the Health Foundation, 2024", "(Smith & the Health Foundation, 2024",
			"AU  - Smith, Jane\r\nAU  - the Health Foundation,\r\n", "author = {Smith, Jane and {the Health Foundation}}",
			`[{"family":"Smith","given":"Jane"},{"literal":"the Health Foundation"}]`}},
		"etal":    {"Jane Smith et al.", want{"(Smith et al., 2024", "(Smith et al., 2024", "AU  - Smith, Jane\r\n", "author = {Smith, Jane and others}", `[{"family":"Smith","given":"Jane"}]`}},
		"england": {"Jane England", want{"(England, 2024", "(England, 2024", "AU  - England, Jane\r\n", "author = {England, Jane}", `[{"family":"England","given":"Jane"}]`}},
	}
	for name, c := range cases {
		src := "---\ntitle: Waiting " + name + "\npublisher: Acme Press\nauthor: \"" + c.author + "\"\ndate: 2024-03-01\ntype: report\n---\nIn 2023, 45% of children waited more than 18 weeks for " + name + " assessments.\n"
		if err := os.WriteFile(filepath.Join(dir, "sources", name+".md"), []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for name, c := range cases {
		id := corpusID(t, dir, name)
		for style, w := range map[string]string{"harvard": c.want.harvard, "apa": c.want.apa} {
			if out, stderr, code := cli(t, "--corpus", dir, "cite", id, "--style", style); code != 0 || !strings.Contains(out, w) {
				t.Errorf("%s %s: want %q: %d %s\n%s", name, style, w, code, stderr, out)
			}
		}
		ris, _, _ := cli(t, "--corpus", dir, "export", name, "--format", "ris")
		if !strings.Contains(ris, "TY  - RPRT\r\n"+c.want.ris+"TI  - ") {
			t.Errorf("%s RIS: want %q\n%s", name, c.want.ris, ris)
		}
		if bib, _, _ := cli(t, "--corpus", dir, "export", name, "--format", "bibtex"); !strings.Contains(bib, c.want.bibtex+",\n") {
			t.Errorf("%s BibTeX: want %q\n%s", name, c.want.bibtex, bib)
		}
		j, _, _ := cli(t, "--corpus", dir, "export", name, "--format", "csljson")
		var items []struct{ Author json.RawMessage }
		if err := json.Unmarshal([]byte(j), &items); err != nil || len(items) != 1 {
			t.Errorf("%s CSL JSON: %v\n%s", name, err, j)
			continue
		}
		var compact strings.Builder
		for _, r := range string(items[0].Author) {
			if r != ' ' && r != '\n' && r != '\t' {
				compact.WriteRune(r)
			}
		}
		if got := compact.String(); got != strings.ReplaceAll(c.want.csl, " ", "") {
			t.Errorf("%s CSL JSON authors %s, want %s", name, got, c.want.csl)
		}
	}
	if out, _, _ := cli(t, "check", dir); strings.Contains(out, "smith.md") || strings.Contains(out, "obriain.md") || strings.Contains(out, "mixed.md") || strings.Contains(out, "england.md") {
		t.Errorf("check: %s", out)
	}
}
