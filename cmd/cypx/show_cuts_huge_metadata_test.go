package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestShowCutsAHugeTitle: `cypx show` of an item whose source has a 1 MB
// title, a 1 MB publisher and a 1 MB url prints each value cut at
// evidence.MaxShownChars with "…" and its whole length, and its citation
// and reference lines likewise, never the whole value; `cypx cite` and
// exports carry the metadata whole, as written; `cypx check` reports each
// value past its limit at its line. Before: show printed every value whole
// (5 MB of title, 3 MB of url) and check said nothing.
func TestShowCutsAHugeTitle(t *testing.T) {
	dir := t.TempDir()
	os.MkdirAll(filepath.Join(dir, "sources"), 0o755)
	title := strings.Repeat("Waiting ", 1<<17)
	pub := strings.Repeat("Pub ", 1<<18)
	url := "https://example.org/" + strings.Repeat("a", 1<<20)
	os.WriteFile(filepath.Join(dir, "sources", "huge.md"), []byte("---\ntitle: \""+title+"\"\npublisher: \""+pub+"\"\ndate: 2024\ntype: report\nurl: "+url+"\n---\nSome 45% of children waited more than 18 weeks for community paediatrics in 2023.\n"), 0o644)
	out, stderr, code := cli(t, "--corpus", dir, "items", "--format", "json")
	if code != 0 {
		t.Fatalf("items: exit %d: %s", code, stderr)
	}
	id := out[strings.Index(out, `"id": "huge#`)+len(`"id": "`):]
	id = id[:strings.Index(id, `"`)]
	out, stderr, code = cli(t, "--corpus", dir, "show", id)
	if code != 0 {
		t.Fatalf("show: exit %d: %.300s", code, stderr)
	}
	if len(out) > 40_000 {
		t.Errorf("show printed %d bytes", len(out))
	}
	for _, row := range []string{"title ", "publisher ", "url "} {
		i := strings.Index(out, "\n"+row)
		if i < 0 {
			t.Errorf("no %s row:\n%.500s", row, out)
			continue
		}
		line, _, _ := strings.Cut(out[i+1:], "\n")
		if !strings.Contains(line, " characters)") || !strings.Contains(line, "… (") {
			t.Errorf("the %s row is not cut with its length: %.100s … %s", row, line, line[max(0, len(line)-60):])
		}
	}
	cite, _, code := cli(t, "--corpus", dir, "cite", id, "--format", "reference")
	if code != 0 || !strings.Contains(cite, strings.TrimSpace(title)) || !strings.Contains(cite, url) {
		t.Errorf("cite does not carry the title and url whole (exit %d, %d bytes)", code, len(cite))
	}
	check, _, code := cli(t, "check", dir)
	for _, want := range []string{"huge.md:2: title: 1,048,575 characters", "huge.md:3: publisher: 1,048,575 characters", "huge.md:6: url: 1,048,596 characters"} {
		if code == 0 || !strings.Contains(check, want) {
			t.Errorf("check (exit %d) lacks %q:\n%.1000s", code, want, check)
		}
	}
}
