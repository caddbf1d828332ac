package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestMarkdownImportWritesNoBodyCheckRefuses: a Markdown file whose text
// holds bidirectional controls, a NEL, a vertical tab and a form feed is
// imported without them (the breaks as breaks, the words apart), with a
// warning for what was dropped, so `cypx check` of the library finds no
// problem in what the import wrote, as for the other importers. Before
// (what remained of hostile check 86, F5), the Markdown import wrote them
// as typed and check named them in the library's own source.
func TestMarkdownImportWritesNoBodyCheckRefuses(t *testing.T) {
	home := t.TempDir()
	t.Setenv("CYPX_HOME", home)
	dir := t.TempDir()
	md := filepath.Join(dir, "whimbrel.md")
	os.WriteFile(md, []byte("---\ntitle: Whimbrel respite audit\npublisher: Estuary Board\ndate: 2024\ntype: report\n---\n## Nights\n\n"+
		"In 2024, 33% of \u202ewhimbrel\u202c respite nights were cancelled.\n\n"+
		"Some \u2066219\u2069 families\u0085waited for a place.\n\n"+
		"In 2023, 15 of 50 whimbrel\vbeds were closed.\fThe board met \u2067twice\u2069 in 2024.\n"), 0o644)
	_, stderr, code := cli(t, "add", md)
	if code != 0 {
		t.Fatalf("add: exit %d, %s", code, stderr)
	}
	if !strings.Contains(stderr, "bidirectional controls") {
		t.Errorf("add said nothing of the controls it dropped: %q", stderr)
	}
	lib := filepath.Join(home, "data", "library")
	if out, stderr, code := cli(t, "check", lib); code != 0 || strings.Contains(out+stderr, "the text holds") {
		t.Errorf("check of the import: exit %d, %q %q", code, out, stderr)
	}
	entries, _ := os.ReadDir(filepath.Join(lib, "sources"))
	var all string
	for _, e := range entries {
		data, _ := os.ReadFile(filepath.Join(lib, "sources", e.Name()))
		all += string(data)
	}
	for _, words := range []string{"33% of whimbrel respite", "219 families\nwaited", "whimbrel\nbeds", "closed.\n\nThe board met twice"} {
		if !strings.Contains(all, words) {
			t.Errorf("the import lacks %q:\n%s", words, all)
		}
	}
}
