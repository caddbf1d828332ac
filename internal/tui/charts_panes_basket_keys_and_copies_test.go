package tui_test

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/cypx/cypx/internal/basket"
	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/links"
	"github.com/cypx/cypx/internal/tui"
)

// chartCopy is what c copies in the chart, on the bar selected after keys.
func copiedQuote(d *driver) string {
	q := d.Clipboard
	if i := strings.Index(q, "” ("); i > 0 {
		return q[:i]
	}
	if i := strings.Index(q, "\" ("); i > 0 {
		return q[:i]
	}
	return q
}

// TestChartEscSelectsItsItemOrSaysWhy: esc on a chart's bar selects that
// statistic in the list, even when it is beyond the items the list has
// loaded so far. Before, the list kept whatever it had selected, silently,
// so space marked another item than the one the chart showed. With the
// kind filter on recommendations the chart has no bars the list cannot
// hold (it charted the statistics before: see
// TestChartOfRecommendationsSaysWhyItIsEmpty), and esc leaves the
// selection where it was.
func TestChartEscSelectsItsItemOrSaysWhy(t *testing.T) {
	d := start(t, 120, 40, options(t, nil))
	d.keys("esc", "v", "G", "c")
	want := copiedQuote(d)
	if want == "" {
		t.Fatal("c in the chart copied nothing")
	}
	d.keys("esc", "c")
	if got := copiedQuote(d); got != want {
		t.Errorf("esc on the chart's last bar selected another item:\n got %q\nwant %q", got, want)
	}

	d = start(t, 120, 40, options(t, nil))
	d.keys("esc", "3")
	before, _ := d.model().Selected()
	d.keys("v")
	if s := d.screen(); !strings.Contains(s, "No figures among recommendations") {
		t.Errorf("the chart of recommendations:\n%s", s)
	}
	d.keys("esc")
	if after, _ := d.model().Selected(); after.ID != before.ID {
		t.Errorf("the selection moved to %s", after.ID)
	}
}

// TestPinnedSelectedPaneScrolls: with an item pinned, tab (wide) gives
// the keys to the "Selected" pane, drawn as focused, and pgdown scrolls
// it; on a narrow screen the detail under the pinned pane scrolls too.
// Before, the keys scrolled the detail pane the pinned layout does not
// draw: nothing on screen moved, the list still looked focused, and j
// no longer moved the list.
func TestPinnedSelectedPaneScrolls(t *testing.T) {
	for _, c := range []struct {
		name string
		w, h int
		keys []string
	}{
		{"wide", 120, 20, []string{"esc", "p", "j", "tab"}},
		{"narrow", 80, 24, []string{"esc", "p", "j", "enter"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			d := start(t, c.w, c.h, options(t, nil))
			d.keys(c.keys...)
			before := d.screen()
			d.keys("pgdown")
			if after := d.screen(); after == before {
				t.Errorf("pgdown in the selected pane changed nothing on screen:\n%s", after)
			}
		})
	}
}

// TestClickBelowTheListSelectsNothing: a click on the list's bottom
// border, on the status line or on the help bar selects no item: only a
// row drawn is clicked. Before, a click there selected the item after the
// last one drawn, which the list then scrolled to, and the space typed
// next marked an item never seen before the click.
func TestClickBelowTheListSelectsNothing(t *testing.T) {
	for _, h := range []int{40, 41} {
		d := start(t, 120, h, options(t, nil))
		d.keys("esc")
		before, _ := d.model().Selected()
		for _, y := range []int{h - 3, h - 2, h - 1} { // the border, the status line, the help bar
			d.send(tea.MouseClickMsg{X: 10, Y: y, Button: tea.MouseLeft})
			if after, _ := d.model().Selected(); after.ID != before.ID {
				t.Errorf("%d lines: a click on line %d selected %q", h, y, after.Text)
			}
		}
	}
}

// TestUndoThatFailsCanBeTriedAgain: u after d, while the basket file
// cannot be read (saved from an editor with a comma too many), fails and
// says why; once the file reads again, u puts the finding back. Before,
// the failed u had used up the removal: the second u said "Nothing to put
// back", and the finding removed was lost.
func TestUndoThatFailsCanBeTriedAgain(t *testing.T) {
	_, c := bundledIndex(t)
	var ids []string
	for _, it := range c.Items[:3] {
		ids = append(ids, it.ID)
	}
	f := newBasketFile(t, ids...)
	opts := options(t, nil)
	opts.Basket = f.hooks()
	d := start(t, 120, 30, opts)
	d.keys("esc", "b", "d")
	good, err := os.ReadFile(f.path)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(f.path, []byte(`{"version": 1, "items": ["`+ids[1]+`",]}`), 0o644); err != nil {
		t.Fatal(err)
	}
	d.keys("u")
	if !d.model().StatusIsError() {
		t.Fatalf("u on a file that cannot be read said %q", d.model().Status())
	}
	if err := os.WriteFile(f.path, good, 0o644); err != nil {
		t.Fatal(err)
	}
	d.keys("u")
	if got := f.ids(t); strings.Join(got, ",") != strings.Join(ids, ",") {
		t.Errorf("after u once the file read again: %v, want %v (status %q)", got, ids, d.model().Status())
	}
}

// TestReorderAtTheEndsWritesNothing: K on the first finding and J on the
// last leave the basket file as it is (another explorer watching it reads
// nothing new) and say why nothing moved. Before, each rewrote the file
// unchanged and said nothing.
func TestReorderAtTheEndsWritesNothing(t *testing.T) {
	_, c := bundledIndex(t)
	ids := []string{c.Items[0].ID, c.Items[1].ID}
	f := newBasketFile(t, ids...)
	old := time.Now().Add(-time.Hour)
	os.Chtimes(f.path, old, old)
	stamp := basket.StampOf(f.path)
	opts := options(t, nil)
	opts.Basket = f.hooks()
	d := start(t, 120, 30, opts)
	for _, keys := range [][]string{{"esc", "b", "K"}, {"G", "J"}} {
		d.keys(keys...)
		if basket.StampOf(f.path) != stamp {
			t.Errorf("%v rewrote the basket file", keys)
		}
		if st := d.model().Status(); !strings.Contains(strings.ToLower(st), "already") {
			t.Errorf("%v said %q", keys, st)
		}
	}
	if got := f.ids(t); strings.Join(got, ",") != strings.Join(ids, ",") {
		t.Errorf("the file holds %v", got)
	}
}

// TestSecondExportWaitsForTheFirst: e pressed twice before the first
// export has finished (a double tap, a key repeating) writes one briefing
// pack, and the second press says one is being written. Before, each
// press wrote a pack: briefing-DATE.md and briefing-DATE-2.md, each with
// its .docx.
func TestSecondExportWaitsForTheFirst(t *testing.T) {
	_, c := bundledIndex(t)
	f := newBasketFile(t, c.Items[0].ID)
	opts := options(t, nil)
	opts.Basket = f.hooks()
	d := start(t, 120, 30, opts)
	d.keys("esc")
	e := tea.KeyPressMsg{Code: 'e', Text: "e"}
	m, _ := d.M.Update(e)
	m, first := m.Update(tea.KeyPressMsg{Code: tea.KeyEnter})
	// The second e, while the first pack is made, says so: it asks nothing.
	m, second := m.Update(e)
	if st := m.(tui.Model).Status(); !strings.Contains(st, "already") {
		t.Errorf("the second e said %q", st)
	}
	d.M = m
	d.run(first)
	d.run(second)
	if len(f.exported) != 1 {
		t.Errorf("two presses of e wrote %d packs", len(f.exported))
	}
	d.keys("e", "enter")
	if len(f.exported) != 2 {
		t.Errorf("e after the first export finished wrote %d packs in all, want 2", len(f.exported))
	}
}

// TestTooSmallSaysWhatItNeedsInTheRoom: a terminal of 10x3 (or 20x4, 39x9)
// reads what size cypx needs and that q quits, in lines that fit; 1x1 and
// 2x50 draw nothing wider than the screen. Before, 10x3 showed "Terminal /
// too small / (10x3):", the rest cut off below the screen, and 2x50 a
// line of 8 cells.
func TestTooSmallSaysWhatItNeedsInTheRoom(t *testing.T) {
	d := start(t, 120, 40, options(t, nil))
	for _, size := range [][2]int{{10, 3}, {20, 4}, {39, 9}, {1, 1}, {2, 50}} {
		d.send(tea.WindowSizeMsg{Width: size[0], Height: size[1]})
		s := d.screen()
		lines := strings.Split(s, "\n")
		if len(lines) > size[1] {
			t.Errorf("%dx%d: %d lines:\n%s", size[0], size[1], len(lines), s)
		}
		for _, l := range lines {
			if w := ansi.StringWidth(l); w > size[0] {
				t.Errorf("%dx%d: a line of %d cells: %q", size[0], size[1], w, l)
			}
		}
		if size[0] >= 10 && (!strings.Contains(s, "40x10") || !strings.Contains(s, "q")) {
			t.Errorf("%dx%d: does not say what is needed and how to quit:\n%s", size[0], size[1], s)
		}
	}
}

// failingLinker finds no links: the index under it fails.
type failingLinker struct{ tui.Linker }

func (failingLinker) For(context.Context, evidence.Item) ([]links.Link, error) {
	return nil, errors.New("index damaged")
}

func (failingLinker) Figures(context.Context, evidence.Item) ([]links.Link, error) {
	return nil, errors.New("index damaged")
}

// TestFailedLinksAreNotStillLoading: when the links of the linked view
// (l) or of the comparison table (f) cannot be found, the screen says
// they could not be found, not "Finding links…" or "Comparing…" for as
// long as it is open; and c in the table while it is still comparing
// says so, not that no other source states the measure. Before, both
// screens waited for ever, and c said "No other source states this
// figure's measure" of a table not yet made.
func TestFailedLinksAreNotStillLoading(t *testing.T) {
	opts := options(t, nil)
	opts.Linker = failingLinker{opts.Linker}
	d := start(t, 120, 30, opts)
	d.keys("esc", "l")
	if s := d.screen(); strings.Contains(s, "Finding links…") || !strings.Contains(s, "index damaged") {
		t.Errorf("the linked view after its links failed:\n%s", s)
	}
	d.keys("esc", "f")
	if s := d.screen(); strings.Contains(s, "Comparing") || !strings.Contains(s, "index damaged") {
		t.Errorf("the comparison table after its links failed:\n%s", s)
	}

	d = start(t, 120, 30, options(t, nil))
	d.keys("esc")
	m, _ := d.M.Update(tea.KeyPressMsg{Code: 'f', Text: "f"}) // its links not yet found
	m, _ = m.Update(tea.KeyPressMsg{Code: 'c', Text: "c"})
	if st := m.(tui.Model).Status(); strings.Contains(st, "No other source") {
		t.Errorf("c while the table is being made said %q", st)
	}
}

// TestChartDrawsNoThresholdOrBase: the chart (v) of "45% of children
// waited over 18 weeks" and "Our survey of 1,200 parents found that 40%
// waited" draws the 45% and the 40%, not the 18 weeks the share is counted
// against nor the 1,200 asked, which no badge, link or comparison table
// takes for a finding. Before, "18wk" stood as a bar among the durations
// waited and "1,200" among the counts.
func TestChartDrawsNoThresholdOrBase(t *testing.T) {
	dir := t.TempDir()
	os.MkdirAll(filepath.Join(dir, "sources"), 0o755)
	os.WriteFile(filepath.Join(dir, "sources", "acme.md"), []byte("---\ntitle: Waits\npublisher: Acme Trust\ndate: 2024\ntype: report\n---\n"+
		"In 2024, 45% of children waited over 18 weeks for a first appointment.\n\n"+
		"Our survey of 1,200 parents found that 40% waited more than a year.\n\n"+
		"The median wait was 14 weeks in 2024.\n"), 0o644)
	opts := corpusOptions(t, dir)
	d := start(t, 120, 40, opts)
	d.keys("source:acme", "enter")
	d.keys("v")
	s := d.screen()
	for _, want := range []string{"45%", "40%", "14wk"} {
		if !strings.Contains(s, want) {
			t.Errorf("the chart lacks %s:\n%s", want, s)
		}
	}
	for _, bad := range []string{"18wk", "1,200 "} {
		if strings.Contains(s, bad) {
			t.Errorf("the chart draws %q:\n%s", bad, s)
		}
	}
}

// TestEscReturnsToTheScreenItCameFrom: on a narrow screen, the detail of
// an item, then l (or f, b, v, m), then esc is the detail again, as esc
// steps back one level; on a wide one the detail pane keeps the focus it
// had. Before, esc went to the list whatever the links, table, basket,
// chart or map had been opened from.
func TestEscReturnsToTheScreenItCameFrom(t *testing.T) {
	for _, k := range []string{"l", "f", "b", "m"} {
		d := start(t, 80, 24, options(t, nil))
		d.keys("esc", "enter")
		detail := d.screen()
		if !strings.Contains(detail, "Publisher:") {
			t.Fatalf("enter did not open the detail:\n%s", detail)
		}
		d.keys(k, "esc")
		if s := d.screen(); s != detail {
			t.Errorf("%s then esc from the detail screen:\n%s", k, s)
		}
	}
	d := start(t, 120, 30, options(t, nil))
	d.keys("esc", "tab")
	detail := d.screen()
	d.keys("l", "esc")
	if s := d.screen(); s != detail {
		t.Errorf("l then esc from the detail pane:\n%s\nwant\n%s", s, detail)
	}
}

// TestStatusCutsNoNumberInTwo: the status line's preview of a copy and
// its naming of an item marked, unmarked or removed cut the text between
// words, so no figure is left in part: "In the year to March 2024,
// in all 12,345 children …" never reads "in all 12…". Before, the copy's
// preview was cut at its 36th character and the label at its 30th,
// inside a word or a number.
func TestStatusCutsNoNumberInTwo(t *testing.T) {
	texts := []string{
		"In the year to March 2024, in all 12,345 children waited more than a year for a first appointment with the service.",
		"In 2024, a total of 12,345,678 pounds was spent on the service for children.",
	}
	words := map[string]bool{}
	for _, text := range texts {
		for _, w := range strings.Fields(text) {
			words[w] = true
		}
	}
	dir := t.TempDir()
	os.MkdirAll(filepath.Join(dir, "sources"), 0o755)
	os.WriteFile(filepath.Join(dir, "sources", "acme.md"), []byte("---\ntitle: Waits\npublisher: Acme Trust\ndate: 2024\ntype: report\n---\n"+
		texts[0]+"\n\n"+texts[1]+"\n"), 0o644)
	opts := corpusOptions(t, dir)
	opts.Basket = newBasketFile(t).hooks()
	d := start(t, 120, 30, opts)
	// The word before each "…" is a whole word of the text.
	cut := regexp.MustCompile(`(\S+)…`)
	d.keys("source:acme", "enter")
	for range texts {
		for _, k := range []string{"c", "space", "space"} {
			d.keys(k)
			st := d.model().Status()
			for _, m := range cut.FindAllStringSubmatch(st, -1) {
				if w := strings.TrimLeft(m[1], "\"“"); !words[w] {
					t.Errorf("%s said %q: %q is no whole word of the text", k, st, w)
				}
			}
		}
		d.keys("j")
	}
}

// TestExportOfMissingFindingsOnlySaysSo: e (and C on the basket screen)
// over a basket whose every finding is missing (their source removed)
// says the findings are missing, not that the basket is empty, which the
// basket screen, listing them, contradicts. Before: "The basket is empty:
// mark findings with space first".
func TestExportOfMissingFindingsOnlySaysSo(t *testing.T) {
	f := newBasketFile(t, "gone-2024-report#deadbeef", "gone-2024-report#0badcafe")
	opts := options(t, nil)
	opts.Basket = f.hooks()
	d := start(t, 120, 30, opts)
	for _, keys := range [][]string{{"esc", "e"}, {"b", "e"}, {"C"}} {
		d.keys(keys...)
		st := d.model().Status()
		if strings.Contains(st, "empty") || !strings.Contains(st, "missing") {
			t.Errorf("%v said %q", keys, st)
		}
	}
	if len(f.exported) != 0 {
		t.Errorf("%d packs written", len(f.exported))
	}
}

// TestSaveKeepsTheSearchOnScreen: "waiti" typed (its last word read as
// the start of a word while typing, so it lists the items of "waiting"),
// then S: the search is not saved finding nothing, and the form says why
// and how ("waiti*"); "waiti*" is then saved finding what the screen
// lists. Before, "waiti" was saved as typed, whose whole word finds
// nothing: "Saved (0 items)" under a screen of them, and cypx --saved
// found none.
func TestSaveKeepsTheSearchOnScreen(t *testing.T) {
	dir := t.TempDir()
	opts := options(t, nil)
	opts.History = tui.HistoryHooks{Path: filepath.Join(dir, "history.json"), SavedPath: filepath.Join(dir, "saved.json")}
	d := start(t, 120, 30, opts)
	d.keys("waiti", "enter")
	head := strings.SplitN(d.screen(), "\n", 2)[0]
	m := regexp.MustCompile(`(\d+) of \d+ items`).FindStringSubmatch(head)
	if m == nil || m[1] == "0" {
		t.Fatalf("waiti lists nothing: %s", head)
	}
	d.keys("S", "waits", "enter")
	if st := d.model().Status(); strings.HasPrefix(st, "Saved") {
		t.Errorf("saving the search of %s items said %q", m[1], st)
	}
	if s := d.screen(); !strings.Contains(s, "waiti*") {
		t.Errorf("the form does not say how to save the start of a word:\n%s", s)
	}
	d.keys("esc", "/", "*", "enter", "S", "waits", "enter")
	if st := d.model().Status(); !strings.Contains(st, "Saved") || !strings.Contains(st, "("+m[1]+" items)") {
		t.Errorf("saving waiti* said %q, want %s items", st, m[1])
	}
}

// TestEveryCopyWarnsOfADisagreement: the finding other sources contradict
// (44%, tes-2024-mhst), copied with c from the list, from the basket
// screen and from the chart, carries the same warning in the status line
// on each path, each first copy in a fresh explorer. Before, only the list
// warned: the basket's and the chart's copies warned only when the list
// had happened to find the item's links earlier, so the copy from the
// basket, where a briefing is made, did not say one side of a
// disagreement was being used.
func TestEveryCopyWarnsOfADisagreement(t *testing.T) {
	opts := figureSetOptions(t)
	d := start(t, 140, 40, opts)
	d.keys(strings.Split("source:tes-2024-mhst", "")...)
	d.keys("enter")
	it, _ := d.model().Selected()
	d.keys("c")
	want := d.model().Status()
	if !strings.Contains(want, "Other sources give") {
		t.Fatalf("the list's copy does not warn: %q", want)
	}
	for _, path := range []struct {
		name string
		keys []string
	}{
		{"basket", []string{"esc", "b", "c"}},
		{"chart", append(append([]string{}, strings.Split("source:tes-2024-mhst", "")...), "enter", "v", "c")},
	} {
		fresh := figureSetOptions(t)
		fresh.Basket = newBasketFile(t, it.ID).hooks()
		d := start(t, 140, 40, fresh)
		d.keys(path.keys...)
		if st := d.model().Status(); st != want {
			t.Errorf("c from the %s said\n%q\nwant\n%q", path.name, st, want)
		}
	}
}

// TestPinnedPaneWarnsAsTheDetailDoes: a finding other sources contradict,
// pinned (p), shows in its pane the warning the detail pane shows of it.
// Before, the pinned pane showed the finding without it.
func TestPinnedPaneWarnsAsTheDetailDoes(t *testing.T) {
	d := start(t, 160, 40, figureSetOptions(t))
	d.keys(strings.Split("source:tes-2024-mhst", "")...)
	d.keys("enter")
	if !strings.Contains(d.screen(), "Other sources give") {
		t.Fatalf("the detail pane does not warn:\n%s", d.screen())
	}
	d.keys("p", "/")
	for range len("source:tes-2024-mhst") {
		d.keys("backspace")
	}
	d.keys("autism", "enter")
	s := d.screen()
	if !strings.Contains(s, "Pinned") || !strings.Contains(s, "Other sources") {
		t.Errorf("the pinned pane does not warn:\n%s", s)
	}
}

// TestNarrowedWithTheDetailFocusedKeepsKeysOnScreen: the detail pane has
// the focus (tab) when the terminal is narrowed below 100 columns, where
// the list shows alone: the detail's keys then act on what is shown. Before,
// the focus stayed on the detail pane no longer drawn: j and k scrolled it
// unseen, and the list, still shown, did not move.
func TestNarrowedWithTheDetailFocusedKeepsKeysOnScreen(t *testing.T) {
	d := start(t, 120, 16, options(t, nil))
	d.keys("esc", "tab")
	d.send(tea.WindowSizeMsg{Width: 80, Height: 16})
	before := d.screen()
	if !strings.Contains(before, "statistic · Healthcare Leader") {
		t.Errorf("narrowed, the detail that had the focus is not shown:\n%s", before)
	}
	d.keys("j")
	if d.screen() == before {
		t.Errorf("j changed nothing on screen after narrowing:\n%s", before)
	}
	// Widened again, the list is back beside the detail.
	d.send(tea.WindowSizeMsg{Width: 120, Height: 16})
	if s := d.screen(); !strings.Contains(s, "Healthcare Leader · 2024 · statistic") {
		t.Errorf("widened, the list is not beside the detail:\n%s", s)
	}
}

// TestMarkDoesWhatTheRowShowed: an item shown unmarked, which another
// process (cypx basket add, another explorer) has just put in the basket,
// is marked with space: it stays in the basket, once, and the status line
// says it was already there; an item shown marked, just taken out
// elsewhere, stays out. Before, space toggled the file as it then was:
// the mark typed took the finding out of the basket ("Unmarked"), the
// opposite of what the key asked of the row shown.
func TestMarkDoesWhatTheRowShowed(t *testing.T) {
	f := newBasketFile(t)
	opts := options(t, nil)
	opts.Basket = f.hooks()
	d := start(t, 120, 30, opts)
	d.keys("esc")
	it, _ := d.model().Selected()
	if _, err := basket.Update(f.path, func(b *basket.Basket) error { b.Add(it.ID); return nil }); err != nil {
		t.Fatal(err)
	}
	d.keys("space")
	if got := f.ids(t); len(got) != 1 || got[0] != it.ID {
		t.Errorf("space on a row shown unmarked left the basket %v", got)
	}
	if st := d.model().Status(); !strings.Contains(st, "already") {
		t.Errorf("space said %q", st)
	}
	// Now shown marked; taken out elsewhere; space (unmark) leaves it out.
	if _, err := basket.Update(f.path, func(b *basket.Basket) error { b.Remove(it.ID); return nil }); err != nil {
		t.Fatal(err)
	}
	d.keys("space")
	if got := f.ids(t); len(got) != 0 {
		t.Errorf("space on a row shown marked left the basket %v", got)
	}
	if st := d.model().Status(); !strings.Contains(st, "already") {
		t.Errorf("space said %q", st)
	}
	// Two presses before the first is written: marked, then unmarked.
	space := tea.KeyPressMsg{Code: tea.KeySpace, Text: " "}
	m, first := d.M.Update(space)
	m, second := m.Update(space)
	d.M = m
	d.run(first)
	d.run(second)
	if got := f.ids(t); len(got) != 0 {
		t.Errorf("space twice left the basket %v", got)
	}
}
