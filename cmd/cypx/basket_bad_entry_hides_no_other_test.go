package main

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/paths"
)

// TestBasketEntryThatIsNoItemHidesNoOther: a basket file holding one entry
// that is no item id (a hand edit) still lists and exports its good
// entries, warning of the bad one by file and line with the command that
// drops it; a read rewrites nothing; 'basket remove' given the entry as
// the file holds it takes it out, the rest kept. Before (hostile check 86,
// F2): every basket command refused the whole basket.
func TestBasketEntryThatIsNoItemHidesNoOther(t *testing.T) {
	home := t.TempDir()
	t.Setenv("CYPX_HOME", home)
	dir := t.TempDir()
	for _, f := range []struct{ name, title, body string }{
		{"heron.md", "Heron unit audit", "Only 7 of 25 heron unit cots were staffed at night in 2023."},
		{"plover.md", "Plover service review", "Some 38% of plover service referrals waited a month in 2023."},
	} {
		p := filepath.Join(dir, f.name)
		os.WriteFile(p, []byte("---\ntitle: \""+f.title+"\"\npublisher: Shore Trust\ndate: 2024\ntype: report\n---\n## Care\n\n"+f.body+"\n"), 0o644)
		if _, stderr, code := cli(t, "add", p); code != 0 {
			t.Fatalf("add %s: exit %d, %s", f.name, code, stderr)
		}
	}
	out, _, _ := cli(t, "items")
	ids := regexp.MustCompile(`st-2024-[a-z-]+#[0-9a-f]{8}`).FindAllString(out, -1)
	if len(ids) < 2 {
		t.Fatalf("want an item of each report:\n%s", out)
	}
	path, err := paths.Basket()
	if err != nil {
		t.Fatal(err)
	}
	os.MkdirAll(filepath.Dir(path), 0o755)
	data := "{\n  \"version\": 1,\n  \"items\": [\n    \"" + ids[0] + "\",\n    \"../y#beef\",\n    \"" + ids[1] + "\"\n  ]\n}\n"
	os.WriteFile(path, []byte(data), 0o644)
	warning := path + ":5: entry 2: "
	out, stderr, code := cli(t, "basket", "list")
	if code != 0 || !strings.Contains(out, ids[0]) || !strings.Contains(out, ids[1]) || !strings.Contains(stderr, "warning: "+warning) || !strings.Contains(stderr, "'cypx basket remove ../y#beef'") {
		t.Errorf("list: exit %d, %q %q; want both items and a warning naming %s", code, out, stderr, warning)
	}
	pack := filepath.Join(t.TempDir(), "pack.md")
	if _, stderr, code := cli(t, "export", "--basket", "-o", pack); code != 0 || !strings.Contains(stderr, warning) {
		t.Errorf("export: exit %d, %q", code, stderr)
	}
	if got, _ := os.ReadFile(pack); !strings.Contains(string(got), "heron") || !strings.Contains(string(got), "plover") {
		t.Errorf("the pack lacks a good item:\n%s", got)
	}
	if got, _ := os.ReadFile(path); string(got) != data {
		t.Errorf("a read rewrote the basket:\n%s", got)
	}
	if _, stderr, code := cli(t, "basket", "remove", "../y#beef"); code != 0 || !strings.Contains(stderr, "removed 1, basket holds 2") {
		t.Errorf("remove of the bad entry: exit %d, %q", code, stderr)
	}
	out, stderr, code = cli(t, "basket", "list")
	if code != 0 || strings.Contains(stderr, "warning") || !strings.Contains(out, ids[0]) || !strings.Contains(out, ids[1]) {
		t.Errorf("after the remove: exit %d, %q %q", code, out, stderr)
	}
	if _, stderr, code := cli(t, "basket", "remove", "../z#beef"); code == 0 || !strings.Contains(stderr, "is not an item id") {
		t.Errorf("remove of text the basket does not hold: exit %d, %q", code, stderr)
	}
}
