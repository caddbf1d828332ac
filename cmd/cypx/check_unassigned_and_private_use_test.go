package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestUnassignedAndPrivateUseCodePointsAreInvisibles: a title holding an
// unassigned code point (U+0378) or a private-use one (U+E000,
// U+F0000) is a check problem at its line, as a title holding another
// invisible character is, and is read and shown without it. Before
// (hostile check 86, F8): no problem, and `show` wrote the code point raw.
func TestUnassignedAndPrivateUseCodePointsAreInvisibles(t *testing.T) {
	dir := t.TempDir()
	os.MkdirAll(filepath.Join(dir, "sources"), 0o755)
	for name, title := range map[string]string{"t05": "Godwit \ue000 survey", "t06": "Godwit \u0378 survey", "t07": "Godwit \U000f0000 survey"} {
		os.WriteFile(filepath.Join(dir, "sources", name+".md"), []byte("---\ntitle: "+title+"\npublisher: Mudflat Trust\ndate: 2024\ntype: report\n---\nIn 2024, 27% of godwit "+name+" surveys were late.\n"), 0o644)
	}
	out, stderr, code := cli(t, "check", dir)
	report := out + stderr
	if code == 0 {
		t.Errorf("check: exit 0, %q", report)
	}
	for _, name := range []string{"t05", "t06", "t07"} {
		if !strings.Contains(report, "sources/"+name+".md:2: title: ") || !strings.Contains(report, "invisible or control character") {
			t.Errorf("%s: no problem at its title's line in %q", name, report)
		}
	}
	out, stderr, _ = cli(t, "items", "--corpus", dir, "--format", "json")
	for _, r := range []string{"\ue000", "\u0378", "\U000f0000"} {
		if strings.Contains(out+stderr, r) {
			t.Errorf("items wrote U+%04X raw", []rune(r)[0])
		}
	}
	if !strings.Contains(out, `"title": "Godwit survey"`) {
		t.Errorf("items: want the titles read without them:\n%s", out)
	}
}
