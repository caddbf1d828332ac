package tui_test

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"

	bundled "github.com/cypx/cypx/corpus"
	"github.com/cypx/cypx/internal/basket"
	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/export"
	"github.com/cypx/cypx/internal/index"
	"github.com/cypx/cypx/internal/links"
	"github.com/cypx/cypx/internal/pipeline"
	"github.com/cypx/cypx/internal/tui"
	"github.com/cypx/cypx/internal/tui/facets"
	"github.com/cypx/cypx/internal/tui/keys"
	"github.com/cypx/cypx/internal/tui/tuitest"
)

var (
	buildOnce sync.Once
	shared    *index.Index
	corpusC   *pipeline.Corpus
	linker    *links.Engine
)

// bundledIndex builds the bundled corpus's index once for all tests.
func bundledIndex(t testing.TB) (*index.Index, *pipeline.Corpus) {
	buildOnce.Do(func() {
		c, err := pipeline.Load(bundled.FS, bundled.FS)
		if err != nil {
			panic(err)
		}
		ix, err := index.Build(context.Background(), "", c.Items, nil)
		if err != nil {
			panic(err)
		}
		shared, corpusC = ix, c
		labels := map[string]string{}
		for _, th := range c.Taxonomy.Themes {
			labels[th.ID] = th.Label
		}
		linker = links.New(ix, c.Sources, labels)
	})
	return shared, corpusC
}

func options(t testing.TB, s tui.Searcher) tui.Options {
	ix, c := bundledIndex(t)
	if s == nil {
		s = ix
	}
	var themes []facets.Theme
	for _, th := range c.Taxonomy.Themes {
		themes = append(themes, facets.Theme{ID: th.ID, Label: th.Label, Short: th.Short})
	}
	return tui.Options{Searcher: s, Linker: linker, Themes: themes, Sources: c.Sources, TotalItems: len(c.Items), TotalSources: len(c.Sources),
		Now: func() time.Time { return time.Date(2026, 11, 22, 12, 0, 0, 0, time.UTC) }, Dark: true}
}

// driver is the synchronous test driver (tuitest) with the explorer's helpers.
type driver struct{ *tuitest.Driver }

func start(t *testing.T, w, h int, opts tui.Options) *driver {
	return &driver{tuitest.Start(t, tui.New(opts), w, h)}
}

func (d *driver) send(msg tea.Msg)    { d.Send(msg) }
func (d *driver) run(cmd tea.Cmd)     { d.Run(cmd) }
func (d *driver) keys(keys ...string) { d.Keys(keys...) }
func (d *driver) model() tui.Model    { return d.M.(tui.Model) }
func (d *driver) screen() string      { return d.Screen() }

func TestTypeAutismPickThemeReadRecommendationAndCopy(t *testing.T) {
	d := start(t, 120, 40, options(t, nil))
	d.keys("autism")
	if !d.model().SearchFocused() || d.model().Query() != "autism" {
		t.Fatalf("query %q focused %v", d.model().Query(), d.model().SearchFocused())
	}
	d.keys("enter", "t", "down", "down", "space", "enter")
	if got := d.model().SelectedThemes(); len(got) != 1 || got[0] != "adhd-autism" {
		t.Fatalf("themes %v, want adhd-autism", got)
	}
	it, ok := d.model().Selected()
	if !ok || it.Number != "2" || it.Source.Publisher != "NHS Providers" {
		t.Fatalf("selected %+v", it)
	}
	screen := d.screen()
	for _, want := range []string{"1 of 83 items · 5 sources", "[ADHD & autism 1]", "▌R2", "“Using the insights from frontline services, NHSE should", "Cite: (NHS Providers, 2024)"} {
		if !strings.Contains(screen, want) {
			t.Errorf("screen lacks %q:\n%s", want, screen)
		}
	}
	d.keys("c")
	if st := d.model().Status(); !strings.HasPrefix(st, `Copied "Using the insights`) || !strings.HasSuffix(st, "(NHS Providers, 2024)") {
		t.Errorf("status after copy: %q", st)
	}
}

func TestQDoesNotQuitWhileTyping(t *testing.T) {
	d := start(t, 120, 40, options(t, nil))
	d.keys("quality")
	if d.Quit || d.model().Query() != "quality" {
		t.Fatalf("typing q quit (%v) or was lost: %q", d.Quit, d.model().Query())
	}
	d.keys("esc", "q")
	if !d.Quit {
		t.Error("q outside the search box did not quit")
	}
	d2 := start(t, 120, 40, options(t, nil))
	d2.keys("ctrl+c")
	if !d2.Quit {
		t.Error("ctrl+c in the search box did not quit")
	}
}

func TestLastWordMatchesAsPrefix(t *testing.T) {
	d := start(t, 120, 40, options(t, nil))
	d.keys("waiti")
	if !strings.Contains(d.screen(), "of 83 items") || strings.Contains(d.screen(), " 0 of 83") {
		t.Errorf("half-typed 'waiti' found nothing:\n%s", d.screen())
	}
}

func TestKindsKeysFilter(t *testing.T) {
	d := start(t, 120, 40, options(t, nil))
	d.keys("esc", "3")
	if d.model().Kind() != evidence.Recommendation {
		t.Fatalf("kind %q", d.model().Kind())
	}
	if !strings.Contains(d.screen(), "3 [recommendations 14]") || !strings.Contains(d.screen(), "14 of 83 items") {
		t.Errorf("kinds row or count wrong:\n%s", d.screen())
	}
	d.keys("1")
	if d.model().Kind() != "" || !strings.Contains(d.screen(), "83 of 83 items") {
		t.Errorf("1 should show all kinds")
	}
}

func TestEscStepsBack(t *testing.T) {
	d := start(t, 80, 24, options(t, nil))
	d.keys("grant", "enter", "enter")
	if !strings.Contains(d.screen(), "Cite:") {
		t.Fatalf("enter on a narrow list should open the detail:\n%s", d.screen())
	}
	d.keys("esc")
	if strings.Contains(d.screen(), "Cite:") {
		t.Fatalf("esc should return to the list:\n%s", d.screen())
	}
	d.keys("esc")
	if d.model().Query() != "" || !strings.Contains(d.screen(), "83 of 83 items") {
		t.Errorf("esc on the list should clear the search; query %q", d.model().Query())
	}
}

func TestCopyAsFigure(t *testing.T) {
	d := start(t, 120, 40, options(t, nil))
	d.keys("demand increased covid", "enter", "C")
	if !strings.Contains(d.screen(), "Copy as") || !strings.Contains(d.screen(), "97% (Gault, 2024)") {
		t.Fatalf("copy menu not shown with previews:\n%s", d.screen())
	}
	d.keys("3")
	if st := d.model().Status(); st != "Copied 97% (Gault, 2024)" {
		t.Errorf("status %q", st)
	}
}

// slowSearcher answers the first search after the second.
type scriptedSearcher struct{ res map[string]index.Result }

func (s scriptedSearcher) Search(_ context.Context, r index.Request) (index.Result, error) {
	if r.Query == "bad" {
		return index.Result{}, &index.QueryError{Msg: "cannot read the query"}
	}
	return s.res[r.Query], nil
}

func TestStaleResultsAndQueryErrorsKeepNewerResults(t *testing.T) {
	mk := func(text string) index.Result {
		return index.Result{Total: 1, Hits: []index.Hit{{Item: evidence.Item{ID: text, Kind: evidence.Excerpt, Text: text,
			Source: evidence.Source{Publisher: "P", Date: evidence.Date{Year: 2024}}}}}}
	}
	s := scriptedSearcher{res: map[string]index.Result{"": mk("everything"), "a": mk("first answer"), "ab": mk("second answer")}}
	opts := options(t, s)
	m := tui.New(opts)
	var model tea.Model = m
	model, _ = model.Update(tea.WindowSizeMsg{Width: 120, Height: 40})
	model, first := model.Update(tea.KeyPressMsg{Code: 'a', Text: "a"})
	model, second := model.Update(tea.KeyPressMsg{Code: 'b', Text: "b"})
	secondMsg, firstMsg := runSearch(second), runSearch(first)
	model, _ = model.Update(secondMsg)
	model, _ = model.Update(firstMsg) // arrives late
	if it, _ := model.(tui.Model).Selected(); it.ID != "second answer" {
		t.Errorf("a stale result overwrote the newer one: showing %q", it.ID)
	}
	model, bad := model.Update(tea.PasteMsg{Content: ""}) // no change, no search
	if bad != nil {
		t.Error("a paste of nothing started a search")
	}
	// A query error keeps the results and says why.
	model, _ = model.Update(tea.KeyPressMsg{Code: tea.KeyBackspace})
	model, _ = model.Update(tea.KeyPressMsg{Code: tea.KeyBackspace})
	for _, r := range "bad" {
		var cmd tea.Cmd
		model, cmd = model.Update(tea.KeyPressMsg{Code: r, Text: string(r)})
		if r == 'd' {
			model, _ = model.Update(runSearch(cmd))
		}
	}
	if it, _ := model.(tui.Model).Selected(); it.ID != "second answer" {
		t.Errorf("a failed search dropped the results: showing %q", it.ID)
	}
	if st := model.(tui.Model).Status(); st != "cannot read the query" {
		t.Errorf("status %q", st)
	}
}

// runSearch runs the search in a command batch and returns its result.
func runSearch(cmd tea.Cmd) tea.Msg {
	msg := cmd()
	if b, ok := msg.(tea.BatchMsg); ok {
		for _, c := range b {
			if c == nil {
				continue
			}
			if m := c(); fmt.Sprintf("%T", m) == "tui.searchResultMsg" {
				return m
			}
		}
	}
	return msg
}

func TestMouseClickSelectsAndWheelScrolls(t *testing.T) {
	d := start(t, 120, 40, options(t, nil))
	// Row 2 (0-based) of the list starts at screen line 4 (header) + 1 (border) + 2*2.
	d.send(tea.MouseClickMsg{X: 10, Y: 4 + 1 + 4, Button: tea.MouseLeft})
	if it, _ := d.model().Selected(); !strings.HasPrefix(it.Text, "Just over half (53%)") {
		t.Errorf("click selected %q", it.Text)
	}
	before := d.screen()
	d.send(tea.MouseWheelMsg{X: 10, Y: 10, Button: tea.MouseWheelDown})
	d.send(tea.MouseWheelMsg{X: 10, Y: 10, Button: tea.MouseWheelDown})
	if d.screen() == before {
		t.Error("wheel did not scroll the list")
	}
}

func TestSmallAndResizedTerminals(t *testing.T) {
	d := start(t, 30, 8, options(t, nil))
	if s := d.screen(); !strings.Contains(s, "Terminal too small (30x8)") {
		t.Errorf("small terminal: %q", s)
	}
	d.send(tea.WindowSizeMsg{Width: 60, Height: 20})
	s := d.screen()
	if !strings.Contains(s, "of 83 items") || strings.Contains(s, "Cite:") {
		t.Errorf("at 60x20 the list should show alone:\n%s", s)
	}
	for i, line := range strings.Split(s, "\n") {
		if w := ansi.StringWidth(line); w > 60 {
			t.Errorf("line %d is %d wide at 60 columns", i, w)
		}
	}
	if n := strings.Count(s, "\n") + 1; n > 20 {
		t.Errorf("%d lines at 20 rows", n)
	}
	d.send(tea.WindowSizeMsg{Width: 120, Height: 40})
	if !strings.Contains(d.screen(), "Cite:") {
		t.Error("widening back should show the detail beside the list")
	}
}

func TestKeyBeforeFirstSizeDoesNotPanic(t *testing.T) {
	m := tui.New(options(t, nil))
	var model tea.Model = m
	model, _ = model.Update(tea.KeyPressMsg{Code: 'j', Text: "j"})
	model, _ = model.Update(tea.KeyPressMsg{Code: 't', Text: "t"})
	if model.View().Content != "" {
		t.Error("a view before the first size should be empty")
	}
}

func TestHelpShowsEveryKey(t *testing.T) {
	d := start(t, 120, 40, options(t, nil))
	d.keys("esc", "?")
	s := d.screen()
	for _, want := range []string{"search", "themes", "statistics", "recommendations", "excerpts", "copy", "copy as…", "quit"} {
		if !strings.Contains(s, want) {
			t.Errorf("help lacks %q:\n%s", want, s)
		}
	}
	d.keys("esc")
	if strings.Contains(d.screen(), "Keys") {
		t.Error("esc did not close the help")
	}
}

// TestEveryScreenSharesHelpAndQuit: ? opens the help on every screen, esc
// goes back to that screen, and q quits from it.
func TestEveryScreenSharesHelpAndQuit(t *testing.T) {
	for _, sc := range []struct{ key, title string }{
		{"b", "Briefing basket"}, {"v", "Chart · sorted by value"}, {"m", "Evidence map"},
	} {
		t.Run(sc.title, func(t *testing.T) {
			d := start(t, 120, 40, options(t, nil))
			d.keys("esc", sc.key)
			if !strings.Contains(d.screen(), sc.title) {
				t.Fatalf("%s did not open %q:\n%s", sc.key, sc.title, d.screen())
			}
			d.keys("?")
			if !strings.Contains(d.screen(), "Keys") {
				t.Fatalf("? on %q did not open the help:\n%s", sc.title, d.screen())
			}
			d.keys("esc")
			if s := d.screen(); strings.Contains(s, "Keys") || !strings.Contains(s, sc.title) {
				t.Fatalf("esc from the help did not return to %q:\n%s", sc.title, s)
			}
			d.keys("q")
			if !d.Quit {
				t.Errorf("q on %q did not quit", sc.title)
			}
		})
	}
}

func TestGoldenViews(t *testing.T) {
	for _, size := range []struct{ w, h int }{{120, 40}, {80, 24}, {60, 20}} {
		t.Run(fmt.Sprintf("%dx%d", size.w, size.h), func(t *testing.T) {
			d := start(t, size.w, size.h, options(t, nil))
			d.keys("public health grant", "enter")
			screen := d.screen()
			lines := strings.Split(screen, "\n")
			if len(lines) != size.h {
				t.Errorf("%d lines, want %d", len(lines), size.h)
			}
			for i, l := range lines {
				if w := ansi.StringWidth(l); w > size.w {
					t.Errorf("line %d is %d wide: %q", i, w, l)
				}
			}
			golden.RequireEqual(t, screen)
		})
	}
}

var _ = errors.New

func TestLinkedViewShowsThePrimaryBesideTheCoverage(t *testing.T) {
	d := start(t, 120, 40, options(t, nil))
	d.keys("demand increased covid", "enter")
	if !strings.Contains(d.screen(), "Linked findings: 1") || !strings.Contains(d.screen(), "Secondary: reports NHS Providers, 2024") ||
		!strings.Contains(d.screen(), "Note: the figure 97% is cited to Gault, 2024") {
		t.Fatalf("detail lacks the link count or the primary:\n%s", d.screen())
	}
	d.keys("l")
	s := d.screen()
	for _, want := range []string{"1/1 primary-source", "same figure (90%) and claim", "“Nearly all respondents (90%) said the health and", "“Nearly all respondents (97%) said that demand"} {
		if !strings.Contains(s, want) {
			t.Errorf("linked view lacks %q:\n%s", want, s)
		}
	}
	d.keys("c")
	if st := d.model().Status(); !strings.HasPrefix(st, `Copied "Nearly all respondents (90%)`) || !strings.HasSuffix(st, "(NHS Providers, 2024)") {
		t.Errorf("c on the right side copied: %q", st)
	}
	d.keys("h", "c")
	if st := d.model().Status(); !strings.HasSuffix(st, "(NHS Providers, 2024; reported by Gault, 2024)") {
		t.Errorf("c on the left side should cite the primary first: %q", st)
	}
	d.keys("enter")
	if s := d.screen(); !strings.Contains(s, "Item · ") || !strings.Contains(s, "same-finding") || !strings.Contains(s, "reported by Gault") {
		t.Errorf("enter should make the NHS Providers item the focus, linked back to the coverage:\n%s", s)
	}
	d.keys("esc")
	if !strings.Contains(d.screen(), "1/1 primary-source") {
		t.Errorf("esc should step back to the previous item:\n%s", d.screen())
	}
	d.keys("esc")
	if strings.Contains(d.screen(), "primary-source") {
		t.Errorf("esc should leave the linked view:\n%s", d.screen())
	}
}

func TestLinkedViewStacksWhenNarrow(t *testing.T) {
	d := start(t, 80, 30, options(t, nil))
	d.keys("public health grant increase", "enter", "l")
	s := d.screen()
	if !strings.Contains(s, "same-recommendation") || strings.Count(s, "╭") != 2 {
		t.Errorf("narrow linked view should stack two panes:\n%s", s)
	}
	top := strings.Index(s, "Item ·")
	bottom := strings.Index(s, "same-recommendation")
	if top < 0 || bottom < top {
		t.Errorf("the item should be above its link:\n%s", s)
	}
}

func TestPinComparesWithWhateverIsSelected(t *testing.T) {
	d := start(t, 120, 40, options(t, nil))
	d.keys("cut by 24%", "enter", "p")
	if !strings.HasPrefix(d.model().Status(), "Pinned 24%") {
		t.Fatalf("status %q", d.model().Status())
	}
	d.keys("/")
	for range "cut by 24%" {
		d.send(tea.KeyPressMsg{Code: tea.KeyBackspace})
	}
	d.keys("increase the public health grant", "enter")
	s := d.screen()
	for _, want := range []string{"Pinned", "Selected", "“This is important as the Health", "“Government should increase the"} {
		if !strings.Contains(s, want) {
			t.Errorf("pinned view lacks %q:\n%s", want, s)
		}
	}
	d.keys("p")
	if s := d.screen(); strings.Contains(s, "Pinned") || d.model().Status() != "Unpinned" {
		t.Errorf("p again should unpin:\n%s", s)
	}
}

func TestMoreItemsLoadWhenScrollingToTheEnd(t *testing.T) {
	d := start(t, 120, 40, options(t, nil))
	d.keys("esc", "G")
	first, _ := d.model().Selected()
	for i := 0; i < 40; i++ {
		d.keys("j")
	}
	last, _ := d.model().Selected()
	if first.ID == last.ID {
		t.Fatal("could not move past the first page of 50 items")
	}
	d.keys("G")
	for i := 0; i < 5; i++ {
		d.keys("G", "j")
	}
	if it, _ := d.model().Selected(); it.Source.ID != "cqc-2018-are-we-listening" {
		t.Errorf("the end of the list should reach the oldest source; at %s", it.Source.ID)
	}
}

func TestIndexingProgressThenReady(t *testing.T) {
	opts := options(t, nil)
	opts.TotalItems, opts.TotalSources = 0, 0
	d := start(t, 120, 40, opts)
	d.send(tui.IndexProgressMsg{Done: 20000, Total: 100000, Elapsed: 4 * time.Second})
	s := d.screen()
	for _, want := range []string{"20000 of 100000 items indexed so far", "Indexing 20%", "5000 items/s", "16s left", "░"} {
		if !strings.Contains(s, want) {
			t.Errorf("indexing screen lacks %q:\n%s", want, s)
		}
	}
	d.send(tui.IndexReadyMsg{Items: 83, Sources: 5, Linker: linker, Warning: "1 sources skipped: run 'cypx check' to see why"})
	s = d.screen()
	if strings.Contains(s, "Indexing") || !strings.Contains(s, "83 of 83 items · 5 sources") || !strings.Contains(s, "‼ 1 sources skipped") {
		t.Errorf("after the build:\n%s", s)
	}
}

// basketFile is a basket file in a temporary folder, and the packs the
// explorer exported.
type basketFile struct {
	path     string
	exported []export.Pack
}

func newBasketFile(t *testing.T, ids ...string) *basketFile {
	f := &basketFile{path: filepath.Join(t.TempDir(), "basket.json")}
	if ids != nil {
		if err := (basket.Basket{IDs: ids}).Save(f.path); err != nil {
			t.Fatal(err)
		}
	}
	return f
}

func (f *basketFile) hooks() tui.BasketHooks {
	return tui.BasketHooks{
		Path: f.path,
		Export: func(p export.Pack) (string, error) {
			f.exported = append(f.exported, p)
			return "/tmp/briefing.md and .docx", nil
		},
	}
}

// ids reads the file as another process would.
func (f *basketFile) ids(t *testing.T) []string {
	b, err := basket.Load(f.path)
	if err != nil {
		t.Fatal(err)
	}
	return b.IDs
}

func TestBasketMarkReorderRemoveExportAndRestart(t *testing.T) {
	f := newBasketFile(t)
	opts := options(t, nil)
	opts.Basket = f.hooks()
	d := start(t, 120, 40, opts)
	d.keys("esc") // leave the search box, where the explorer opens
	mark := func(query string) {
		d.keys("/", query, "enter", "space")
		if !strings.Contains(d.screen(), "●") {
			t.Errorf("the marked row should show ●:\n%s", d.screen())
		}
		d.keys("esc") // clear the search
	}
	mark("61% capacity workforce")
	mark("review of transitions")
	mark("complex disjointed system")
	if ids := f.ids(t); len(ids) != 3 {
		t.Fatalf("the file holds %v", ids)
	}
	d.keys("b")
	s := d.screen()
	if !strings.Contains(s, "Briefing basket · 3 findings") || !strings.Contains(s, "61%") {
		t.Fatalf("basket view:\n%s", s)
	}
	d.keys("J") // move the first down
	if ids := f.ids(t); !strings.HasPrefix(ids[0], "nhsp-") || !strings.HasPrefix(ids[1], "ncb-") {
		t.Errorf("after J the order is %v", ids)
	}
	d.keys("e")
	if len(f.exported) != 1 || len(f.exported[0].Items) != 3 || d.model().Status() != "Exported the briefing pack to /tmp/briefing.md and .docx" {
		t.Errorf("export: %d packs, status %q", len(f.exported), d.model().Status())
	}
	// The pack follows the basket's order; s groups it by theme.
	if p := f.exported[0]; p.Group != export.GroupNone || !strings.HasPrefix(p.Items[0].ID, "nhsp-") || !strings.HasPrefix(p.Items[1].ID, "ncb-") {
		t.Errorf("the pack should follow the basket's order: group %q, first %s", p.Group, p.Items[0].ID)
	}
	d.keys("C")
	if st := d.model().Status(); st != "Copied the briefing pack (3 findings) as Markdown" {
		t.Errorf("C in the basket: %q", st)
	}
	if md := d.Clipboard; !strings.Contains(md, "## Findings") || strings.Index(md, "review of transitions") > strings.Index(md, "61%") {
		t.Errorf("the copied pack should keep the basket's order:\n%s", md)
	}
	d.keys("s", "C")
	if md := d.Clipboard; !strings.Contains(md, "## Transitions to adult services") || strings.Contains(md, "## Findings") || !strings.Contains(d.screen(), "pack grouped by theme") {
		t.Errorf("s should group the pack by theme:\n%s", md)
	}
	d.keys("s")

	// A restart reads the file; an id whose source has gone shows as missing.
	f2 := newBasketFile(t, append(f.ids(t), "gone-source#deadbeef")...)
	opts2 := options(t, nil)
	opts2.Basket = f2.hooks()
	d2 := start(t, 120, 40, opts2)
	d2.keys("esc", "b")
	s = d2.screen()
	if !strings.Contains(s, "Briefing basket · 4 findings") || !strings.Contains(s, "Missing: gone-source#deadbeef") {
		t.Errorf("restarted basket:\n%s", s)
	}
	d2.keys("e")
	if len(f2.exported) != 1 || len(f2.exported[0].Items) != 3 {
		t.Errorf("export should leave the missing item out: %+v", f2.exported)
	}
}

// TestBasketRemoveNamesAndUndoPutsBack: G goes to the last finding, d
// removes it and says which, u puts it back where it was.
func TestBasketRemoveNamesAndUndoPutsBack(t *testing.T) {
	_, c := bundledIndex(t)
	var ids []string
	for _, it := range c.Items[:12] {
		ids = append(ids, it.ID)
	}
	f := newBasketFile(t, ids...)
	opts := options(t, nil)
	opts.Basket = f.hooks()
	d := start(t, 80, 24, opts)
	d.keys("esc", "b", "G", "d")
	got := f.ids(t)
	if len(got) != 11 || got[10] != ids[10] {
		t.Fatalf("G d should remove the last of 12; the file holds %d, last %s", len(got), got[len(got)-1])
	}
	last := c.Items[11]
	if st := d.model().Status(); !strings.HasPrefix(st, "Removed "+last.Badge()) || !strings.Contains(st, "u puts it back") {
		t.Errorf("d should name what it removed: %q", st)
	}
	d.keys("u")
	if got := f.ids(t); strings.Join(got, ",") != strings.Join(ids, ",") {
		t.Errorf("u should put it back where it was: %v", got)
	}
	// The list's movement keys work here: g, pgdn, k, j.
	d.keys("g", "d")
	if got := f.ids(t); got[0] != ids[1] {
		t.Errorf("g d should remove the first: %v", got[:2])
	}
	d.keys("u", "pgdown", "k", "d")
	if got := f.ids(t); len(got) != 11 || containsID(got, ids[0]) == false {
		t.Errorf("u then pgdn k d: %v", got)
	}
}

func containsID(ids []string, id string) bool {
	for _, x := range ids {
		if x == id {
			return true
		}
	}
	return false
}

// TestBasketSeesOutsideChanges: another process adds to the basket while
// the explorer is open; the explorer shows it and its own change keeps it.
func TestBasketSeesOutsideChanges(t *testing.T) {
	_, c := bundledIndex(t)
	f := newBasketFile(t)
	opts := options(t, nil)
	opts.Basket = f.hooks()
	d := start(t, 120, 40, opts)
	// Another process adds two items.
	basket.Update(f.path, func(b *basket.Basket) error { b.Add(c.Items[5].ID, c.Items[6].ID); return nil })
	d.keys("esc", "space") // marks the first item: read afresh, under the lock
	if got := f.ids(t); len(got) != 3 || got[0] != c.Items[5].ID {
		t.Fatalf("the explorer's mark lost the outside change: %v", got)
	}
	basket.Update(f.path, func(b *basket.Basket) error { b.Add(c.Items[7].ID); return nil })
	d.keys("b") // the basket screen reads the file when shown
	if !strings.Contains(d.screen(), "Briefing basket · 4 findings") {
		t.Errorf("the basket screen should show the outside change:\n%s", d.screen())
	}
}

// TestBasketOfANewerVersionIsRefused: a basket file written by a newer cypx
// is neither shown as empty nor rewritten.
func TestBasketOfANewerVersionIsRefused(t *testing.T) {
	f := newBasketFile(t)
	newer := `{"version": 7, "items": ["a#1"]}` + "\n"
	os.WriteFile(f.path, []byte(newer), 0o644)
	opts := options(t, nil)
	opts.Basket = f.hooks()
	d := start(t, 120, 40, opts)
	if st := d.model().Status(); !strings.Contains(st, "version 7") {
		t.Errorf("status should say the basket's version is unknown: %q", st)
	}
	d.keys("esc", "space")
	if data, _ := os.ReadFile(f.path); string(data) != newer {
		t.Errorf("the newer basket was rewritten:\n%s", data)
	}
}

func TestChartAndMapViews(t *testing.T) {
	d := start(t, 120, 40, options(t, nil))
	d.keys("respondents", "enter", "v")
	s := d.screen()
	for _, want := range []string{"Chart · sorted by value", "Percentages (0–100%)", "97%  Healthcare Leader 2024", "█"} {
		if !strings.Contains(s, want) {
			t.Errorf("chart lacks %q:\n%s", want, s)
		}
	}
	d.keys("down", "c")
	if st := d.model().Status(); !strings.HasPrefix(st, `Copied "Nearly all respondents (90%)`) {
		t.Errorf("c in the chart copied %q", st)
	}
	d.keys("s")
	if !strings.Contains(d.screen(), "grouped by source") {
		t.Error("s should regroup")
	}
	d.keys("esc", "esc", "m")
	s = d.screen()
	for _, want := range []string{"Evidence map", "HL 2024", "CQC 2018", "Transitions to adult serv", "total"} {
		if !strings.Contains(s, want) {
			t.Errorf("map lacks %q:\n%s", want, s)
		}
	}
	// Down to Transitions, right to the NHS Providers recommendations, enter.
	d.keys("down", "right", "right", "enter")
	if th := d.model().SelectedThemes(); len(th) != 1 || th[0] != "transitions" {
		t.Fatalf("themes after enter on the map: %v", th)
	}
	if it, _ := d.model().Selected(); !strings.Contains(it.Text, "review of transitions") || !strings.Contains(d.screen(), "1 of 83 items") {
		t.Errorf("the map cell should filter to one item:\n%s", d.screen())
	}
	d.keys("esc")
	if !strings.Contains(d.screen(), "83 of 83 items") {
		t.Error("esc should clear the map's filter")
	}
}

func TestGoldenChartAndMap(t *testing.T) {
	for _, size := range []struct{ w, h int }{{120, 40}, {80, 24}, {60, 20}} {
		for _, view := range []string{"v", "m"} {
			t.Run(fmt.Sprintf("%s-%dx%d", map[string]string{"v": "chart", "m": "map"}[view], size.w, size.h), func(t *testing.T) {
				d := start(t, size.w, size.h, options(t, nil))
				d.keys("esc", view)
				screen := d.screen()
				for i, l := range strings.Split(screen, "\n") {
					if w := ansi.StringWidth(l); w > size.w {
						t.Errorf("line %d is %d wide", i, w)
					}
				}
				golden.RequireEqual(t, screen)
			})
		}
	}
}

// importRecorder stands for the library: it guesses a file's metadata and
// records what was imported.
type importRecorder struct {
	guessed  []string
	imported []tui.ImportFields
}

func (r *importRecorder) importer(dir string) tui.Importer {
	return tui.Importer{
		Dir: dir,
		Guess: func(path string) (tui.ImportFields, error) {
			r.guessed = append(r.guessed, path)
			return tui.ImportFields{Title: "Waiting times for children", Type: "report", Format: "text",
				Guessed: []string{"title (the first line)", "type (assumed: report)"}}, nil
		},
		Import: func(path string, f tui.ImportFields) (tui.ImportResult, error) {
			r.imported = append(r.imported, f)
			return tui.ImportResult{Summary: "Imported notes: 3 items", Ready: tui.IndexReadyMsg{Items: 86, Sources: 6}}, nil
		},
	}
}

// TestAddAReportAsksBeforeWriting: a picks a file, which opens a form with
// what was guessed; nothing is imported until the user confirms, and a
// text file without metadata is completed there.
func TestAddAReportAsksBeforeWriting(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "notes.txt"), []byte("Waiting times for children\n"), 0o644)
	rec := &importRecorder{}
	m := tui.New(options(t, nil)).WithImporter(rec.importer(dir))
	d := &driver{tuitest.Start(t, m, 120, 40)}
	d.keys("esc", "a")
	if s := d.screen(); !strings.Contains(s, "Add a report to your library") || !strings.Contains(s, "notes.txt") {
		t.Fatalf("picker:\n%s", s)
	}
	d.keys("enter")
	s := d.screen()
	if len(rec.guessed) != 1 || len(rec.imported) != 0 {
		t.Fatalf("choosing a file should read it, not import it: guessed %v, imported %v", rec.guessed, rec.imported)
	}
	for _, want := range []string{"nothing is written until you confirm", "Waiting times for children", "‹ report ›", "Guessed from the file: title (the first line)", "[ Import ]"} {
		if !strings.Contains(s, want) {
			t.Errorf("form lacks %q:\n%s", want, s)
		}
	}
	// Confirming with the publisher and date missing is refused, saying why.
	d.send(tea.KeyPressMsg{Code: 's', Mod: tea.ModCtrl})
	if len(rec.imported) != 0 || !strings.Contains(d.screen(), "Needed: publisher, date") {
		t.Fatalf("an incomplete form was imported (%v) or not explained:\n%s", rec.imported, d.screen())
	}
	d.keys("Local Trust", "enter", "2024-13")
	d.send(tea.KeyPressMsg{Code: 's', Mod: tea.ModCtrl})
	if len(rec.imported) != 0 || !strings.Contains(d.screen(), "no month 13") {
		t.Fatalf("a bad date was imported (%v) or not explained:\n%s", rec.imported, d.screen())
	}
	d.keys("backspace", "backspace", "05", "enter", "right", "enter", "enter")
	if len(rec.imported) != 1 {
		t.Fatalf("enter on Import should import: %v\n%s", rec.imported, d.screen())
	}
	if f := rec.imported[0]; f.Title != "Waiting times for children" || f.Publisher != "Local Trust" || f.Date != "2024-05" || f.Type != "survey" {
		t.Errorf("imported with %+v", f)
	}
	if s := d.screen(); !strings.Contains(s, "Imported notes: 3 items") || !strings.Contains(s, "of 86 items · 6 sources") {
		t.Errorf("after the import:\n%s", s)
	}
	// esc leaves the form and the picker without writing.
	d.keys("a", "enter", "esc")
	if strings.Contains(d.screen(), "[ Import ]") || len(rec.imported) != 1 {
		t.Errorf("esc should close the form without importing")
	}
	d.keys("a", "esc")
	if strings.Contains(d.screen(), "Add a report") {
		t.Error("esc should close the picker")
	}
}

// TestOverlaysPassOnWhatTheyDoNotHandle: an export finishing while the
// import picker is open still says where it went (the picker used to
// swallow every message outside a short list).
func TestOverlaysPassOnWhatTheyDoNotHandle(t *testing.T) {
	_, c := bundledIndex(t)
	f := newBasketFile(t, c.Items[0].ID)
	opts := options(t, nil)
	opts.Basket = f.hooks()
	rec := &importRecorder{}
	d := &driver{tuitest.Start(t, tui.New(opts).WithImporter(rec.importer(t.TempDir())), 120, 40)}
	d.keys("esc")
	var model tea.Model = d.M
	model, export := model.Update(tea.KeyPressMsg{Code: 'e', Text: "e"})
	d.M = model
	d.keys("a")
	if !strings.Contains(d.screen(), "Add a report") {
		t.Fatalf("the picker did not open:\n%s", d.screen())
	}
	d.Run(export) // the export finishes while the picker is open
	if st := d.model().Status(); st != "Exported the briefing pack to /tmp/briefing.md and .docx" {
		t.Errorf("the export's result was lost under the picker: status %q", st)
	}
	if !strings.Contains(d.screen(), "Add a report") {
		t.Error("the picker should still be open")
	}
}

// TestHelpOfEveryScreenFitsAndListsItsKeys: ? on each screen shows that
// screen's keys, every one of them, within 80x24 and 60x20 (scrolling
// where they are taller than the room).
func TestHelpOfEveryScreenFitsAndListsItsKeys(t *testing.T) {
	km := keys.DefaultKeyMap()
	screens := []struct {
		name   string
		open   []string
		groups [][]key.Binding
	}{
		{"results", []string{"esc"}, km.ListKeys()},
		{"detail", []string{"esc", "enter"}, km.DetailKeys()},
		{"linked findings", []string{"esc", "l"}, km.LinkedKeys()},
		{"basket", []string{"esc", "b"}, km.BasketKeys()},
		{"chart", []string{"esc", "v"}, km.ChartKeys()},
		{"evidence map", []string{"esc", "m"}, km.MapKeys()},
	}
	for _, size := range [][2]int{{80, 24}, {60, 20}} {
		for _, sc := range screens {
			t.Run(fmt.Sprintf("%s-%dx%d", sc.name, size[0], size[1]), func(t *testing.T) {
				d := start(t, size[0], size[1], options(t, nil))
				d.keys(sc.open...)
				d.keys("?")
				seen := ""
				for page := 0; page < 10; page++ {
					s := d.screen()
					lines := strings.Split(s, "\n")
					if len(lines) != size[1] {
						t.Fatalf("%d lines at %dx%d", len(lines), size[0], size[1])
					}
					for i, l := range lines {
						if w := ansi.StringWidth(l); w > size[0] {
							t.Errorf("line %d is %d wide:\n%s", i, w, s)
						}
					}
					if !strings.Contains(s, "Keys · "+sc.name) {
						t.Fatalf("help of %s not shown:\n%s", sc.name, s)
					}
					seen += s
					if !strings.Contains(s, "more below") {
						break
					}
					d.keys("pgdown")
				}
				for _, g := range sc.groups {
					for _, b := range g {
						if !strings.Contains(seen, b.Help().Key) || !strings.Contains(seen, firstWord(b.Help().Desc)) {
							t.Errorf("help of %s lacks %s %q", sc.name, b.Help().Key, b.Help().Desc)
						}
					}
				}
				d.keys("esc")
				if strings.Contains(d.screen(), "Keys · ") {
					t.Error("esc should close the help")
				}
			})
		}
	}
}

func firstWord(s string) string {
	if i := strings.IndexAny(s, " ,"); i > 0 {
		return s[:i]
	}
	return s
}

// TestGoldenScreens draws every screen at 80x24 and 60x20: exactly the
// terminal's size, no line wider, the footer in place.
func TestGoldenScreens(t *testing.T) {
	_, c := bundledIndex(t)
	screens := []struct {
		name string
		keys []string
	}{
		{"empty", []string{"zzzzqqq"}},
		{"help", []string{"esc", "?"}},
		{"basket", []string{"esc", "b"}},
		{"linked", []string{"demand increased covid", "enter", "l"}},
		{"map-filter", []string{"esc", "m", "down", "right", "right", "enter"}},
		{"map-moved", []string{"esc", "m", "right", "right", "right", "right", "right", "right", "down", "down", "down", "down", "down", "down", "down", "down", "down", "down"}},
		{"detail-note", []string{"demand increased covid", "enter", "enter"}},
	}
	for _, size := range []struct{ w, h int }{{80, 24}, {60, 20}} {
		for _, sc := range screens {
			t.Run(fmt.Sprintf("%s-%dx%d", sc.name, size.w, size.h), func(t *testing.T) {
				var ids []string
				for _, it := range c.Items[:3] {
					ids = append(ids, it.ID)
				}
				opts := options(t, nil)
				opts.Basket = newBasketFile(t, ids...).hooks()
				d := start(t, size.w, size.h, opts)
				d.keys(sc.keys...)
				screen := d.screen()
				lines := strings.Split(screen, "\n")
				if len(lines) != size.h {
					t.Errorf("%d lines, want %d", len(lines), size.h)
				}
				for i, l := range lines {
					if w := ansi.StringWidth(l); w > size.w {
						t.Errorf("line %d is %d wide: %q", i, w, l)
					}
				}
				if last := lines[len(lines)-1]; !strings.Contains(last, "•") && !strings.Contains(last, "esc") {
					t.Errorf("the footer's help is gone: %q", last)
				}
				golden.RequireEqual(t, screen)
			})
		}
	}
}

// TestInformationExpiresAndErrorsWaitForAKey: with a lifetime, "Copied"
// goes by itself; an error stays until the next key.
func TestInformationExpiresAndErrorsWaitForAKey(t *testing.T) {
	opts := options(t, nil)
	opts.InfoLifetime = time.Millisecond // the driver waits for it at once
	d := start(t, 120, 40, opts)
	d.keys("esc", "c")
	if d.Copies != 1 || d.model().Status() != "" {
		t.Errorf("after its lifetime the information should be gone: %q", d.model().Status())
	}
	d.keys("x") // not bound on the list: nothing happens, nothing is said
	d.keys("/", `"bad`)
	if st := d.model().Status(); st == "" || !d.model().StatusIsError() {
		t.Fatalf("a query that cannot be read should say so: %q", st)
	}
	errText := d.model().Status()
	d.keys("esc") // leaves the box; the error was read
	if d.model().Status() == errText {
		t.Errorf("an error should go at the next key: %q", d.model().Status())
	}
}
