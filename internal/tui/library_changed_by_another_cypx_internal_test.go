package tui

import (
	"context"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/cypx/cypx/internal/basket"
	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/export"
	"github.com/cypx/cypx/internal/index"
)

// shelf is a library other processes change, and the index the explorer
// opened from it: a searcher that looks at the library as the command's
// libraryWatch does (LookAtLibrary, and Check before every resolution),
// with one LibraryChangedError for every read until the index is opened
// again (refresh).
type shelf struct {
	mu      sync.Mutex
	library map[string]evidence.Item // by source id: one item each
	opened  map[string]evidence.Item
	version int // of the library
	at      int // of the library when the index was opened
	changed error
	refresh int
}

func newShelf(items ...evidence.Item) *shelf {
	s := &shelf{library: map[string]evidence.Item{}}
	for _, it := range items {
		s.library[it.Source.ID] = it
	}
	s.opened = maps(s.library)
	return s
}

func maps(m map[string]evidence.Item) map[string]evidence.Item {
	out := map[string]evidence.Item{}
	for k, v := range m {
		out[k] = v
	}
	return out
}

// put and drop are another cypx's 'add' and 'remove'.
func (s *shelf) put(it evidence.Item) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.library[it.Source.ID] = it
	s.version++
}

func (s *shelf) drop(src string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	delete(s.library, src)
	s.version++
}

func (s *shelf) LookAtLibrary() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.changed == nil && s.version != s.at {
		s.changed = &LibraryChangedError{Stamp: "v"}
	}
	return s.changed
}

func (s *shelf) Check() error { return s.LookAtLibrary() }

func (s *shelf) Search(_ context.Context, r index.Request) (index.Result, error) {
	if err := s.LookAtLibrary(); err != nil {
		return index.Result{}, err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	var res index.Result
	for _, src := range slices.Sorted(func(yield func(string) bool) {
		for k := range s.opened {
			if !yield(k) {
				return
			}
		}
	}) {
		it := s.opened[src]
		want := len(r.IDs) == 0 && len(r.Sources) == 0
		for _, id := range r.IDs {
			want = want || id == it.ID
		}
		for _, id := range r.Sources {
			want = want || id == src
		}
		if q := strings.TrimSpace(r.Query); want && q != "" && len(r.IDs) == 0 {
			want = strings.Contains(strings.ToLower(it.Text), strings.ToLower(q))
		}
		if want {
			res.Hits = append(res.Hits, index.Hit{Item: it})
		}
	}
	res.Total = len(res.Hits)
	return res, nil
}

// open is Options.Refresh: the index opened again from the library.
func (s *shelf) open() IndexReadyMsg {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.refresh++
	s.opened, s.at, s.changed = maps(s.library), s.version, nil
	return IndexReadyMsg{Items: len(s.opened), Sources: len(s.opened), SourceList: s.sources(), How: "updated 1 source"}
}

func (s *shelf) sources() []evidence.Source {
	var out []evidence.Source
	for _, it := range s.opened {
		out = append(out, it.Source)
	}
	slices.SortFunc(out, func(a, b evidence.Source) int { return strings.Compare(a.ID, b.ID) })
	return out
}

func g11Item(src, hash, text string) evidence.Item {
	return evidence.Item{ID: src + "#" + hash, Kind: evidence.Statistic, Text: text,
		Source: evidence.Source{ID: src, Publisher: "Trust " + src, Title: "Report " + src, Date: evidence.Date{Year: 2025}, Type: evidence.Report}}
}

// g11Explorer is an explorer over a shelf, its basket holding the
// carers report's finding and the kept one's.
func g11Explorer(t *testing.T, s *shelf, exported *[]export.Pack) Model {
	t.Helper()
	path := filepath.Join(t.TempDir(), "basket.json")
	if err := (basket.Basket{IDs: []string{"carers#0000000a", "kept#0000000b"}}).Save(path); err != nil {
		t.Fatal(err)
	}
	m := New(Options{Searcher: s, Dark: true,
		Basket: BasketHooks{Path: path, Export: func(_ *ExportRun, p export.Pack) (string, error) {
			*exported = append(*exported, p)
			return "briefing.md", nil
		}},
		Refresh: s.open})
	next, _ := m.Update(tea.WindowSizeMsg{Width: 160, Height: 30})
	m = next.(Model)
	s.mu.Lock()
	ready := IndexReadyMsg{Items: len(s.opened), Sources: len(s.opened), SourceList: s.sources()}
	s.mu.Unlock()
	next, cmd := m.Update(ready)
	return pump(t, next.(Model), cmd)
}

func g11Shelf() *shelf {
	return newShelf(g11Item("carers", "0000000a", "In 2025, 41% of young carers in Westby missed school each week."),
		g11Item("kept", "0000000b", "In 2025, 17% of young carers in Ardley had no respite."))
}

func typeQuery(t *testing.T, m Model, q string) Model {
	t.Helper()
	for _, r := range q {
		next, cmd := m.Update(tea.KeyPressMsg{Code: r, Text: string(r)})
		m = pump(t, next.(Model), cmd)
	}
	return m
}

// TestWatchBringsTheExplorerUpToDateWithTheLibrary: with the explorer
// open on a search, another cypx removes a report from the library and
// then adds one; no key is pressed. At its next look (twice a second)
// the explorer opens its index again, says what changed, and its search
// no longer lists the removed report's finding; the added report's words
// are found. Before (hostile check 70 G11), the explorer read the index
// it had opened until another command rebuilt the cache: the removed
// finding was searched, and the new words found nothing.
func TestWatchBringsTheExplorerUpToDateWithTheLibrary(t *testing.T) {
	s := g11Shelf()
	var exported []export.Pack
	m := g11Explorer(t, s, &exported)
	m = typeQuery(t, m, "carers")
	if v := ansi.Strip(m.View().Content); !strings.Contains(v, "41% of young carers in Westby") {
		t.Fatalf("before the removal the search does not list the carers finding:\n%s", v)
	}

	// A look with the library as it was opens nothing.
	next, cmd := m.Update(basketTickMsg{})
	m = pump(t, next.(Model), cmd)
	if s.refresh != 0 {
		t.Fatalf("the watch opened the index again %d times with the library unchanged", s.refresh)
	}

	s.drop("carers")
	next, cmd = m.Update(basketTickMsg{})
	m = pump(t, next.(Model), cmd)
	if s.refresh != 1 {
		t.Fatalf("the watch's look opened the index again %d times after the removal, want 1", s.refresh)
	}
	v := ansi.Strip(m.View().Content)
	if strings.Contains(v, "41% of young carers in Westby") {
		t.Errorf("after the removal the search still lists the removed report's finding:\n%s", v)
	}
	if !strings.Contains(v, "17% of young carers in Ardley") {
		t.Errorf("after the removal the search lost the kept report's finding:\n%s", v)
	}
	if got, want := m.Status(), "The library changed outside the explorer: removed carers · 1 item in 1 source"; got != want {
		t.Errorf("the status line says %q, want %q", got, want)
	}

	s.put(g11Item("zebra", "0000000c", "In 2025, 9% of zebra crossings near schools had a patrol."))
	next, cmd = m.Update(basketTickMsg{})
	m = pump(t, next.(Model), cmd)
	if !strings.Contains(m.Status(), "The library changed outside the explorer: added zebra") {
		t.Errorf("after the addition the status line says %q", m.Status())
	}
	for range len("carers") {
		next, cmd := m.Update(tea.KeyPressMsg{Code: tea.KeyBackspace})
		m = pump(t, next.(Model), cmd)
	}
	m = typeQuery(t, m, "zebra")
	if v := ansi.Strip(m.View().Content); !strings.Contains(v, "9% of zebra crossings") {
		t.Errorf("the added report's words are not found:\n%s", v)
	}
	if s.refresh != 2 {
		t.Errorf("the index was opened again %d times, want 2", s.refresh)
	}
}

// TestExportBeforeTheWatchLooksLeavesTheRemovedFindingOut: e and c
// pressed after another cypx removed a report, before the watch looked:
// the basket is resolved against the library as 'cypx basket list'
// resolves it (the index opened again first), so the export leaves the
// removed report's finding out and says so, the basket screen lists it
// missing, and c copies nothing of it.
func TestExportBeforeTheWatchLooksLeavesTheRemovedFindingOut(t *testing.T) {
	s := g11Shelf()
	var exported []export.Pack
	m := g11Explorer(t, s, &exported)
	if rows := m.bk.read.rows.rows; len(rows) != 2 || rows[0].Missing {
		t.Fatalf("the basket before the removal: %+v", rows)
	}
	s.drop("carers")
	m = pump(t, m, m.exportCmd(""))
	if len(exported) != 1 {
		t.Fatalf("%d packs exported, want 1 (status %q)", len(exported), m.Status())
	}
	if got := exported[0].Items; len(got) != 1 || got[0].ID != "kept#0000000b" {
		t.Errorf("the pack holds %+v, want the kept finding alone", got)
	}
	if !strings.Contains(m.Status(), "The library changed outside the explorer and the index was opened again first; exported the briefing pack to briefing.md") ||
		!strings.Contains(m.Status(), "1 missing finding left out") {
		t.Errorf("the export's status line says %q", m.Status())
	}
	if s.refresh != 1 {
		t.Errorf("the index was opened again %d times, want 1", s.refresh)
	}
	rows := m.bk.read.rows.rows
	if len(rows) != 2 || !rows[0].Missing || rows[1].Missing {
		t.Errorf("the basket's rows after the removal: %+v, want carers missing", rows)
	}

	held := g11Item("carers", "0000000a", "In 2025, 41% of young carers in Westby missed school each week.")
	s.put(g11Item("other", "0000000d", "In 2025, 3% of carers had a plan."))
	for _, msg := range messages(m.resolveFor(forCopy, evidence.FormatPlain, held)) {
		next, cmd := m.Update(msg)
		m = pump(t, next.(Model), cmd)
	}
	if s.refresh != 2 {
		t.Errorf("c after another change opened the index again %d times, want 2", s.refresh)
	}
	if m.redo.ask != nil || !strings.Contains(m.Status(), "nothing to copy") {
		t.Errorf("c of the removed finding: waiting %+v, status %q", m.redo.ask, m.Status())
	}
}

// TestLibraryNewsNamesWhatChanged: the status line names the sources
// removed, added and replaced (other metadata under the same id), the
// first two of each and a count of the rest; a text replaced with its
// metadata kept is the cache's count of sources updated; nothing changed
// says nothing.
func TestLibraryNewsNamesWhatChanged(t *testing.T) {
	src := func(id, title string) evidence.Source { return evidence.Source{ID: id, Title: title} }
	was := []evidence.Source{src("a", "A"), src("b", "B"), src("c", "C"), src("d", "D"), src("e", "E")}
	for _, tc := range []struct {
		now  []evidence.Source
		how  string
		want string
	}{
		{was, "opened", ""},
		{was, "updated 1 source", "updated 1 source"},
		{[]evidence.Source{src("a", "A"), src("b", "B2"), src("f", "F")}, "updated 5 sources", "removed c, d and 1 more · added f · replaced b"},
	} {
		if got := libraryNews(was, tc.now, tc.how); got != tc.want {
			t.Errorf("libraryNews(%v, %q) = %q, want %q", tc.now, tc.how, got, tc.want)
		}
	}
}

// TestABasketReadingThatMeetsTheChangeIsNoBasketError: a reading of the
// basket begun on the index before the library changed (the watch's
// tick, another cypx's basket write) may reply after the explorer opened
// the index again: its error is no news of the basket (the basket is read
// again once the index is open), and the status line keeps what changed.
// Before, "Basket: the library was changed outside the explorer …"
// replaced the news (an end-to-end run on a loaded machine).
func TestABasketReadingThatMeetsTheChangeIsNoBasketError(t *testing.T) {
	s := g11Shelf()
	var exported []export.Pack
	m := g11Explorer(t, s, &exported)
	m = typeQuery(t, m, "carers")
	s.drop("carers")
	next, cmd := m.Update(basketTickMsg{})
	m = pump(t, next.(Model), cmd)
	news := m.Status()
	if !strings.HasPrefix(news, libraryChangedWords+": removed carers") {
		t.Fatalf("after the look the status line says %q", news)
	}
	for _, msg := range []tea.Msg{
		basketMsg{op: basketOp{kind: opReload}, err: &LibraryChangedError{Stamp: "changed"}},
		basketRowsMsg{err: &LibraryChangedError{Stamp: "changed"}},
	} {
		next, cmd := m.Update(msg)
		m = pump(t, next.(Model), cmd)
		if got := m.Status(); strings.HasPrefix(got, "Basket:") || !strings.HasPrefix(got, libraryChangedWords+": ") {
			t.Errorf("after a late %T the status line says %q, want the library's news", msg, got)
		}
	}
}
