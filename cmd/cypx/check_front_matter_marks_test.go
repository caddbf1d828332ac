package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestCheckNamesReferencesAndMarksInFrontMatter: front matter is YAML,
// read as written, so a title or publisher holding a character reference
// or Markdown's marks ("Sandpiper &amp; *Partners*") is cited as it
// stands; `cypx check` says so at the key's line, with the words a page
// would show. Before (hostile check 85, L14), check said nothing and
// every citation carried "&amp;" and the stars. A plain value is no
// problem.
func TestCheckNamesReferencesAndMarksInFrontMatter(t *testing.T) {
	t.Setenv("CYPX_HOME", t.TempDir())
	dir := t.TempDir()
	os.MkdirAll(filepath.Join(dir, "sources"), 0o755)
	os.WriteFile(filepath.Join(dir, "sources", "m.md"), []byte("---\ntitle: \"Waits &#38; _respite_ review\"\npublisher: Sandpiper &amp; *Partners*\ndate: 2024\ntype: report\n---\n## Waits\n\nSome 41% of families waited over a month for respite in 2023.\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "sources", "p.md"), []byte("---\ntitle: Waits and respite review\npublisher: Sandpiper & Partners\ndate: 2024\ntype: report\n---\n## Waits\n\nSome 42% of families waited over a month for a review in 2023.\n"), 0o644)
	out, stderr, code := cli(t, "check", dir)
	all := out + stderr
	if code == 0 {
		t.Errorf("check: exit 0, %q", all)
	}
	for _, want := range []string{
		`sources/m.md:2: title: "Waits &#38; _respite_ review" holds a character reference or Markdown marks`,
		`(as a page shows it: "Waits & respite review")`,
		`sources/m.md:3: publisher: "Sandpiper &amp; *Partners*" holds a character reference or Markdown marks`,
		`(as a page shows it: "Sandpiper & Partners")`,
	} {
		if !strings.Contains(all, want) {
			t.Errorf("want %q in %q", want, all)
		}
	}
	if strings.Contains(all, "sources/p.md") {
		t.Errorf("a plain value is named: %q", all)
	}
}
