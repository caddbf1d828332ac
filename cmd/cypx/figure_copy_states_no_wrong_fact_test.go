package main

import (
	"encoding/csv"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestFigureCopyStatesNoWrongFactOnEveryPath: cite, the JSON citations,
// the CSV figure and measure columns and the pack's table of figures
// never state a comparison's year or place, an aim's year, or a count as
// a whole population with what happened to it cut off (evidence.Item.
// FigureCopy, FigurePlace, FigurePeriod) (hostile check 64 H1–H4).
// Before: "…, 2018" for "Compared with Ashby in 2018, there is now …",
// "…, 2031" for an aim, "…; Wales" for a ratio compared with Wales's, and
// "Around 1,900 pupils in Brill" for those who "have no school nurse".
func TestFigureCopyStatesNoWrongFactOnEveryPath(t *testing.T) {
	t.Setenv("CYPX_HOME", t.TempDir())
	dir := t.TempDir()
	os.MkdirAll(filepath.Join(dir, "sources"), 0o755)
	body := "---\ntitle: Dietetics review\npublisher: Ashvale Trust\ndate: 2025-02\ntype: report\n---\n\n" +
		"Compared with Ashby in 2018, there is now one dietitian for every 2,600 pupils aged 5 to 11.\n\n" +
		"By 2031, the board aims to have one dietitian for every 1,700 pupils aged 5 to 11.\n\n" +
		"There was one school nurse for every 3,300 pupils in 2022, against one for every 2,200 in Wales.\n\n" +
		"Around 1,900 pupils in Brill have no school nurse.\n\n" +
		"In Cole, 1,300 pupils were referred in 2022; in Dane, 900.\n"
	os.WriteFile(filepath.Join(dir, "sources", "d.md"), []byte(body), 0o644)
	want := map[string]string{
		"Compared with Ashby": "one dietitian for every 2,600 pupils aged 5 to 11 (Ashvale Trust, 2025)",
		// An aim's ratio is no figure (the extractor's standard-ratio
		// rule), so its copy quotes the aim whole, never "…, 2031".
		"By 2031":      "\"By 2031, the board aims to have one dietitian for every 1,700 pupils aged 5 to 11.\" (Ashvale Trust, 2025)",
		"Around 1,900": "Around 1,900 pupils (Ashvale Trust, 2025)",
		"In Cole":      "1,300 pupils (Ashvale Trust, 2025)",
	}
	out, stderr, code := cli(t, "--corpus", dir, "export", "--format", "json")
	if code != 0 {
		t.Fatalf("export json: exit %d: %s", code, stderr)
	}
	var items []struct {
		ID        string
		Text      string
		Citations map[string]string
	}
	if err := json.Unmarshal([]byte(out), &items); err != nil {
		t.Fatalf("export json: %v", err)
	}
	seen := 0
	for _, it := range items {
		for opening, copy := range want {
			if !strings.HasPrefix(it.Text, opening) {
				continue
			}
			seen++
			if got := it.Citations["figure"]; got != copy {
				t.Errorf("JSON citations.figure %q, want %q", got, copy)
			}
			if got, _, _ := cli(t, "--corpus", dir, "cite", "--format", "figure", it.ID); got != copy+"\n" {
				t.Errorf("cite --format figure %q, want %q", got, copy)
			}
		}
	}
	if seen != len(want) {
		t.Fatalf("%d of %d items found in %s", seen, len(want), out)
	}
	csvOut, stderr, code := cli(t, "--corpus", dir, "export", "--format", "csv")
	if code != 0 || strings.Contains(csvOut, "; Wales") || strings.Contains(csvOut, "pupils in Brill\"") || strings.Contains(csvOut, "2018\"") {
		t.Errorf("CSV states a wrong fact: exit %d %s\n%s", code, stderr, csvOut)
	}
	pack, stderr, code := cli(t, "--corpus", dir, "export", "--format", "md", "--figures")
	_, table, _ := strings.Cut(pack, "## Figures")
	if code != 0 || strings.Contains(table, "; Wales") || strings.Contains(table, "| 2018 |") || strings.Contains(table, "| 2031 |") {
		t.Errorf("table of figures states a wrong fact: exit %d %s\n%s", code, stderr, table)
	}
}

// TestCSVGivesTheFiguresPeriod: the CSV has a last column, period, the
// figure's period as the table of figures gives it (evidence.Item.
// FigurePeriod), apart from "year", the work's (hostile check 64 M4).
// Before: a 2022 figure's row said only 2025, and a comparison's year was
// nowhere to be told from the figure's.
func TestCSVGivesTheFiguresPeriod(t *testing.T) {
	t.Setenv("CYPX_HOME", t.TempDir())
	dir := t.TempDir()
	os.MkdirAll(filepath.Join(dir, "sources"), 0o755)
	body := "---\ntitle: Nursing review\npublisher: Ashvale Trust\ndate: 2025-02\ntype: report\n---\n\n" +
		"There was one school nurse for every 3,300 pupils in 2022, against one for every 2,200 in Wales.\n\n" +
		"Compared with Ashby in 2018, there is now one dietitian for every 2,600 pupils aged 5 to 11.\n"
	os.WriteFile(filepath.Join(dir, "sources", "n.md"), []byte(body), 0o644)
	out, stderr, code := cli(t, "--corpus", dir, "export", "--format", "csv")
	rows, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	if code != 0 || err != nil || len(rows) != 3 || rows[0][len(rows[0])-3] != "period" {
		t.Fatalf("export csv: exit %d %v %s\n%s", code, err, stderr, out)
	}
	for _, r := range rows[1:] {
		want := "2022"
		if strings.HasPrefix(r[5], "Compared") {
			want = ""
		}
		if got := r[len(r)-3]; got != want || r[9] != "2025" {
			t.Errorf("row %q: period %q, want %q; year %q", r[5], got, want, r[9])
		}
	}
}
