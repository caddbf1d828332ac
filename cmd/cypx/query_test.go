package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestSearchSaysWhatTheThesaurusAdded(t *testing.T) {
	out, stderr, code := cli(t, "search", "CAMHS", "--format", "json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var res struct {
		Total    int `json:"total"`
		Expanded []struct {
			Term  string   `json:"term"`
			Forms []string `json:"forms"`
		} `json:"expanded"`
		Items []struct {
			Source string `json:"source"`
		} `json:"items"`
	}
	if err := json.Unmarshal([]byte(out), &res); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, out)
	}
	if res.Total == 0 || len(res.Expanded) != 1 || res.Expanded[0].Term != "CAMHS" || !strings.Contains(strings.Join(res.Expanded[0].Forms, "|"), "child and adolescent mental health services") {
		t.Fatalf("CAMHS: total %d, expanded %+v", res.Total, res.Expanded)
	}
	if res.Items[0].Source != "cqc-2018-are-we-listening" {
		t.Errorf("CAMHS: first item from %s, want the CQC review", res.Items[0].Source)
	}
	if !strings.Contains(stderr, "CAMHS: also searched CYPMHS") {
		t.Errorf("stderr does not say what was added: %q", stderr)
	}
	// Every search says what it added, even when nothing was: an empty list.
	out, _, _ = cli(t, "search", "waiting", "--format", "json")
	if !strings.Contains(out, `"expanded": []`) {
		t.Errorf("a search without expansions lacks \"expanded\": []")
	}
}

func TestSearchSuggestsForMisspellings(t *testing.T) {
	out, stderr, code := cli(t, "search", "autisim")
	if code != 0 || !strings.HasPrefix(out, "0 of 0 items") {
		t.Fatalf("exit %d, out %q", code, out)
	}
	if !strings.Contains(stderr, "autisim: did you mean autism (") {
		t.Errorf("no suggestion on stderr: %q", stderr)
	}
}

func TestThesaurusCommand(t *testing.T) {
	out, _, code := cli(t, "thesaurus", "CCG")
	if code != 0 || !strings.HasPrefix(out, "ICB · ICBs") || !strings.Contains(out, "1 July 2022") {
		t.Errorf("thesaurus CCG: exit %d\n%s", code, out)
	}
	if _, stderr, code := cli(t, "thesaurus", "zzzz"); code != 1 || !strings.Contains(stderr, "in no thesaurus entry") {
		t.Errorf("thesaurus zzzz: exit %d, %q", code, stderr)
	}
	out, _, _ = cli(t, "thesaurus", "--format", "json")
	var entries []map[string]any
	if err := json.Unmarshal([]byte(out), &entries); err != nil || len(entries) < 80 {
		t.Errorf("thesaurus --format json: %v, %d entries", err, len(entries))
	}
}

func TestLibraryThesaurusExtendsAndIsChecked(t *testing.T) {
	dir := t.TempDir()
	src, err := os.ReadFile("../../corpus/sources/cqc-2018-are-we-listening.md")
	if err != nil {
		t.Fatal(err)
	}
	os.MkdirAll(filepath.Join(dir, "sources"), 0o755)
	os.WriteFile(filepath.Join(dir, "sources", "cqc.md"), src, 0o644)
	os.WriteFile(filepath.Join(dir, "thesaurus.yaml"), []byte(`entries:
  - terms: [WIBBLE, system under pressure]
    gloss: A made-up acronym.
    source: CQC
  - terms: [BROKEN]
    gloss: Has one term.
    source: Nowhere
`), 0o644)
	out, _, code := cli(t, "--corpus", dir, "search", "WIBBLE", "--format", "json")
	if code != 0 || !strings.Contains(out, `"term": "WIBBLE"`) || strings.Contains(out, `"total": 0`) {
		t.Errorf("a library entry did not widen its term: exit %d\n%.400s", code, out)
	}
	out, _, code = cli(t, "check", dir)
	if code == 0 || !strings.Contains(out, "thesaurus.yaml:5:") {
		t.Errorf("check did not report the broken entry at its line: exit %d\n%s", code, out)
	}
}

// TestHugeThesaurusEntryIsNotedCut: a library thesaurus entry of 20,000
// forms widens a search to all of them, and the note on standard error
// names the first maxNoteForms and counts the rest. Before, every search of
// the term wrote all 20,000 on one line, 200 KB (red-team round 11). Since
// round 20 an entry is read up to thesaurus.MaxEntryTerms, with a warning.
func TestHugeThesaurusEntryIsNotedCut(t *testing.T) {
	dir := t.TempDir()
	src, err := os.ReadFile("../../corpus/sources/cqc-2018-are-we-listening.md")
	if err != nil {
		t.Fatal(err)
	}
	os.MkdirAll(filepath.Join(dir, "sources"), 0o755)
	os.WriteFile(filepath.Join(dir, "sources", "cqc.md"), src, 0o644)
	forms := []string{"waiting"}
	for i := range 20_000 {
		forms = append(forms, fmt.Sprintf("form%d", i))
	}
	os.WriteFile(filepath.Join(dir, "thesaurus.yaml"), []byte("entries:\n  - terms: ["+strings.Join(forms, ", ")+"]\n    gloss: Made up.\n    source: Nowhere\n"), 0o644)
	out, stderr, code := cli(t, "--corpus", dir, "search", "waiting")
	if code != 0 || !strings.Contains(out, "of") || len(stderr) > 1000 || !strings.Contains(stderr, "waiting: also searched form0, form1,") ||
		!strings.Contains(stderr, "and 43 more ('cypx thesaurus waiting' lists them)") || !strings.Contains(stderr, "has 20001 terms: at most 64 are read") {
		t.Errorf("exit %d, %d bytes on stderr: %.400s", code, len(stderr), stderr)
	}
}
