package main

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// 'cypx export --basket' when the source of every finding in the basket
// has gone bad writes no pack and exits 1, saying why; with one finding
// still sound, the pack is written with it and the others warned of, as
// before. Before: an empty pack, exit status 0 (hostile check 59).
func TestExportOfABasketWithEveryItemMissingWritesNoPack(t *testing.T) {
	home := t.TempDir()
	t.Setenv("CYPX_HOME", home)
	dir := t.TempDir()
	var files []string
	for _, f := range []struct{ name, title, body string }{
		{"kestrel.md", "Kestrel ward audit", "Only 9 of 30 kestrel beds were open on Sundays in 2023."},
		{"osprey.md", "Osprey clinic review", "Some 44% of osprey clinic letters arrived late in 2023."},
	} {
		p := filepath.Join(dir, f.name)
		os.WriteFile(p, []byte("---\ntitle: \""+f.title+"\"\npublisher: Bird Trust\ndate: 2024\ntype: report\n---\n## Beds\n\n"+f.body+"\n"), 0o644)
		if _, stderr, code := cli(t, "add", p); code != 0 {
			t.Fatalf("add %s: exit %d, %s", f.name, code, stderr)
		}
		files = append(files, f.name)
	}
	out, _, _ := cli(t, "items")
	ids := regexp.MustCompile(`bt-2024-[a-z-]+#[0-9a-f]{8}`).FindAllString(out, -1)
	if len(ids) < 2 {
		t.Fatalf("want an item of each report:\n%s", out)
	}
	for _, id := range ids {
		cli(t, "basket", "add", id)
	}
	breakSource := func(name string) {
		filepath.WalkDir(home, func(p string, d os.DirEntry, err error) error {
			if err == nil && strings.HasPrefix(d.Name(), "bt-2024-"+strings.TrimSuffix(name, ".md")) && strings.HasSuffix(p, ".md") {
				data, _ := os.ReadFile(p)
				os.WriteFile(p, regexp.MustCompile(`(?m)^date: .*$`).ReplaceAll(data, []byte("date: [2024")), 0o644)
			}
			return nil
		})
	}
	breakSource(files[0])
	pack := filepath.Join(t.TempDir(), "pack.md")
	if _, stderr, code := cli(t, "export", "--basket", "-o", pack); code != 0 || !strings.Contains(stderr, "is missing") {
		t.Fatalf("one source broken: exit %d, %s", code, stderr)
	}
	if data, err := os.ReadFile(pack); err != nil || !strings.Contains(string(data), "osprey") {
		t.Errorf("the sound finding is not in the pack: %v\n%s", err, data)
	}
	breakSource(files[1])
	pack2 := filepath.Join(t.TempDir(), "pack2.md")
	_, stderr, code := cli(t, "export", "--basket", "-o", pack2)
	if code != 1 || !strings.Contains(stderr, "none of the basket's 2 items could be exported") {
		t.Errorf("every source broken: exit %d, %s", code, stderr)
	}
	if _, err := os.Stat(pack2); err == nil {
		t.Errorf("a pack was written of no finding")
	}
	if out, _, code := cli(t, "export", "--basket"); code != 1 || out != "" {
		t.Errorf("to standard output: exit %d, wrote %q", code, out)
	}
}
