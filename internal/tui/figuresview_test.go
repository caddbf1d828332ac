package tui_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	bundled "github.com/cypx/cypx/corpus"
	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/figures"
	"github.com/cypx/cypx/internal/index"
	"github.com/cypx/cypx/internal/links"
	"github.com/cypx/cypx/internal/pipeline"
	"github.com/cypx/cypx/internal/tui"
)

// figureSetOptions opens the explorer over the figures gold's corpus,
// where Tes's 46% of pupils disagrees with DHSC's 44% for April 2024.
func figureSetOptions(t *testing.T) tui.Options {
	return corpusOptions(t, filepath.Join("..", "quality", "testdata", "figures"))
}

// corpusOptions opens the explorer over the corpus in dir, indexed in
// memory, with its links.
func corpusOptions(t *testing.T, dir string) tui.Options {
	c, err := pipeline.Load(os.DirFS(dir), bundled.FS)
	if err != nil {
		t.Fatal(err)
	}
	ix, err := index.Build(context.Background(), "", c.Items, nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ix.Close() })
	opts := options(t, ix)
	opts.Linker = links.New(ix, c.Sources, nil)
	opts.Sources, opts.TotalItems, opts.TotalSources = c.Sources, len(c.Items), len(c.Sources)
	return opts
}

func TestFigureTableOpensWithFAndCopiesWithCitations(t *testing.T) {
	d := start(t, 140, 40, figureSetOptions(t))
	d.keys(strings.Split("source:tes-2024-mhst", "")...)
	d.keys("enter")
	if it, ok := d.model().Selected(); !ok || it.Source.ID != "tes-2024-mhst" {
		t.Fatalf("selected %+v", it)
	}
	if s := d.screen(); !strings.Contains(s, "⚠ Other sources give") || !strings.Contains(s, "44%") {
		t.Errorf("no warning of the disagreement in the detail pane:\n%s", s)
	}
	d.keys("f")
	s := d.screen()
	for _, want := range []string{"Figures for this measure", "Source", "Period", "Teaching Weekly", "Department of Health and Social Care", "April 2024", "disagrees", "Over time: April 2023"} {
		if !strings.Contains(s, want) {
			t.Errorf("table lacks %q:\n%s", want, s)
		}
	}
	d.keys("c")
	md := d.Clipboard
	for _, want := range []string{"| Source | Value | Period | Base | Place | Date | Primary | Cite |", "| 46% | April 2024 |",
		"(Teaching Weekly, 2024)", "(Department of Health and Social Care, 2024)"} {
		if !strings.Contains(md, want) {
			t.Errorf("copied table lacks %q:\n%s", want, md)
		}
	}
	if st := d.model().Status(); st != "Sent to the terminal (OSC 52): the comparison table (3 sources)" {
		t.Errorf("status %q", st)
	}
	d.keys("esc")
	if strings.Contains(d.screen(), "Figures for this measure") {
		t.Error("esc does not close the table")
	}
	d.keys("c")
	if st := d.model().Status(); !strings.Contains(st, "Other sources give") {
		t.Errorf("copying one side of a disagreement does not say so: %q", st)
	}
}

// wideFiguresOptions opens the explorer over three sources stating one
// measure in a figure of seven digits: a report, a news story of it, and
// other statistics giving another value.
func wideFiguresOptions(t *testing.T) tui.Options {
	dir := t.TempDir()
	src := filepath.Join(dir, "sources")
	if err := os.Mkdir(src, 0o755); err != nil {
		t.Fatal(err)
	}
	sentence := "In England, %s children and young people were waiting for community health services in March 2024%s."
	files := map[string]string{
		"rep-2024-waits.md": "---\ntitle: Waiting for care\npublisher: Royal College of Paediatrics and Child Health\ndate: 2024-03-12\ntype: report\n---\n" +
			fmt.Sprintf(sentence, "1,234,567", ", according to our survey of 118 trusts") + "\n",
		"news-2024-waits.md": "---\ntitle: Over a million children wait\npublisher: Healthcare Leader\ndate: 2024-03-15\ntype: news\nabout: rep-2024-waits\n---\n" +
			fmt.Sprintf(sentence, "1,234,567", ", the Royal College of Paediatrics and Child Health said") + "\n",
		"other-2024-waits.md": "---\ntitle: Community waits\npublisher: Department of Health and Social Care\ndate: 2024-04-02\ntype: data\n---\n" +
			fmt.Sprintf(sentence, "1,198,000", "") + "\n",
	}
	for name, body := range files {
		if err := os.WriteFile(filepath.Join(src, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return corpusOptions(t, dir)
}

// TestFigureTableNeverCutsANumber: at 80 columns, and narrower, the
// comparison table shows each value and date whole or leaves it out: a
// value cut to "1,234,56…" or a date to "March 20…" is a false figure.
// Red-team round 12: at 80x24 every value, period and date was cut.
func TestFigureTableNeverCutsANumber(t *testing.T) {
	for _, width := range []int{80, 60, 40} {
		t.Run(fmt.Sprint(width), func(t *testing.T) {
			d := start(t, width, 24, wideFiguresOptions(t))
			d.keys(strings.Split("source:rep-2024-waits", "")...)
			d.keys("enter", "f")
			s := d.screen()
			if !strings.Contains(s, "Figures for this measure") {
				t.Fatalf("f did not open the table:\n%s", s)
			}
			for _, want := range []string{"1,234,567", "1,198,000"} {
				if !strings.Contains(s, want) {
					t.Errorf("the table lacks the value %s whole:\n%s", want, s)
				}
			}
			// A number is never cut: not by the table ("1,234,56…",
			// "March 20…"), nor by the pane's edge ("15│" of a date).
			for _, n := range regexp.MustCompile(`[0-9][0-9,]*(…|│)`).FindAllString(s, -1) {
				if n = strings.TrimRight(n, "…│"); n != "1,234,567" && n != "1,198,000" && n != "2024" {
					t.Errorf("a number cut on screen: %q\n%s", n, s)
				}
			}
			for i, line := range strings.Split(s, "\n") {
				if w := ansi.StringWidth(line); w > width {
					t.Errorf("line %d is %d wide at %d columns", i, w, width)
				}
			}
		})
	}
}

// TestFigureTableCopiesInTheConfiguredStyle: c on the comparison table
// cites its rows in the style configured now (read at the copy), numbered
// in Vancouver with the references under the table, as every other copy
// cites. Before, the table was copied in Harvard whatever the style (red-
// team round 12).
func TestFigureTableCopiesInTheConfiguredStyle(t *testing.T) {
	opts := figureSetOptions(t)
	opts.Style = evidence.Harvard
	opts.StyleNow = func() (evidence.Style, error) { return evidence.Vancouver, nil }
	d := start(t, 140, 40, opts)
	d.keys(strings.Split("source:tes-2024-mhst", "")...)
	d.keys("enter", "f", "c")
	md := d.Clipboard
	for _, want := range []string{"| (1) |", "| (2) |", "| (3) |", "## References", "\n1. ", "\n3. "} {
		if !strings.Contains(md, want) {
			t.Errorf("copied table lacks %q:\n%s", want, md)
		}
	}
	if strings.Contains(md, "(Teaching Weekly, 2024)") {
		t.Errorf("a Harvard citation in a Vancouver copy:\n%s", md)
	}
}

// seriesCorpus is a corpus folder of two reports each giving referrals in
// the North for 2023 and 2024 in one table row, the year in the column's
// header; it returns the folder.
func seriesCorpus(t *testing.T) string {
	dir := t.TempDir()
	src := filepath.Join(dir, "sources")
	if err := os.Mkdir(src, 0o755); err != nil {
		t.Fatal(err)
	}
	table := "| Region | Referrals 2023 | Referrals 2024 |\n|---|---|---|\n| North | 1,200 | 1,300 |\n"
	files := map[string]string{
		"trust-2025-referrals.md": "---\ntitle: Community referrals review\npublisher: North Trust\ndate: 2025-02-10\ntype: report\n---\n## Referrals\n\n" + table,
		"board-2025-referrals.md": "---\ntitle: Children's services referrals\npublisher: Regional Health Board\ndate: 2025-05-20\ntype: data\n---\n## Referrals by region\n\n" + table,
	}
	for name, body := range files {
		if err := os.WriteFile(filepath.Join(src, name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// TestFigureTableHoldsTheMeasuresGroup: f on a table row giving referrals
// for 2023 and 2024, which another report's row gives too, shows the
// measure's group as `cypx figures` makes it (figures.Group over the
// corpus): both sources' figures for both years and the sparkline, from
// either row; and c copies that table as the command cites it. Before,
// links paired 2023 with 2023 and 2024 with 2024, and the table took the
// links of its first figure only: two rows, one year, no trend.
func TestFigureTableHoldsTheMeasuresGroup(t *testing.T) {
	dir := seriesCorpus(t)
	c, err := pipeline.Load(os.DirFS(dir), bundled.FS)
	if err != nil {
		t.Fatal(err)
	}
	opts := corpusOptions(t, dir)
	opts.Style = evidence.Harvard
	groups := figures.Group(c.Items, opts.Linker.(*links.Engine).Relation)
	if len(groups) != 1 || len(groups[0].Rows) != 4 {
		t.Fatalf("cypx figures makes %d groups, want one of four rows: %+v", len(groups), groups)
	}
	want := groups[0].Markdown(evidence.Harvard, opts.Now())
	for _, id := range []string{"trust-2025-referrals", "board-2025-referrals"} {
		t.Run(id, func(t *testing.T) {
			d := start(t, 140, 40, opts)
			d.keys(strings.Split("source:"+id, "")...)
			d.keys("enter", "f")
			s := d.screen()
			if !strings.Contains(s, "Figures for this measure") {
				t.Fatalf("f did not open the table:\n%s", s)
			}
			rows := regexp.MustCompile(`(North Trust|Regional Health Board) +1,[23]00 +202[34]`).FindAllString(s, -1)
			if len(rows) != 4 || !strings.Contains(s, "Over time: 2023 ▁█ 2024") {
				t.Errorf("%d rows of the four, or no sparkline over 2023 and 2024:\n%s", len(rows), s)
			}
			d.keys("c")
			if d.Clipboard != want {
				t.Errorf("the copy is not the table cypx figures makes:\n%s\nwant\n%s", d.Clipboard, want)
			}
		})
	}
}
