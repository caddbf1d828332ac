package tui

import (
	"context"
	"fmt"
	"strings"
	"sync/atomic"
	"testing"

	tea "charm.land/bubbletea/v2"

	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/index"
)

// replacedSearcher answers from the old index, replaced by another cypx,
// until it is opened again: then from the new one, without the report.
type replacedSearcher struct {
	reopened *atomic.Bool
	replaced error
}

func (s replacedSearcher) Search(_ context.Context, r index.Request) (index.Result, error) {
	if !s.reopened.Load() {
		return index.Result{}, s.replaced
	}
	it := evidence.Item{ID: "kept#abcd", Kind: evidence.Excerpt, Text: "Waits grew.", Source: evidence.Source{ID: "kept", Publisher: "P", Date: evidence.Date{Year: 2024}}}
	return index.Result{Total: 1, Hits: []index.Hit{{Item: it}}}, nil
}

// TestReplacedIndexIsOpenedAgain: a reply that says another cypx rebuilt
// or updated the index while the explorer had it open (index.ErrReplaced)
// opens it again as it is on disk (Options.Refresh), once however many
// replies say so, never rebuilds it (Options.Reopen), says so in the
// status line, and searches the new index again. Before (hostile check
// 49), nothing told the explorer: it read the old index until its own
// next import, and exported a report removed from the library.
func TestReplacedIndexIsOpenedAgain(t *testing.T) {
	var reopened atomic.Bool
	var refreshes, rebuilds atomic.Int32
	replaced := fmt.Errorf("%w (/cache/index-1/index)", index.ErrReplaced)
	m := New(Options{Searcher: replacedSearcher{&reopened, replaced}, TotalItems: 2, TotalSources: 2, Dark: true,
		Reopen: func() IndexReadyMsg {
			rebuilds.Add(1)
			return IndexReadyMsg{Items: 1, Sources: 1}
		},
		Refresh: func() IndexReadyMsg {
			refreshes.Add(1)
			reopened.Store(true)
			return IndexReadyMsg{Items: 1, Sources: 1}
		}})
	next, _ := m.Update(tea.WindowSizeMsg{Width: 140, Height: 30})
	m = next.(Model)
	next, cmd := m.Update(tea.KeyPressMsg{Code: 'w', Text: "w"})
	m = next.(Model)
	var reply tea.Msg
	for _, msg := range messages(cmd) {
		if _, ok := msg.(searchResultMsg); ok {
			reply = msg
		}
	}
	if reply == nil {
		t.Fatal("typing should search")
	}
	var cmds []tea.Cmd
	for _, msg := range []tea.Msg{reply, reply, chartMsg{err: replaced}} {
		next, cmd = m.Update(msg)
		m = next.(Model)
		cmds = append(cmds, cmd)
		if !strings.Contains(m.Status(), "rebuilt or updated by another cypx while open: reopening it") {
			t.Fatalf("after %T the status line says %q", msg, m.Status())
		}
	}
	var ready []tea.Msg
	for _, c := range cmds {
		for _, msg := range messages(c) {
			if _, ok := msg.(IndexReadyMsg); ok {
				ready = append(ready, msg)
			}
		}
	}
	if refreshes.Load() != 1 || rebuilds.Load() != 0 || len(ready) != 1 {
		t.Fatalf("three replies opened the index %d times and rebuilt it %d times", refreshes.Load(), rebuilds.Load())
	}
	next, cmd = m.Update(ready[0])
	m = next.(Model)
	if !strings.Contains(m.Status(), "has been reopened") || strings.Contains(m.Status(), "has been rebuilt") || m.reopening || m.rebuiltUnread {
		t.Errorf("after the reopening the status line says %q", m.Status())
	}
	for _, msg := range messages(cmd) {
		if r, ok := msg.(searchResultMsg); ok {
			next, _ = m.Update(r)
			m = next.(Model)
		}
	}
	if it, ok := m.Selected(); !ok || it.ID != "kept#abcd" {
		t.Errorf("the reopened index should be searched again: %v %v", it.ID, ok)
	}
	// A reply from the old index that comes after is asked again, not
	// taken for news of the new one.
	next, cmd = m.Update(chartMsg{err: fmt.Errorf("chart: %w", replaced)})
	m = next.(Model)
	messages(cmd)
	if refreshes.Load() != 1 {
		t.Errorf("a late reply of the old index opened it again: %d", refreshes.Load())
	}
}

// TestReplacedWithoutRefreshSaysToRestart: with no way to open it again,
// the status line says what to do.
func TestReplacedWithoutRefreshSaysToRestart(t *testing.T) {
	var reopened atomic.Bool
	m := New(Options{Searcher: replacedSearcher{&reopened, fmt.Errorf("%w (x)", index.ErrReplaced)}, TotalItems: 1, TotalSources: 1, Dark: true})
	next, _ := m.Update(tea.WindowSizeMsg{Width: 140, Height: 30})
	m = next.(Model)
	next, cmd := m.Update(tea.KeyPressMsg{Code: 'w', Text: "w"})
	m = next.(Model)
	for _, msg := range messages(cmd) {
		if r, ok := msg.(searchResultMsg); ok {
			next, _ = m.Update(r)
			m = next.(Model)
		}
	}
	if !strings.Contains(m.Status(), "quit and start cypx again") {
		t.Errorf("the status line says %q", m.Status())
	}
}

// TestWaitingNoteSaysWhatIsReopened: the linked view and the figures table
// waiting for links say the index is opened again after another cypx
// replaced it, not rebuilt after damage.
func TestWaitingNoteSaysWhatIsReopened(t *testing.T) {
	if n := waitingNote(fmt.Errorf("links: %w", index.ErrReplaced)); !strings.Contains(n, "another cypx") || strings.Contains(n, "once it is rebuilt") || !strings.HasSuffix(n, "reopened") {
		t.Errorf("replaced: %q", n)
	}
	if n := waitingNote(fmt.Errorf("links: %w", index.ErrDamaged)); !strings.HasSuffix(n, "once it is rebuilt") {
		t.Errorf("damaged: %q", n)
	}
}
