package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// 'cypx check' tells in one run the faults that used to show only once
// others were mended: a theme id given again after a theme left out for
// another fault, an unknown theme in an ask's 'unless:' beside one in its
// 'themes:', and a top-level key written twice (read as the second,
// unsaid). A source whose 'date: [2024' is on line 4 is told at line 4,
// not 3.
func TestCheckTellsDuplicatesAndUnlessInOneRun(t *testing.T) {
	dir := t.TempDir()
	os.MkdirAll(filepath.Join(dir, "sources"), 0o755)
	os.WriteFile(filepath.Join(dir, "sources", "ok.md"), []byte("---\ntitle: Heron street review\npublisher: Heron Trust\ndate: 2024\ntype: report\n---\n38% of carers waited over a week for a call back.\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "sources", "open.md"), []byte("---\ntitle: Heron open list\npublisher: Heron Trust\ndate: [2024\ntype: report\n---\nBody text.\n"), 0o644)
	themesDoc := "themes:\n" + // 1
		"  - id: calls\n" + // 2
		"    label: [C, D]\n" + // 3
		"    terms: [call back]\n" + // 4
		"  - id: herons\n" + // 5
		"    label: Herons\n" + // 6
		"    terms: [heron]\n" + // 7
		"  - id: calls\n" + // 8
		"    label: Calls again\n" + // 9
		"    terms: [phone]\n" + // 10
		"asks:\n" + // 11
		"  - {actors: [Government], themes: [absent], unless: [ghost]}\n" + // 12
		"title_themes: [herons]\n" + // 13
		"title_themes: [calls]\n" // 14
	os.WriteFile(filepath.Join(dir, "themes.yaml"), []byte(themesDoc), 0o644)
	out, stderr, code := cli(t, "check", dir)
	if code != 1 {
		t.Fatalf("exit %d, want 1: %s", code, stderr)
	}
	for _, want := range []string{
		"themes.yaml:3: label: want a single value",
		`themes.yaml:8: theme id "calls" given twice: both themes "calls" are left out, this one and the first, on line 2 (left out for its own fault)`,
		`themes.yaml:12: asks: unknown theme "absent"`,
		`themes.yaml:12: asks: unless: unknown theme "ghost"`,
		`themes.yaml:14: key "title_themes" given twice (first on line 13)`,
		"sources/open.md:4: front matter: did not find expected ',' or ']'",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("check does not say %q:\n%s", want, out)
		}
	}
}
