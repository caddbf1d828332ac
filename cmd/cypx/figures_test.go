package main

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/tui/tuitest"
)

// figSet is the figures gold's corpus: paraphrased reports and coverage
// whose figures agree, move and disagree.
var figSet = filepath.Join("..", "..", "internal", "quality", "testdata", "figures")

func TestFiguresCommandListsMeasuresAcrossSources(t *testing.T) {
	out, stderr, code := cli(t, "--corpus", figSet, "figures", "mental", "health", "support", "--format", "json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var tables []struct {
		Measure string `json:"measure"`
		Rows    []struct {
			Item struct {
				Source   string `json:"source"`
				Citation string `json:"citation"`
			} `json:"item"`
			Figure struct {
				Text   string `json:"text"`
				Period string `json:"period"`
			} `json:"figure"`
			Disagrees bool `json:"disagrees"`
			Secondary bool `json:"secondary"`
		} `json:"rows"`
	}
	if err := json.Unmarshal([]byte(out), &tables); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, out)
	}
	var mhst bool
	for _, tb := range tables {
		sources := map[string]bool{}
		disagree := 0
		for _, r := range tb.Rows {
			sources[r.Item.Source] = true
			if r.Item.Citation == "" {
				t.Errorf("%s: a row has no citation", tb.Measure)
			}
			if r.Disagrees {
				disagree++
			}
		}
		if len(sources) < 2 {
			t.Errorf("%q: a table of one source", tb.Measure)
		}
		if sources["tes-2024-mhst"] && sources["dhsc-2024-mhst-expansion"] {
			mhst = true
			if disagree < 2 {
				t.Errorf("46%% (Tes) and 44%% (DHSC) for April 2024 are not marked as disagreeing: %+v", tb.Rows)
			}
		}
	}
	if !mhst {
		t.Errorf("no table holds the support teams' coverage from Tes and DHSC:\n%s", out)
	}
	text, _, _ := cli(t, "--corpus", figSet, "figures", "mental", "health", "support")
	for _, want := range []string{"Source", "Period", "April 2024", "disagrees", "over time: April 2023"} {
		if !strings.Contains(text, want) {
			t.Errorf("text lacks %q:\n%s", want, text)
		}
	}
	csv, _, _ := cli(t, "--corpus", figSet, "figures", "mental", "health", "support", "--format", "csv")
	if !strings.HasPrefix(csv, "Measure,Item,Link,Source,Value,Period,Base,Place,Date,Primary,Cite,Reference\n") {
		t.Errorf("csv header:\n%s", csv)
	}
}

func TestShowAndLinksCarryRecordsAndNewTypes(t *testing.T) {
	out, _, _ := cli(t, "--corpus", figSet, "items", "--format", "json", "--source", "tes-2024-mhst")
	var items []struct {
		ID      string `json:"id"`
		Figures []struct {
			Text    string `json:"text"`
			Measure string `json:"measure"`
			Period  string `json:"period"`
			Key     string `json:"measure_key"`
		} `json:"figures"`
	}
	if err := json.Unmarshal([]byte(out), &items); err != nil || len(items) == 0 {
		t.Fatalf("items: %v\n%s", err, out)
	}
	id := ""
	for _, it := range items {
		for _, f := range it.Figures {
			if f.Text == "46%" {
				id = it.ID
				if f.Period != "April 2024" || f.Measure == "" || f.Key == "" {
					t.Errorf("46%%: record %+v", f)
				}
			}
		}
	}
	if id == "" {
		t.Fatalf("no 46%% in Tes's item: %s", out)
	}
	show, _, _ := cli(t, "--corpus", figSet, "show", id)
	for _, want := range []string{"measure: ", "period: April 2024", "place: England"} {
		if !strings.Contains(show, want) {
			t.Errorf("show lacks %q:\n%s", want, show)
		}
	}
	out, _, _ = cli(t, "--corpus", figSet, "links", id, "--format", "json")
	var ls struct {
		Links []struct {
			Type   string `json:"type"`
			Reason string `json:"reason"`
		} `json:"links"`
	}
	if err := json.Unmarshal([]byte(out), &ls); err != nil {
		t.Fatal(err)
	}
	var types []string
	for _, l := range ls.Links {
		types = append(types, l.Type)
		if l.Type == "disagrees" && !(strings.Contains(l.Reason, "46%") && strings.Contains(l.Reason, "44%")) {
			t.Errorf("a disagreement's reason lacks both values: %q", l.Reason)
		}
	}
	if !strings.Contains(strings.Join(types, " "), "disagrees") || !strings.Contains(strings.Join(types, " "), "trend") {
		t.Errorf("links of Tes's 46%%: %v", types)
	}
}

func TestPackNotesADisagreement(t *testing.T) {
	out, stderr, code := cli(t, "--corpus", figSet, "export", "--source", "tes-2024-mhst")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	note := strings.Index(out, "*Note: other sources give another value for this measure: 44% (Department of Health and Social Care, 2024).*")
	finding := strings.Index(out, "**46%** of pupils")
	if note < 0 || finding < 0 || note < finding {
		t.Errorf("no note under the disagreed finding:\n%s", out)
	}
	if !strings.Contains(out, "Department of Health and Social Care (2024) *More pupils") {
		t.Errorf("the other value's work is not in the references:\n%s", out)
	}
}

// TestFigureTableEndToEnd opens f on Healthcare Leader's statistic, whose
// 90% NHS Providers states first, and copies the table through the
// terminal's clipboard.
func TestFigureTableEndToEnd(t *testing.T) {
	if testing.Short() {
		t.Skip("end-to-end test skipped in -short mode")
	}
	bin := buildBinary(t)
	s := startTmux(t, 140, 40, fmt.Sprintf("env TERM=xterm-256color %s; sleep 60", bin))
	s.waitFor("82 of 82 items")
	s.typeText("demand covid")
	s.waitFor("1 of 82 items", "Linked findings: 1")
	s.keys("Enter", "f")
	s.waitFor("Figures for this measure", "2 sources", "NHS Providers", "Healthcare Leader", "secondary")
	s.keys("c")
	s.waitFor("the comparison table (2 sources)")
	deadline := time.Now().Add(patience)
	var buf string
	for time.Now().Before(deadline) {
		if buf = s.buffer(""); strings.Contains(buf, "| Source | Value |") {
			break
		}
		time.Sleep(50 * time.Millisecond)
	}
	for _, want := range []string{"| Source | Value | Period | Base | Place | Date | Primary | Cite |", "| NHS Providers | 90% |",
		"| Healthcare Leader | 90% |", "(NHS Providers, 2024)", "(NHS Providers, 2024; reported by Gault, 2024)"} {
		if !strings.Contains(buf, want) {
			t.Errorf("paste buffer lacks %q:\n%s", want, buf)
		}
	}
	s.keys("Escape")
	s.waitFor("m map")
	s.keys("q")
}

// TestFiguresTableCutsAHugeSource: the text table pads every row to its
// widest source, so one publisher of 1 MB made every row of the table
// 1 MB long; the source column is cut to 48 cells.
func TestFiguresTableCutsAHugeSource(t *testing.T) {
	dir := t.TempDir()
	os.MkdirAll(filepath.Join(dir, "sources"), 0o755)
	body := "Some 45% of children waited more than 18 weeks for community paediatrics in 2023.\n"
	for name, pub := range map[string]string{"small": "NHS", "huge": strings.Repeat("Pub ", 250_000)} {
		os.WriteFile(filepath.Join(dir, "sources", name+".md"), []byte("---\ntitle: T "+name+"\npublisher: \""+pub+"\"\ndate: 2024\ntype: report\n---\n"+body), 0o644)
	}
	out, stderr, code := cli(t, "--corpus", dir, "figures", "paediatrics")
	if code != 0 || !strings.Contains(out, "NHS") {
		t.Fatalf("exit %d: %s\n%.500s", code, stderr, out)
	}
	for _, line := range strings.Split(out, "\n") {
		// The row's in-text citation names the publisher whole; a reference
		// under the table is cut at 2,000 cells.
		if len(line) > 300 && !strings.Contains(line, "(Pub Pub") && !(strings.HasSuffix(line, "…") && len(line) < 2100) {
			t.Errorf("a row of %d bytes: %.150s", len(line), line)
		}
	}
}

// TestFiguresAreCitedInTheStyle: `cypx figures` cites its rows in the
// configured style or --style, numbered in Vancouver with the references
// under the table (text), beside each row (CSV, the row's works numbered
// as its citation) and in the table (JSON). Before, every row was cited in
// Harvard whatever the style (red-team round 12).
func TestFiguresAreCitedInTheStyle(t *testing.T) {
	text, _, code := cli(t, "--corpus", figSet, "figures", "mental", "health", "support", "--style", "vancouver")
	if code != 0 {
		t.Fatalf("exit %d", code)
	}
	for _, want := range []string{"(1)", "(2)", "References", "  1. ", "  2. "} {
		if !strings.Contains(text, want) {
			t.Errorf("text lacks %q:\n%s", want, text)
		}
	}
	if strings.Contains(text, "(Teaching Weekly, 2024)") {
		t.Errorf("a Harvard citation under --style vancouver:\n%s", text)
	}
	csv, _, _ := cli(t, "--corpus", figSet, "figures", "mental", "health", "support", "--style", "vancouver", "--format", "csv")
	if !strings.Contains(csv, `,(1),1. `) && !strings.Contains(csv, `,(1),"1. `) {
		t.Errorf("no row cited (1) beside its reference numbered 1:\n%s", csv)
	}
	js, _, _ := cli(t, "--corpus", figSet, "figures", "mental", "health", "support", "--style", "apa", "--format", "json")
	var tables []struct {
		Rows []struct {
			Cite string `json:"cite"`
		} `json:"rows"`
		References []string `json:"references"`
	}
	if err := json.Unmarshal([]byte(js), &tables); err != nil || len(tables) == 0 || len(tables[0].Rows) == 0 || len(tables[0].References) == 0 {
		t.Fatalf("json %v: %.400s", err, js)
	}
	if c := tables[0].Rows[0].Cite; !strings.HasPrefix(c, "(") || !strings.Contains(c, ", 20") {
		t.Errorf("APA cite %q", c)
	}
}

// TestFiguresCSVTellsItsWorksApart: a row of a story reporting a report
// carries both works' references in its Reference cell, and in the
// footnote style, whose bibliography entries end in no full stop, where
// one ends can still be told. Before, the two were joined by a line break
// the one-line cell made a space: "… [accessed 1 December 2026] ‘Waits
// Story’, News Corp, …" (red-team round 13).
func TestFiguresCSVTellsItsWorksApart(t *testing.T) {
	dir := t.TempDir()
	themes, err := os.ReadFile(filepath.Join("..", "..", "corpus", "themes.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	os.MkdirAll(filepath.Join(dir, "sources"), 0o755)
	os.WriteFile(filepath.Join(dir, "themes.yaml"), themes, 0o644)
	const finding = "In 2023, 45% of children referred to CAMHS waited more than 18 weeks for treatment.\n"
	os.WriteFile(filepath.Join(dir, "sources", "a-2024-waits.md"), []byte("---\ntitle: \"Waits report\"\npublisher: Acme Trust\ndate: 2024-01-02\ntype: report\nurl: https://example.org/a\n---\n## Waits\n\n"+finding), 0o644)
	os.WriteFile(filepath.Join(dir, "sources", "b-2024-story.md"), []byte("---\ntitle: \"Waits story\"\npublisher: News Corp\ndate: 2024-02-02\ntype: news\nabout: a-2024-waits\nurl: https://example.org/b\n---\n## Story\n\n"+finding), 0o644)
	out, stderr, code := cli(t, "--corpus", dir, "figures", "CAMHS", "--style", "footnotes", "--format", "csv")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	rows, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	seen := false
	for _, r := range rows[1:] {
		if !strings.HasPrefix(r[1], "b-2024-story#") {
			continue
		}
		seen = true
		ref := r[len(r)-1]
		if !strings.Contains(ref, "]; ‘Waits Story’") {
			t.Errorf("the works run together in %q", ref)
		}
	}
	if !seen {
		t.Fatalf("no row of the story:\n%s", out)
	}
}

// TestFiguresChartATableSeries: two reports each giving referrals in the
// North for 2023 and 2024 in a table, one with the year in the column's
// header ("Referrals 2023"), one with headers that are only years, are one
// measure in `cypx figures`: one table holding all four figures, of both
// sources and both periods, with its sparkline. Before, each year was a
// measure of its own ("referrals 2023", "referrals 2024"), so two tables
// of one period each and no trend; and a row's second year never joined
// the table its first year headed.
func TestFiguresChartATableSeries(t *testing.T) {
	dir := seriesCorpus(t)
	out, stderr, code := cli(t, "--corpus", dir, "figures", "--format", "json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var tables []struct {
		Measure string `json:"measure"`
		Rows    []struct {
			Item struct {
				Source string `json:"source"`
			} `json:"item"`
			Figure struct {
				Period string `json:"period"`
			} `json:"figure"`
		} `json:"rows"`
	}
	if err := json.Unmarshal([]byte(out), &tables); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, out)
	}
	if len(tables) != 1 {
		t.Fatalf("%d tables, want one measure over two periods:\n%s", len(tables), out)
	}
	sources2, periods := map[string]bool{}, map[string]bool{}
	for _, r := range tables[0].Rows {
		sources2[r.Item.Source], periods[r.Figure.Period] = true, true
	}
	if len(tables[0].Rows) != 4 || len(sources2) != 2 || !periods["2023"] || !periods["2024"] || len(periods) != 2 {
		t.Errorf("%q: sources %v, periods %v; want four rows, both sources, 2023 and 2024:\n%s", tables[0].Measure, sources2, periods, out)
	}
	text, _, _ := cli(t, "--corpus", dir, "figures")
	if !strings.Contains(text, "over time: 2023 ▁█ 2024") {
		t.Errorf("no sparkline over 2023 and 2024:\n%s", text)
	}
}

// seriesCorpus is a corpus folder of two reports each giving referrals in
// the North for 2023 and 2024 in a table row, one with the year in the
// column's header ("Referrals 2023"), one with headers that are only years.
func seriesCorpus(t *testing.T) string {
	dir := t.TempDir()
	os.MkdirAll(filepath.Join(dir, "sources"), 0o755)
	sources := map[string]string{
		"trust": "---\ntitle: Referrals by region\npublisher: North Trust\ndate: 2025-01-10\ntype: report\n---\n\n# Referrals\n\n" +
			"| Region | Referrals 2023 | Referrals 2024 |\n|---|---|---|\n| North | 1,200 | 1,300 |\n",
		"news": "---\ntitle: Referrals keep rising\npublisher: Health News\ndate: 2025-02-03\ntype: news\n---\n\n# Referrals\n\n" +
			"| Region | 2023 | 2024 |\n|---|---|---|\n| Referrals in the North | 1,200 | 1,300 |\n",
	}
	for name, text := range sources {
		os.WriteFile(filepath.Join(dir, "sources", name+".md"), []byte(text), 0o644)
	}
	return dir
}

// TestFiguresCommandIsTheExplorersTable: `cypx figures` and f in the
// explorer, then c, give one table of a measure, its rows cited alike in
// every style: the same rows in the same order, each with the same
// source and the same citation. Before, f showed the measure for one
// period only where the command showed both sources' series.
func TestFiguresCommandIsTheExplorersTable(t *testing.T) {
	basketWatch, statusLifetime = 0, 0 // the test driver runs commands at once: no ticking
	t.Setenv("CYPX_HOME", t.TempDir())
	dir := seriesCorpus(t)
	for _, st := range evidence.CiteStyles {
		t.Run(string(st), func(t *testing.T) {
			if _, stderr, code := cli(t, "config", "set", "style", string(st)); code != 0 {
				t.Fatalf("config set: %s", stderr)
			}
			text, stderr, code := cli(t, "--corpus", dir, "figures", "--format", "text")
			if code != 0 {
				t.Fatalf("exit %d: %s", code, stderr)
			}
			var cmdRows []string
			lines := strings.Split(text, "\n")
			for i, l := range lines {
				if strings.HasPrefix(l, "  Source ") {
					for _, r := range lines[i+1:] {
						if strings.TrimSpace(r) == "" || strings.HasPrefix(r, "  over time:") {
							break
						}
						cmdRows = append(cmdRows, strings.TrimSpace(r))
					}
					break
				}
			}

			a := &app{corpusDir: dir, io: stdio{in: strings.NewReader(""), out: os.Stdout, err: os.Stderr}}
			t.Cleanup(a.close)
			_, cat, err := a.open(context.Background())
			if err != nil {
				t.Fatal(err)
			}
			m, err := a.explorer(cat.Taxonomy, a.ix, t.TempDir(), "", nil, "")
			if err != nil {
				t.Fatal(err)
			}
			d := tuitest.Start(t, m, 140, 40)
			d.Send(indexReady(cat, a.ix))
			d.Keys(strings.Split("source:trust", "")...)
			d.Keys("enter", "f", "c")
			var copied [][]string
			for _, l := range strings.Split(d.Clipboard, "\n") {
				if strings.HasPrefix(l, "| ") && !strings.HasPrefix(l, "| Source |") {
					copied = append(copied, strings.Split(strings.Trim(l, "| "), " | "))
				}
			}
			if len(copied) != 4 || len(cmdRows) != len(copied) {
				t.Fatalf("the explorer copied %d rows, the command printed %d; want four each:\n%s\n%s", len(copied), len(cmdRows), d.Clipboard, text)
			}
			for i, cells := range copied {
				publisher, value, cite := cells[0], cells[1], cells[len(cells)-1]
				if !strings.HasPrefix(cmdRows[i], publisher+" ") || !strings.Contains(cmdRows[i], " "+value+" ") || !strings.HasSuffix(cmdRows[i], " "+cite) {
					t.Errorf("row %d: the explorer copied %s, %s cited %q; the command printed\n%s", i+1, publisher, value, cite, cmdRows[i])
				}
			}
		})
	}
}

// TestFiguresReadEveryRowLabel: a table's label columns beyond its first
// reach the figures' records, end to end. A Year column dates each row,
// so a region's rows are one measure over 2023 and 2024 beside another
// source's 2024; a Service column keeps two services' counts apart, so
// a news item's speech and language therapy count never sits (or
// disagrees) with occupational therapy's; and a table of places under
// headers that are only years measures what its section's heading says.
// Before, the rows had no period, both services were "children
// waiting" of the North, and London's figures had no measure at all.
func TestFiguresReadEveryRowLabel(t *testing.T) {
	dir := t.TempDir()
	os.MkdirAll(filepath.Join(dir, "sources"), 0o755)
	sources := map[string]string{
		"trust": "---\ntitle: Waiting in the regions\npublisher: North Trust\ndate: 2025-01-10\ntype: report\n---\n\n" +
			"## Children waiting by region\n\n| Region | Year | Children waiting |\n|---|---|---|\n| North | 2023 | 12,905 |\n| North | 2024 | 14,310 |\n\n" +
			"## Therapy waits, 2024\n\n| Region | Service | Children waiting |\n|---|---|---|\n| North | Speech and language therapy | 1,240 |\n| North | Occupational therapy | 830 |\n\n" +
			"## Children waiting in London\n\n| Area | 2023 | 2024 |\n|---|---|---|\n| London | 4,100 | 4,500 |\n",
		"news": "---\ntitle: Therapy waits grow\npublisher: Health News\ndate: 2025-02-10\ntype: news\n---\n\n# Therapy waits grow\n\n" +
			"In 2024, 14,310 children were waiting in the North.\n\n" +
			"In 2024, 1,240 children were waiting for speech and language therapy in the North.\n\n" +
			"In 2024, 4,700 children were waiting in London.\n",
	}
	for name, text := range sources {
		os.WriteFile(filepath.Join(dir, "sources", name+".md"), []byte(text), 0o644)
	}
	out, stderr, code := cli(t, "--corpus", dir, "items", "--source", "trust", "--format", "json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var items []struct {
		Figures []struct {
			Text       string `json:"text"`
			Measure    string `json:"measure"`
			Population string `json:"population"`
			Period     string `json:"period"`
			Key        string `json:"measure_key"`
		} `json:"figures"`
	}
	if err := json.Unmarshal([]byte(out), &items); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, out)
	}
	records := map[string]string{}
	keys := map[string]string{}
	for _, it := range items {
		for _, f := range it.Figures {
			records[f.Text] = f.Measure + " / " + f.Population + " / " + f.Period
			keys[f.Text] = f.Key
		}
	}
	for text, want := range map[string]string{
		"14,310": "children waiting / North / 2024",
		"12,905": "children waiting / North / 2023",
		"1,240":  "children waiting: speech and language therapy / North / 2024",
		"830":    "children waiting: occupational therapy / North / 2024",
		"4,500":  "children waiting /  / 2024",
	} {
		if records[text] != want {
			t.Errorf("%s: record %q, want %q", text, records[text], want)
		}
	}
	if keys["1,240"] == keys["830"] {
		t.Errorf("two services share the key %q", keys["830"])
	}

	out, stderr, code = cli(t, "--corpus", dir, "figures", "--format", "json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var tables []struct {
		Measure string `json:"measure"`
		Rows    []struct {
			Item struct {
				Source string `json:"source"`
			} `json:"item"`
			Figure struct {
				Text   string `json:"text"`
				Period string `json:"period"`
			} `json:"figure"`
		} `json:"rows"`
	}
	if err := json.Unmarshal([]byte(out), &tables); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, out)
	}
	var series, therapy, london bool
	for _, tb := range tables {
		seen := map[string]bool{}
		for _, r := range tb.Rows {
			seen[r.Item.Source+" "+strings.TrimSuffix(r.Figure.Text, " children")+" "+r.Figure.Period] = true
		}
		if seen["trust 12,905 2023"] && seen["trust 14,310 2024"] && seen["news 14,310 2024"] {
			series = true
		}
		if seen["trust 1,240 2024"] && seen["news 1,240 2024"] {
			therapy = true
		}
		if seen["trust 830 2024"] && (seen["trust 1,240 2024"] || seen["news 1,240 2024"]) {
			t.Errorf("%q: occupational therapy in one table with speech and language therapy: %v", tb.Measure, seen)
		}
		if seen["trust 4,500 2024"] && seen["news 4,700 2024"] {
			london = true
		}
	}
	if !series || !therapy || !london {
		t.Errorf("the North's series over 2023 and 2024 %v, speech and language therapy from both sources %v, London from both %v:\n%s", series, therapy, london, out)
	}
}
