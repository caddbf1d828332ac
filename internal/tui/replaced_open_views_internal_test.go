package tui

import (
	"context"
	"strings"
	"sync/atomic"
	"testing"

	tea "charm.land/bubbletea/v2"

	"github.com/cypx/cypx/internal/clipboard"
	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/figures"
	"github.com/cypx/cypx/internal/resolve"
)

// h51Explorer is an explorer on an index another cypx rebuilds
// (rebuiltElsewhere), counting its reopenings and keeping what it copies.
func h51Explorer(t *testing.T, state *atomic.Int32, refreshes *atomic.Int32, copied *[]string) Model {
	t.Helper()
	m := New(Options{Searcher: rebuiltElsewhere{state}, TotalItems: 2, TotalSources: 2, Dark: true,
		Clipboard: func(_ context.Context, text string) (clipboard.Result, error) {
			*copied = append(*copied, text)
			return clipboard.Result{}, nil
		},
		Refresh: func() IndexReadyMsg {
			refreshes.Add(1)
			state.Store(2)
			return IndexReadyMsg{Items: 1, Sources: 1}
		}})
	next, _ := m.Update(tea.WindowSizeMsg{Width: 140, Height: 30})
	return next.(Model)
}

// h51Table is a figures table made from the old index: the removed
// report's row and the edited report's old 99%.
func h51Table() figures.Table {
	gone := h50Item("gone#00000001", "In 2024, 99% of children in Goneshire waited.")
	edit := h50Item("edit#00000002", "In 2024, 99% of children in Editshire waited.")
	return figures.Table{Measure: "children waited", Rows: []figures.Row{
		{Item: gone, Figure: evidence.Figure{Text: "99%", Value: 99, Unit: evidence.UnitPercent}},
		{Item: edit, Figure: evidence.Figure{Text: "99%", Value: 99, Unit: evidence.UnitPercent}},
	}}
}

// TestFiguresTableIsNotCopiedFromAReplacedIndex: c on a figures table
// made before another cypx rebuilt the index looks at the index first: it
// is reopened, the table made again from the new index, and nothing of the
// old one copied or shown. Before (hostile check 51), c copied the removed
// report's row and the edited report's old 99%, which stayed on screen.
func TestFiguresTableIsNotCopiedFromAReplacedIndex(t *testing.T) {
	var state, refreshes atomic.Int32
	var copied []string
	m := h51Explorer(t, &state, &refreshes, &copied)
	m.figs.open(h50Item("edit#00000002", "In 2024, 99% of children in Editshire waited."))
	m.figs.table, m.figs.ok, m.figs.loading = h51Table(), true, false
	m.setState(screenFigures, focusDetail)
	m.layout()
	if !strings.Contains(m.figs.view(m.styles), "Trust gone") {
		t.Fatalf("the old table does not show the removed report:\n%s", m.figs.view(m.styles))
	}

	// The index it was made from: c copies it.
	next, cmd := m.Update(tea.KeyPressMsg{Code: 'c', Text: "c"})
	m = pump(t, next.(Model), cmd)
	if len(copied) != 1 || !strings.Contains(copied[0], "99%") {
		t.Fatalf("c on the table of the open index copied %q (status %q)", copied, m.Status())
	}
	copied = nil

	state.Store(1) // another cypx rebuilds the index
	next, cmd = m.Update(tea.KeyPressMsg{Code: 'c', Text: "c"})
	m = pump(t, next.(Model), cmd)
	if refreshes.Load() != 1 {
		t.Errorf("c on the table reopened the index %d times, want 1", refreshes.Load())
	}
	for _, c := range copied {
		if strings.Contains(c, "gone") || strings.Contains(c, "99%") {
			t.Errorf("c copied the old index's table: %q", c)
		}
	}
	if v := m.figs.view(m.styles); strings.Contains(v, "Trust gone") || strings.Contains(v, "99%") {
		t.Errorf("after the reopening the figures table still shows the old index's rows:\n%s", v)
	}
}

// TestOpenViewsAreMadeAgainAfterAReopen: a reopening (here found by
// another screen's read) makes the figures table and the linked view on
// screen again from the new index. Before (hostile check 51), both kept
// the old index's rows and links after "has been reopened".
func TestOpenViewsAreMadeAgainAfterAReopen(t *testing.T) {
	for _, screen := range []screen{screenFigures, screenLinked} {
		var state, refreshes atomic.Int32
		var copied []string
		m := h51Explorer(t, &state, &refreshes, &copied)
		edit := h50Item("edit#00000002", "In 2024, 99% of children in Editshire waited.")
		gone := h50Item("gone#00000001", "In 2024, 99% of children in Goneshire waited.")
		m.figs.open(edit)
		m.figs.table, m.figs.ok, m.figs.loading = h51Table(), true, false
		m.linked.open(edit)
		m.linked.linked = []resolve.Resolved{{ID: gone.ID, Item: gone}}
		m.setState(screen, focusDetail)
		m.layout()

		state.Store(1)
		m.reopening, m.refreshing = true, true
		state.Store(2)
		next, cmd := m.Update(IndexReadyMsg{Items: 1, Sources: 1})
		m = pump(t, next.(Model), cmd)
		switch screen {
		case screenFigures:
			if v := m.figs.view(m.styles); strings.Contains(v, "Trust gone") {
				t.Errorf("after the reopening the figures table still shows the removed report:\n%s", v)
			}
		case screenLinked:
			for _, l := range m.linked.linked {
				if l.ID == gone.ID {
					t.Errorf("after the reopening the linked view still holds the removed report's finding: %+v", m.linked.linked)
				}
			}
		}
	}
}
