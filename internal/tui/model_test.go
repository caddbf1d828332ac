package tui_test

import (
	"context"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	bundled "github.com/cypx/cypx/corpus"
	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/index"
	"github.com/cypx/cypx/internal/links"
	"github.com/cypx/cypx/internal/pipeline"
	"github.com/cypx/cypx/internal/tui"
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
	var themes []tui.Theme
	for _, th := range c.Taxonomy.Themes {
		themes = append(themes, tui.Theme{ID: th.ID, Label: th.Label, Short: th.Short})
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
	for _, want := range []string{"1 of 82 items · 5 sources", "[ADHD & autism 1]", "▌R2", "“Using the insights from frontline services, NHSE should", "Cite: (NHS Providers, 2024)"} {
		if !strings.Contains(screen, want) {
			t.Errorf("screen lacks %q:\n%s", want, screen)
		}
	}
	d.keys("c")
	if st := d.model().Status(); !strings.HasPrefix(st, `Sent to the terminal (OSC 52): "Using the insights`) || !strings.HasSuffix(st, "(NHS Providers, 2024)") {
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
	if !strings.Contains(d.screen(), "of 82 items") || strings.Contains(d.screen(), " 0 of 82") {
		t.Errorf("half-typed 'waiti' found nothing:\n%s", d.screen())
	}
}

func TestKindsKeysFilter(t *testing.T) {
	d := start(t, 120, 40, options(t, nil))
	d.keys("esc", "3")
	if d.model().Kind() != evidence.Recommendation {
		t.Fatalf("kind %q", d.model().Kind())
	}
	if !strings.Contains(d.screen(), "3 [recommendations 14]") || !strings.Contains(d.screen(), "14 of 82 items") {
		t.Errorf("kinds row or count wrong:\n%s", d.screen())
	}
	d.keys("1")
	if d.model().Kind() != "" || !strings.Contains(d.screen(), "82 of 82 items") {
		t.Errorf("1 should show all kinds")
	}
}

func TestEscStepsBack(t *testing.T) {
	d := start(t, 80, 24, options(t, nil))
	// "Publisher:" is on the detail's first screen however many themes
	// its item has (its "Cite:" line may be below the fold at 80x24).
	d.keys("grant", "enter", "enter")
	if !strings.Contains(d.screen(), "Publisher:") {
		t.Fatalf("enter on a narrow list should open the detail:\n%s", d.screen())
	}
	d.keys("esc")
	if strings.Contains(d.screen(), "Publisher:") {
		t.Fatalf("esc should return to the list:\n%s", d.screen())
	}
	d.keys("esc")
	if d.model().Query() != "" || !strings.Contains(d.screen(), "82 of 82 items") {
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
	if st := d.model().Status(); st != "Sent to the terminal (OSC 52): 97% (Gault, 2024)" {
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
	// While typing, quietly, in the note; as an error once the user
	// settles on the query.
	if note := model.(tui.Model).StatusNote(); note != "Last results kept: cannot read the query" || model.(tui.Model).StatusIsError() {
		t.Errorf("note %q, status %q", note, model.(tui.Model).Status())
	}
	model, _ = model.Update(tea.KeyPressMsg{Code: tea.KeyEnter})
	if st := model.(tui.Model).Status(); st != "cannot read the query" || !model.(tui.Model).StatusIsError() {
		t.Errorf("status after enter %q", st)
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
	if !strings.Contains(s, "of 82 items") || strings.Contains(s, "Cite:") {
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
	if st := d.model().Status(); !strings.HasPrefix(st, `Sent to the terminal (OSC 52): "Nearly all respondents (90%)`) || !strings.HasSuffix(st, "(NHS Providers, 2024)") {
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
	// Reading comes first: quietly for two seconds, then with a bar.
	d.send(tui.IndexReadingMsg{Done: 1 << 20, Total: 10 << 20, Elapsed: time.Second})
	if s := d.screen(); strings.Contains(s, "Reading sources") {
		t.Errorf("reading shown within its first second:\n%s", s)
	}
	d.send(tui.IndexReadingMsg{Done: 3 << 20, Total: 10 << 20, Elapsed: 6 * time.Second})
	s := d.screen()
	for _, want := range []string{"reading sources…", "Reading sources 30%", "3.0/10.0 MB", "0.50 MB/s", "14s left"} {
		if !strings.Contains(s, want) {
			t.Errorf("reading screen lacks %q:\n%s", want, s)
		}
	}
	d.send(tui.IndexProgressMsg{Done: 20000, Total: 100000, Elapsed: 4 * time.Second})
	s = d.screen()
	if strings.Contains(s, "Reading sources") {
		t.Errorf("reading still shown once indexing started:\n%s", s)
	}
	for _, want := range []string{"20000 of 100000 items indexed so far", "Indexing 20%", "5000 items/s", "16s left", "░"} {
		if !strings.Contains(s, want) {
			t.Errorf("indexing screen lacks %q:\n%s", want, s)
		}
	}
	d.send(tui.IndexReadyMsg{Items: 82, Sources: 5, Linker: linker, Warning: "1 source skipped: run 'cypx check' to see why"})
	s = d.screen()
	if strings.Contains(s, "Indexing") || !strings.Contains(s, "82 of 82 items · 5 sources") || !strings.Contains(s, "‼ 1 source skipped") {
		t.Errorf("after the build:\n%s", s)
	}
}

// TestStreamingBuildShowsOneBar: a build that indexes each source as it is
// extracted knows its count of items only at the end (Total 0 until then):
// the bar is the bytes read and indexed, and the header counts what is in.
func TestStreamingBuildShowsOneBar(t *testing.T) {
	opts := options(t, nil)
	opts.TotalItems, opts.TotalSources = 0, 0
	d := start(t, 120, 40, opts)
	d.send(tui.IndexReadingMsg{Done: 3 << 20, Total: 10 << 20, Elapsed: 6 * time.Second})
	d.send(tui.IndexProgressMsg{Done: 4000, Total: 0, Elapsed: 6 * time.Second})
	s := d.screen()
	for _, want := range []string{"4000 items indexed so far", "Indexing sources 30%", "3.0/10.0 MB", "14s left"} {
		if !strings.Contains(s, want) {
			t.Errorf("streaming build's screen lacks %q:\n%s", want, s)
		}
	}
	if strings.Contains(s, "of 0 items") || strings.Contains(s, "Reading sources") {
		t.Errorf("streaming build's screen shows a count it does not know, or reading alone:\n%s", s)
	}
	d.send(tui.IndexReadingMsg{Done: 6 << 20, Total: 10 << 20, Elapsed: 12 * time.Second})
	if s := d.screen(); !strings.Contains(s, "Indexing sources 60%") {
		t.Errorf("the bar does not follow the bytes read and indexed:\n%s", s)
	}
	d.send(tui.IndexReadyMsg{Items: 82, Sources: 5, Linker: linker})
	if s := d.screen(); strings.Contains(s, "Indexing") || !strings.Contains(s, "82 of 82 items · 5 sources") {
		t.Errorf("after the build:\n%s", s)
	}
}
