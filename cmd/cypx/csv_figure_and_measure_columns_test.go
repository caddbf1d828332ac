package main

import (
	"encoding/csv"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestCSVGivesTheFigureAndItsMeasureAsThePackDoes: a statistic's CSV row
// gives its figure as the pack's table of figures does ("£4.5m" for a
// "4,500" under "Spend (£000s)", the value column still 4500000) and, in
// the last column, what it measures, the words that table gives it
// ("Spend, Ashby") (hostile check 63 M5). Before: "4,500" in the figure
// column, and nothing said what a table row's figure measured.
func TestCSVGivesTheFigureAndItsMeasureAsThePackDoes(t *testing.T) {
	t.Setenv("CYPX_HOME", t.TempDir())
	dir := t.TempDir()
	os.MkdirAll(filepath.Join(dir, "sources"), 0o755)
	os.WriteFile(filepath.Join(dir, "sources", "spend.md"), []byte("---\ntitle: Spend\npublisher: Wren Council\ndate: 2024-03\ntype: report\n---\n\n"+
		"| District | Spend (£000s) | Median wait (weeks) |\n| --- | --- | --- |\n| Ashby | 4,500 | 18 |\n"), 0o644)
	out, stderr, code := cli(t, "--corpus", dir, "--no-bundled", "export", "--format", "csv")
	if code != 0 {
		t.Fatalf("export csv: exit %d: %s", code, stderr)
	}
	rows, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	if err != nil || len(rows) != 2 {
		t.Fatalf("csv %v:\n%s", err, out)
	}
	col := map[string]string{}
	for i, h := range rows[0] {
		col[h] = rows[1][i]
	}
	if col["figure"] != "£4.5m" || col["value"] != "4500000" || col["unit"] != "gbp" || col["measure"] != "Spend, Ashby" {
		t.Errorf("figure %q value %q unit %q measure %q", col["figure"], col["value"], col["unit"], col["measure"])
	}
	pack, _, _ := cli(t, "--corpus", dir, "--no-bundled", "export", "--format", "md", "--figures")
	if !strings.Contains(pack, "| £4.5m | Spend, Ashby |") {
		t.Errorf("the pack's table says it otherwise:\n%s", pack)
	}
}
