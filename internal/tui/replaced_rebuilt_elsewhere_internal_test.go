package tui

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"

	tea "charm.land/bubbletea/v2"

	"github.com/cypx/cypx/internal/basket"
	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/export"
	"github.com/cypx/cypx/internal/index"
	"github.com/cypx/cypx/internal/resolve"
)

// rebuiltElsewhere is an index another cypx rebuilds while the explorer
// holds it: state 0 is the old index (a report "gone" and a report
// "edit" saying 99%), 1 the old one replaced on disk (every read and
// check says ErrReplaced), 2 the new one opened again: "gone" removed,
// "edit" saying 12%.
type rebuiltElsewhere struct{ state *atomic.Int32 }

var errRebuiltElsewhere = fmt.Errorf("%w (/cache/index-1/index)", index.ErrReplaced)

func h50Item(id, text string) evidence.Item {
	src, _, _ := strings.Cut(id, "#")
	return evidence.Item{ID: id, Kind: evidence.Statistic, Text: text, Source: evidence.Source{ID: src, Publisher: "Trust " + src, Date: evidence.Date{Year: 2024}}}
}

func (s rebuiltElsewhere) items() []evidence.Item {
	if s.state.Load() == 0 {
		return []evidence.Item{h50Item("gone#00000001", "In 2024, 99% of children in Goneshire waited."), h50Item("edit#00000002", "In 2024, 99% of children in Editshire waited.")}
	}
	return []evidence.Item{h50Item("edit#00000002", "In 2024, 12% of children in Editshire waited.")}
}

func (s rebuiltElsewhere) Check() error {
	if s.state.Load() == 1 {
		return errRebuiltElsewhere
	}
	return nil
}

func (s rebuiltElsewhere) Search(_ context.Context, r index.Request) (index.Result, error) {
	if err := s.Check(); err != nil {
		return index.Result{}, err
	}
	var res index.Result
	for _, it := range s.items() {
		want := len(r.IDs) == 0 && len(r.Sources) == 0
		for _, id := range r.IDs {
			want = want || id == it.ID
		}
		for _, src := range r.Sources {
			want = want || src == it.Source.ID
		}
		if want {
			res.Hits = append(res.Hits, index.Hit{Item: it})
		}
	}
	res.Total = len(res.Hits)
	return res, nil
}

// pump hands the messages of cmd to the model, and theirs in turn.
func pump(t *testing.T, m Model, cmd tea.Cmd) Model {
	t.Helper()
	queue := messages(cmd)
	for n := 0; len(queue) > 0; n++ {
		if n > 200 {
			t.Fatal("the explorer never settles")
		}
		msg := queue[0]
		queue = queue[1:]
		next, c := m.Update(msg)
		m = next.(Model)
		queue = append(queue, messages(c)...)
	}
	return m
}

// TestBasketIsResolvedAgainstTheReopenedIndex: the basket's findings,
// resolved once against the index, are resolved again once another cypx
// has rebuilt it: b shows the removed report's finding as missing and the
// edited one's new text, e exports the new text alone, and a copy of an
// item held from the old list (c, the copy menu, the pin) copies what the
// new index holds, never the text held. Before (hostile check 50), the
// resolver answered from what it remembered without looking at the index,
// so nothing found it replaced: the basket showed, and e exported, the
// removed report's 99% and the edited report's old 99%; and a copy
// copied the held item's text.
func TestBasketIsResolvedAgainstTheReopenedIndex(t *testing.T) {
	var state atomic.Int32
	path := filepath.Join(t.TempDir(), "basket.json")
	if err := (basket.Basket{IDs: []string{"gone#00000001", "edit#00000002"}}).Save(path); err != nil {
		t.Fatal(err)
	}
	var refreshes atomic.Int32
	var exported []export.Pack
	m := New(Options{Searcher: rebuiltElsewhere{&state}, TotalItems: 2, TotalSources: 2, Dark: true,
		Basket: BasketHooks{Path: path, Export: func(_ *ExportRun, p export.Pack) (string, error) {
			exported = append(exported, p)
			return "briefing.md", nil
		}},
		Refresh: func() IndexReadyMsg {
			refreshes.Add(1)
			state.Store(2)
			return IndexReadyMsg{Items: 1, Sources: 1}
		}})
	next, _ := m.Update(tea.WindowSizeMsg{Width: 140, Height: 30})
	m = next.(Model)
	m = pump(t, m, m.loadBasket())
	if rows := m.bk.read.rows.rows; len(rows) != 2 || rows[0].Missing || rows[1].Missing {
		t.Fatalf("the old index's basket: %+v", rows)
	}

	pinned := resolve.Resolved{ID: "gone#00000001", Item: h50Item("gone#00000001", "In 2024, 99% of children in Goneshire waited.")}
	m.pin.res = &pinned
	state.Store(1) // another cypx rebuilds the index
	next, cmd := m.Update(tea.KeyPressMsg{Code: 'b', Text: "b"})
	m = pump(t, next.(Model), cmd)
	if refreshes.Load() != 1 {
		t.Fatalf("showing the basket reopened the index %d times, want 1", refreshes.Load())
	}
	rows := m.bk.read.rows.rows
	if len(rows) != 2 || !rows[0].Missing || rows[1].Missing {
		t.Fatalf("after the reopening the basket's rows are %+v, want gone missing and edit found", rows)
	}
	if !strings.Contains(rows[1].Item.Text, "12%") {
		t.Errorf("the edited finding shows %q, want the new index's 12%%", rows[1].Item.Text)
	}
	if m.bk.read.missing != 1 {
		t.Errorf("the basket counts %d missing, want 1", m.bk.read.missing)
	}

	m.layout()
	if m.pin.res == nil || !strings.Contains(m.pin.view(m.styles), "Pinned · no longer in the index") {
		t.Errorf("the pinned pane of the removed finding does not say it is a snapshot: %q, %d wide\n%s", m.pin.snapshot, m.pin.width, m.pin.view(m.styles))
	}
	edit := resolve.Resolved{ID: "edit#00000002", Item: h50Item("edit#00000002", "In 2024, 99% of children in Editshire waited.")}
	m.pin.res, m.pin.snapshot = &edit, ""
	m = pump(t, m, m.repinCmd())
	if m.pin.res == nil || !strings.Contains(m.pin.res.Item.Text, "12%") || m.pin.snapshot != "" {
		t.Errorf("the pinned edited finding after the reopening: %+v, %q", m.pin.res, m.pin.snapshot)
	}

	m = pump(t, m, m.exportCmd(""))
	if len(exported) != 1 || len(exported[0].Items) != 1 || !strings.Contains(exported[0].Items[0].Text, "12%") {
		t.Fatalf("the export wrote %+v, want the edited finding's 12%% alone (status %q)", exported, m.Status())
	}

	// An item held from the list before the rebuild, copied after it.
	for _, held := range []evidence.Item{h50Item("gone#00000001", "In 2024, 99% of children in Goneshire waited."), h50Item("edit#00000002", "In 2024, 99% of children in Editshire waited.")} {
		for _, p := range []purpose{forCopy, forCopyMenu, forPin} {
			var got []resolvedMsg
			for _, msg := range messages(m.resolveFor(p, evidence.FormatPlain, held)) {
				if r, ok := msg.(resolvedMsg); ok {
					got = append(got, r)
				}
			}
			if len(got) != 1 || got[0].err != nil {
				t.Fatalf("resolving %s for %d: %+v", held.ID, p, got)
			}
			res := got[0].res
			if strings.Contains(res.Item.Text, "99%") || res.Missing != (held.ID == "gone#00000001") {
				t.Errorf("%s resolved for %d after the rebuild: missing %v, %q", held.ID, p, res.Missing, res.Item.Text)
			}
		}
	}
}

// TestExportWhileReopeningFollows: e (or C) pressed while the index is
// being opened again, when it is closed and every finding would read as
// missing, is made once it is back, and says so.
func TestExportWhileReopeningFollows(t *testing.T) {
	var state atomic.Int32
	path := filepath.Join(t.TempDir(), "basket.json")
	if err := (basket.Basket{IDs: []string{"edit#00000002"}}).Save(path); err != nil {
		t.Fatal(err)
	}
	m := New(Options{Searcher: rebuiltElsewhere{&state}, Dark: true,
		Basket:  BasketHooks{Path: path, Export: func(*ExportRun, export.Pack) (string, error) { return "b.md", nil }},
		Refresh: func() IndexReadyMsg { return IndexReadyMsg{Items: 1, Sources: 1} }})
	m = pump(t, m, m.loadBasket())
	m.reopening, m.refreshing = true, true
	if cmd := m.exportCmd(""); cmd != nil {
		t.Fatal("e while the index is reopened exports at once")
	}
	if !m.redo.export || !strings.Contains(m.Status(), "the export follows once it is") {
		t.Errorf("redo %+v, status %q", m.redo, m.Status())
	}
	if cmd := m.resolveFor(forCopy, evidence.FormatPlain, h50Item("edit#00000002", "x")); cmd != nil {
		t.Error("c while the index is reopened copies at once")
	}
}

// damagedSearcher fails with err until repaired.
type damagedSearcher struct {
	repaired *atomic.Bool
	err      error
}

func (s damagedSearcher) Search(context.Context, index.Request) (index.Result, error) {
	if !s.repaired.Load() {
		return index.Result{}, s.err
	}
	return index.Result{}, nil
}

// TestDamageIsNotBlamedOnAnotherCypx: an index whose root was emptied is
// said changed on disk, one whose cache folder was deleted is said
// removed, and either is rebuilt (Options.Reopen), never said "rebuilt or
// updated by another cypx" nor merely reopened. Before (hostile check
// 50), both were told as another cypx's rebuild.
func TestDamageIsNotBlamedOnAnotherCypx(t *testing.T) {
	for _, tc := range []struct {
		err        error
		says, done string
	}{
		{fmt.Errorf("%w: /c/index/store/root.bolt was emptied while open", index.ErrDamaged),
			"The index was changed on disk while open and must be reopened: rebuilding it", "The index was changed on disk while open and has been rebuilt"},
		{&index.RemovedError{Path: "/c/index-1/index"},
			"The cached index was removed while open and must be reopened: rebuilding it", "The cached index was removed while open and has been rebuilt"},
	} {
		var repaired atomic.Bool
		var rebuilds, refreshes atomic.Int32
		m := New(Options{Searcher: damagedSearcher{&repaired, tc.err}, Dark: true,
			Reopen: func() IndexReadyMsg {
				rebuilds.Add(1)
				repaired.Store(true)
				return IndexReadyMsg{Items: 1, Sources: 1}
			},
			Refresh: func() IndexReadyMsg {
				refreshes.Add(1)
				repaired.Store(true)
				return IndexReadyMsg{Items: 1, Sources: 1}
			}})
		next, _ := m.Update(tea.WindowSizeMsg{Width: 200, Height: 30})
		m = next.(Model)
		next, cmd := m.Update(searchResultMsg{seq: m.searchSeq, err: tc.err})
		m = next.(Model)
		if !strings.Contains(m.Status(), tc.says) || strings.Contains(m.Status(), "another cypx") {
			t.Errorf("%v: the status line says %q, want %q", tc.err, m.Status(), tc.says)
		}
		m = pump(t, m, cmd)
		if rebuilds.Load() != 1 || refreshes.Load() != 0 {
			t.Errorf("%v: rebuilt %d, reopened %d times, want rebuilt once", tc.err, rebuilds.Load(), refreshes.Load())
		}
		if !strings.Contains(m.Status(), tc.done) {
			t.Errorf("%v: once rebuilt the status line says %q, want %q", tc.err, m.Status(), tc.done)
		}
	}
}
