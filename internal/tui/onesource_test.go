package tui_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestHeaderCountsOneSource: the explorer over a library of one report says
// "1 source" in its header. Before, "1 sources".
func TestHeaderCountsOneSource(t *testing.T) {
	dir := t.TempDir()
	os.MkdirAll(filepath.Join(dir, "sources"), 0o755)
	os.WriteFile(filepath.Join(dir, "sources", "one.md"), []byte("---\ntitle: One\npublisher: Acme Trust\ndate: 2024\ntype: report\n---\nIn 2023, 45% of children waited more than 18 weeks for CAMHS.\n"), 0o644)
	d := start(t, 100, 30, corpusOptions(t, dir))
	if s := d.screen(); !strings.Contains(s, "1 source") || strings.Contains(s, "1 sources") {
		t.Errorf("header:\n%s", strings.SplitN(s, "\n", 2)[0])
	}
}
