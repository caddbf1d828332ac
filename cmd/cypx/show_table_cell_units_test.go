package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestShowGivesATableCellsFigureAsItsCopyDoes: `cypx show` of a table row
// whose header gives the unit ("Spend (£000s)", "Seen within 12 weeks
// (%)") gives each figure as its copy and badge do, by one formatter
// (Figure.Copied): "£1.9m  (1900000 gbp)", "45%  (45 percent)"; a
// sentence's "45 per cent" stays as written. Before: "1,900  (1900000
// gbp)" and "45  (45 percent)", where the copy said "£1.9m" and "45%"
// (hostile check 64 L6).
func TestShowGivesATableCellsFigureAsItsCopyDoes(t *testing.T) {
	dir := t.TempDir()
	os.MkdirAll(filepath.Join(dir, "sources"), 0o755)
	os.WriteFile(filepath.Join(dir, "sources", "fen.md"), []byte("---\ntitle: Fenwick spend\npublisher: Fenwick Trust\ndate: 2025\ntype: report\n---\n"+
		"Table 3: Spend and waits by district, 2024\n\n| District | Spend (£000s) | Seen within 12 weeks (%) |\n| --- | --- | --- |\n| Southvale | 1,900 | 45 |\n\n"+
		"In Eastvale, 45 per cent of children were seen within 12 weeks in 2024.\n"), 0o644)
	var items []struct{ ID string }
	j, _, _ := cli(t, "--corpus", dir, "items", "--format", "json")
	json.Unmarshal([]byte(j), &items)
	var all, copies string
	for _, it := range items {
		out, stderr, code := cli(t, "--corpus", dir, "show", it.ID)
		if code != 0 {
			t.Fatalf("show: %d %s", code, stderr)
		}
		all += out
		c, _, _ := cli(t, "--corpus", dir, "cite", it.ID, "--format", "figure")
		copies += c
	}
	for _, want := range []string{"£1.9m  (1900000 gbp)", "45%  (45 percent)", "45 per cent  (45 percent"} {
		if !strings.Contains(all, want) {
			t.Errorf("show lacks %q:\n%s", want, all)
		}
	}
	if strings.Contains(all, "1,900  (") || strings.Contains(all, " 45  (") {
		t.Errorf("show gives a cell's figure bare:\n%s", all)
	}
	if !strings.Contains(copies, "£1.9m (") {
		t.Errorf("the copy is not the figure show gives: %s", copies)
	}
}
