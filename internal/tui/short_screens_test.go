package tui_test

import (
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/evidence"
)

// flatScreen is the screen's words on one line, the boxes' borders gone,
// so a wrapped question reads as one.
func flatScreen(s string) string {
	return strings.Join(strings.Fields(strings.NewReplacer("│", " ", "╭", " ", "╮", " ", "╰", " ", "╯", " ", "─", "").Replace(s)), " ")
}

// TestShortScreensGiveTheFacetRowsToWhatHasTheKeys: at 40x10 the basket
// screen shows its selected finding and names d, which removes the
// finding shown; the list keeps its theme and kind rows; from 12 rows up
// the basket keeps them too. Before, at 40x10 the basket showed a title
// over a blank row while d removed a finding the user could not see
// (hostile check 66).
func TestShortScreensGiveTheFacetRowsToWhatHasTheKeys(t *testing.T) {
	_, c := bundledIndex(t)
	f := newBasketFile(t, c.Items[0].ID, c.Items[1].ID, c.Items[2].ID)
	opts := options(t, nil)
	opts.Basket = f.hooks()
	d := start(t, 40, 10, opts)
	d.keys("esc")
	if s := d.screen(); !strings.Contains(s, "Themes") || !strings.Contains(s, "Kinds") {
		t.Fatalf("the list at 40x10 should keep its facet rows:\n%s", s)
	}
	d.keys("b")
	s := d.screen()
	first := evidence.PublisherLabel(c.Items[0].Source)
	if !strings.Contains(s, "▌") || strings.Contains(s, "Themes") {
		t.Errorf("the basket at 40x10 should show its selected finding, not the facet rows:\n%s", s)
	}
	if !strings.Contains(s, "d remove") {
		t.Errorf("the basket's help row at 40 columns should name d:\n%s", s)
	}
	for _, line := range strings.Split(s, "\n") {
		if w := len([]rune(line)); w > 40 {
			t.Errorf("a line of %d cells: %q", w, line)
		}
	}
	if n := len(strings.Split(s, "\n")); n != 10 {
		t.Errorf("the screen has %d lines, want 10", n)
	}
	d.keys("d")
	if ids := f.ids(t); len(ids) != 2 || ids[0] == c.Items[0].ID {
		t.Errorf("d should remove the finding shown first (%s, %s): the basket holds %v", c.Items[0].ID, first, ids)
	}
	d.keys("esc")
	if s := d.screen(); !strings.Contains(s, "Themes") {
		t.Errorf("back on the list, the facet rows should return:\n%s", s)
	}
	d.keys("enter")
	if s := d.screen(); strings.Contains(s, "Themes") {
		t.Errorf("the detail at 40x10 should take the facet rows:\n%s", s)
	}
	tall := start(t, 40, 12, opts)
	tall.keys("esc", "b")
	if s := tall.screen(); !strings.Contains(s, "Themes") || !strings.Contains(s, "▌") {
		t.Errorf("at 40x12 the basket keeps the facet rows and shows a finding:\n%s", s)
	}
}

// TestExportQuestionKeepsTheFileNameOnShortScreens: with the folder four
// names deep, at 40x10 the question keeps the file's name, ".docx" and
// its question mark, the folder's first names given way to "…/", and no
// name broken at its hyphens; at 100x30 the whole folder shows. Before,
// at 40x10 the box ended "to /home/jane/ Documents/Children's services/":
// neither the file nor that it was a question was seen, and enter wrote
// there (hostile check 66).
func TestExportQuestionKeepsTheFileNameOnShortScreens(t *testing.T) {
	_, c := bundledIndex(t)
	f := newBasketFile(t, c.Items[0].ID, c.Items[1].ID)
	opts := options(t, nil)
	opts.Basket = f.hooks()
	const where = "/home/jane/Documents/Children's services/briefings/briefing-2026-12-06-2.md and .docx"
	opts.Basket.Where = func() string { return where }
	d := start(t, 40, 10, opts)
	d.keys("esc", "e")
	s := d.screen()
	flat := flatScreen(s)
	if !strings.Contains(flat, "Export 2 findings to") || !strings.Contains(s, "briefing-2026-12-06-2.md") || !strings.Contains(flat, "and .docx?") {
		t.Errorf("the question at 40x10 should keep the file's name and .docx?:\n%s", s)
	}
	d.keys("esc")
	deeper := options(t, nil)
	deeper.Basket = f.hooks()
	deeper.Basket.Where = func() string {
		return "/home/jane/Documents/Children's services/Kent/Health visiting/briefings/2026/December/briefing-2026-12-06-2.md and .docx"
	}
	d = start(t, 40, 10, deeper)
	d.keys("esc", "e")
	s = d.screen()
	flat = flatScreen(s)
	if !strings.Contains(flat, "Export 2 findings to …/") || !strings.Contains(s, "briefing-2026-12-06-2.md") || !strings.Contains(flat, "and .docx?") {
		t.Errorf("the question at 40x10 should give up the folder's first names to …/:\n%s", s)
	}
	for _, line := range strings.Split(s, "\n") {
		if w := len([]rune(line)); w > 40 {
			t.Errorf("a line of %d cells: %q", w, line)
		}
	}
	d.keys("esc")
	wide := start(t, 100, 30, opts)
	wide.keys("esc", "e")
	if flat := strings.ReplaceAll(flatScreen(wide.screen()), " ", ""); !strings.Contains(flat, strings.ReplaceAll("Export 2 findings to "+where+"?", " ", "")) {
		t.Errorf("at 100x30 the whole question should show:\n%s", wide.screen())
	}
}

// TestOpeningAnOverlayClearsAPassingMessage: a cancelled export's
// "nothing was written" is gone once the next question opens, and at
// 40x10 the C menu shows over a copy's wrapped preview. Before, the stale
// line stood under the new question, and the menu opened hidden under
// the old preview, enter copying in a style never seen (hostile check 66).
func TestOpeningAnOverlayClearsAPassingMessage(t *testing.T) {
	_, c := bundledIndex(t)
	f := newBasketFile(t, c.Items[0].ID)
	opts := options(t, nil)
	opts.Basket = f.hooks()
	d := start(t, 100, 30, opts)
	d.keys("esc", "e", "esc")
	if st := d.model().Status(); st != "Export cancelled: nothing was written" {
		t.Fatalf("status after esc: %q", st)
	}
	d.keys("e")
	if st := d.model().Status(); st != "" {
		t.Errorf("the next question should clear the stale status, which says %q", st)
	}
	if s := d.screen(); strings.Contains(s, "Export cancelled") || !strings.Contains(s, "Export 1 finding") {
		t.Errorf("the question over a stale status:\n%s", s)
	}
	n := start(t, 40, 10, opts)
	n.keys("esc", "c")
	if !strings.HasPrefix(n.model().Status(), "Sent to the terminal") {
		t.Fatalf("status after c: %q", n.model().Status())
	}
	n.keys("C")
	if s := n.screen(); !strings.Contains(s, "Quote with inline citation") || strings.Contains(s, "Sent to the terminal") {
		t.Errorf("at 40x10 the copy menu should show, the copy's preview gone:\n%s", s)
	}
}

// TestCopyMenuPreviewsKeepTheCitation: at 100 and 60 columns each quote
// style's preview in the C menu ends with the citation the choice
// carries, the quote cut with "…" instead. Before, the menu cut each copy
// from its end, so a long quote's preview showed no citation at all, at
// 100 columns too (hostile check 66).
func TestCopyMenuPreviewsKeepTheCitation(t *testing.T) {
	src := evidence.Source{ID: "nm", Title: "Health visiting in the northern districts", Publisher: "Northmoor Metropolitan Borough Council", Date: evidence.Date{Year: 2025}, Type: evidence.Report}
	it := evidence.Item{ID: "nm#1", Kind: evidence.Statistic, Source: src,
		Text:    "Last year 2,800 families waited longer than the eighteen weeks the service promises them, and most of them waited in the two northern districts of the borough.",
		Figures: []evidence.Figure{{Text: "2,800", Value: 2800, Offset: 10}}}
	for _, width := range []int{60, 100} {
		opts := options(t, oneItemSearcherF74g{it})
		opts.Style = evidence.Harvard
		d := start(t, width, 30, opts)
		d.keys("waits", "enter", "C")
		s := d.screen()
		if !strings.Contains(s, "Copy as") {
			t.Fatalf("%d columns: no menu:\n%s", width, s)
		}
		// The previews of the quote, Markdown and figure styles: the lines
		// under their labels.
		var previews []string
		lines := strings.Split(s, "\n")
		for i, line := range lines[:len(lines)-1] {
			if strings.Contains(line, "1 Quote with") || strings.Contains(line, "2 Markdown") || strings.Contains(line, "3 Figure with") {
				previews = append(previews, lines[i+1])
			}
		}
		if len(previews) != 3 {
			t.Fatalf("%d columns: want the quote, Markdown and figure previews:\n%s", width, s)
		}
		if width == 100 && !strings.Contains(previews[0], `"Last year 2,800`) {
			t.Errorf("%d columns: the quote's preview should keep its start: %q", width, previews[0])
		}
		for _, p := range previews {
			if !strings.Contains(p, "(Northmoor Metropolitan Borough Council, 2025)") {
				t.Errorf("%d columns: a preview without its citation: %q", width, p)
			}
		}
		if !strings.Contains(previews[0], `…" (Northmoor`) {
			t.Errorf("%d columns: the quote should be cut with …: %q", width, previews[0])
		}
	}
}
