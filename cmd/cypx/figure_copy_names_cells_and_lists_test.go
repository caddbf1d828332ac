package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// figureCorpusF70d is a corpus of one report with a list sentence, a
// one-figure sentence and a table under a caption heading.
func figureCorpusF70d(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	os.MkdirAll(filepath.Join(dir, "sources"), 0o755)
	body := "---\ntitle: Clinic review\npublisher: Larkfield Trust\ndate: 2024-03\ntype: report\n---\n\n" +
		"Referrals were 410, 430, 455 and 470 in Q1, Q2, Q3 and Q4 2023 respectively.\n\n" +
		"The clinic saw 2,340 children in 2023.\n\n" +
		"There was one school nurse for every 2,900 pupils aged 5 to 19 in Dunmore in 2023.\n\n" +
		"## Table 5: Clinic spend by town, 2023\n\n" +
		"| Town | Spend (£m) | Children seen |\n| --- | --- | --- |\n| Dunmore | 3.4 | 215 |\n| Alderby | 1.7 | 96 |\n"
	os.WriteFile(filepath.Join(dir, "sources", "clinic.md"), []byte(body), 0o644)
	return dir
}

// TestFigureCopyNamesCellsAndLists: a figure copied alone (cite --format
// figure) says what it is where the number alone would not: a table
// cell's figure names its column, its row and the table's caption, a
// sentence of several figures is quoted whole, a sentence of one figure
// gives the figure; the pack's table of figures says what a cell
// measures by the same labels, never the row's escaped text (hostile
// check 62 N12, N13). Before: "3.4 | \| Dunmore \| 3.4 \| 215 \|" in the
// table, and "410 (Larkfield Trust, 2024)" copied for one quarter of four.
func TestFigureCopyNamesCellsAndLists(t *testing.T) {
	t.Setenv("CYPX_HOME", t.TempDir())
	dir := figureCorpusF70d(t)
	out, stderr, code := cli(t, "--corpus", dir, "items", "--format", "json")
	if code != 0 {
		t.Fatalf("items: exit %d: %s", code, stderr)
	}
	var items []struct{ ID, Text string }
	if err := json.Unmarshal([]byte(out), &items); err != nil {
		t.Fatalf("items: %v\n%s", err, out)
	}
	want := map[string]string{
		"Referrals were 410": "\"Referrals were 410, 430, 455 and 470 in Q1, Q2, Q3 and Q4 2023 respectively.\" (Larkfield Trust, 2024)\n",
		"The clinic saw":     "2,340 children (Larkfield Trust, 2024)\n", // a count is no population of a year (hostile check 64 H4)
		"There was one":      "one school nurse for every 2,900 pupils aged 5 to 19 in Dunmore, 2023 (Larkfield Trust, 2024)\n",
		"| Dunmore |":        "£3.4m (Spend, Dunmore; Table 5: Clinic spend by town, 2023) (Larkfield Trust, 2024)\n",
		"| Alderby |":        "£1.7m (Spend, Alderby; Table 5: Clinic spend by town, 2023) (Larkfield Trust, 2024)\n",
	}
	seen := 0
	for _, it := range items {
		for prefix, w := range want {
			if !strings.HasPrefix(it.Text, prefix) {
				continue
			}
			seen++
			got, stderr, code := cli(t, "--corpus", dir, "cite", "--format", "figure", it.ID)
			if code != 0 || got != w {
				t.Errorf("cite --format figure %q: exit %d %q, want %q (%s)", it.Text, code, got, w, stderr)
			}
		}
	}
	if seen != len(want) {
		t.Fatalf("found %d of the %d items: %+v", seen, len(want), items)
	}
	pack, stderr, code := cli(t, "--corpus", dir, "export", "--format", "md", "--figures")
	if code != 0 {
		t.Fatalf("export --figures: exit %d: %s", code, stderr)
	}
	for _, row := range []string{
		"| £3.4m | Spend, Dunmore; Table 5: Clinic spend by town, 2023 |",
		"| £1.7m | Spend, Alderby; Table 5: Clinic spend by town, 2023 |",
		"| 410 | Referrals were 410, 430, 455 and 470 in Q1, Q2, Q3 and Q4 2023 respectively | Larkfield Trust, 2024 | Q1 2023 |",
		// Each figure of the list its own row, with its own period
		// (hostile check 63 M1).
		"| 430 | Referrals were 410, 430, 455 and 470 in Q1, Q2, Q3 and Q4 2023 respectively | Larkfield Trust, 2024 | Q2 2023 |",
		"| 470 | Referrals were 410, 430, 455 and 470 in Q1, Q2, Q3 and Q4 2023 respectively | Larkfield Trust, 2024 | Q4 2023 |",
	} {
		if !strings.Contains(pack, row) {
			t.Errorf("the table of figures lacks %q:\n%s", row, pack)
		}
	}
	if _, table, _ := strings.Cut(pack, "## Figures"); strings.Contains(table, `\| Dunmore \|`) {
		t.Errorf("a row's escaped text is what a figure measures:\n%s", table)
	}
}

// TestRatioCopyStatesItsGroupOnEveryPath: a ratio's figure copied alone
// keeps its group, place and period, and cite, the JSON citations, the
// CSV figure column and the pack's table of figures say it in one wording
// (evidence.Item.FigureCopy and FigureText) (hostile check 63 H1).
// Before, each said "one school nurse for every 2,900 pupils": of every
// pupil, anywhere, whenever.
func TestRatioCopyStatesItsGroupOnEveryPath(t *testing.T) {
	t.Setenv("CYPX_HOME", t.TempDir())
	dir := figureCorpusF70d(t)
	const words = "one school nurse for every 2,900 pupils aged 5 to 19 in Dunmore"
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
	id := ""
	for _, it := range items {
		if strings.HasPrefix(it.Text, "There was one school nurse") {
			id = it.ID
			if got := it.Citations["figure"]; got != words+", 2023 (Larkfield Trust, 2024)" {
				t.Errorf("JSON citations.figure %q", got)
			}
		}
	}
	if id == "" {
		t.Fatalf("no ratio item in %s", out)
	}
	if got, _, _ := cli(t, "--corpus", dir, "cite", "--format", "figure", id); got != words+", 2023 (Larkfield Trust, 2024)\n" {
		t.Errorf("cite --format figure %q", got)
	}
	csvOut, stderr, code := cli(t, "--corpus", dir, "export", "--format", "csv")
	if code != 0 || !strings.Contains(csvOut, id+`,statistic,"`+words+`",2900,other,`) {
		t.Errorf("CSV figure column: exit %d %s\n%s", code, stderr, csvOut)
	}
	pack, stderr, code := cli(t, "--corpus", dir, "export", "--format", "md", "--figures")
	if code != 0 || !strings.Contains(pack, "| "+words+" | ") || !strings.Contains(pack, " | 2023 |") {
		t.Errorf("table of figures: exit %d %s\n%s", code, stderr, pack)
	}
}
