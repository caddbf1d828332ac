package tui_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestDetailGivesTableFiguresTheirUnits: the detail pane of a table row
// `| Ashby | 21 | 40.5 |` under "Median wait (weeks)" and "Share (%)"
// gives each figure with its unit, as its badge, `show` and its copy do
// (Figure.Copied): "21 weeks: median wait", "Figures: 21 weeks · 40.5%"
// (hostile check 63 M7). Before: "21: median wait" and "Figures: 21 ·
// 40.5", numbers of nothing.
func TestDetailGivesTableFiguresTheirUnits(t *testing.T) {
	dir := t.TempDir()
	os.MkdirAll(filepath.Join(dir, "sources"), 0o755)
	os.WriteFile(filepath.Join(dir, "sources", "waits.md"), []byte("---\ntitle: Waits\npublisher: Heron Trust\ndate: 2024-03\ntype: report\n---\n\n"+
		"| Area | Median wait (weeks) | Share waiting over 18 weeks (%) |\n| --- | --- | --- |\n| Ashby | 21 | 40.5 |\n"), 0o644)
	d := start(t, 140, 40, corpusOptions(t, dir))
	d.keys(strings.Split("Ashby", "")...)
	d.keys("enter")
	s := d.screen()
	for _, want := range []string{"21 weeks: median wait", "40.5%: share waiting over 18 weeks", "Figures: 21 weeks · 40.5%"} {
		if !strings.Contains(s, want) {
			t.Errorf("the detail pane lacks %q:\n%s", want, s)
		}
	}
}
