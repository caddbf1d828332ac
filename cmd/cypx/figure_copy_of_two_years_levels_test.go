package main

import (
	"encoding/csv"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestTwoYearsLevelsCopiedAndTabledAlike: a sentence stating a measure's
// level in two years is copied by cite --format figure as the sentence
// quoted, and the CSV's figure, value and period are the later year's
// (evidence.Item.Headline, inList), one rule for every path (hostile
// check 64 M3). Before, both gave the older figure alone.
func TestTwoYearsLevelsCopiedAndTabledAlike(t *testing.T) {
	t.Setenv("CYPX_HOME", t.TempDir())
	dir := t.TempDir()
	os.MkdirAll(filepath.Join(dir, "sources"), 0o755)
	sentence := "In 2021, 1,100 pupils were referred to the dietetics team; by 2024 the figure was 1,500 pupils."
	body := "---\ntitle: Dietetics review\npublisher: Ashvale Trust\ndate: 2025-02\ntype: report\n---\n\n" + sentence + "\n"
	os.WriteFile(filepath.Join(dir, "sources", "d.md"), []byte(body), 0o644)
	out, stderr, code := cli(t, "--corpus", dir, "export", "--format", "csv")
	rows, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	if code != 0 || err != nil || len(rows) != 2 {
		t.Fatalf("export csv: exit %d %v %s\n%s", code, err, stderr, out)
	}
	// The period by its header's name: columns are added at the end.
	period := slices.Index(rows[0], "period")
	r := rows[1]
	if period < 0 || r[3] != "1500" || r[period] != "2024" {
		t.Errorf("CSV figure %q value %q period column %d of %q, want 2024's 1,500", r[2], r[3], period, r)
	}
	got, _, _ := cli(t, "--corpus", dir, "cite", "--format", "figure", r[0])
	if want := "\"" + sentence + "\" (Ashvale Trust, 2025)\n"; got != want {
		t.Errorf("cite --format figure %q, want %q", got, want)
	}
}
