package tui_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	bundled "github.com/cypx/cypx/corpus"
	"github.com/cypx/cypx/internal/index"
	"github.com/cypx/cypx/internal/links"
	"github.com/cypx/cypx/internal/pipeline"
	"github.com/cypx/cypx/internal/tui"
)

// figureSetOptions opens the explorer over the figures gold's corpus,
// where Tes's 46% of pupils disagrees with DHSC's 44% for April 2024.
func figureSetOptions(t *testing.T) tui.Options {
	c, err := pipeline.Load(os.DirFS(filepath.Join("..", "quality", "testdata", "figures")), bundled.FS)
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
