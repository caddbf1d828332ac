package tui

import (
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"

	tea "charm.land/bubbletea/v2"

	"github.com/cypx/cypx/internal/evidence"
)

// h52Explorer is an explorer on an index another cypx rebuilds
// (rebuiltElsewhere) whose sources are "gone" and "edit", watching its
// basket file as the command does, and counting its reopenings: the
// index opened again holds "edit" alone.
func h52Explorer(t *testing.T, state, refreshes *atomic.Int32) Model {
	t.Helper()
	src := func(id string) evidence.Source {
		return evidence.Source{ID: id, Publisher: "Trust " + id, Title: "Report " + id, Date: evidence.Date{Year: 2024}}
	}
	m := New(Options{Searcher: rebuiltElsewhere{state}, TotalItems: 2, TotalSources: 2, Dark: true,
		Themes: []Theme{{ID: "waiting", Label: "Waiting lists"}},
		// The watch's ticks are handed over by the test, one at a time.
		Basket: BasketHooks{Path: filepath.Join(t.TempDir(), "basket.json")},
		Refresh: func() IndexReadyMsg {
			refreshes.Add(1)
			state.Store(2)
			return IndexReadyMsg{Items: 1, Sources: 1, SourceList: []evidence.Source{src("edit")}}
		}})
	next, _ := m.Update(tea.WindowSizeMsg{Width: 140, Height: 30})
	m = next.(Model)
	next, _ = m.Update(IndexReadyMsg{Items: 2, Sources: 2, SourceList: []evidence.Source{src("gone"), src("edit")}})
	return next.(Model)
}

// TestMapIsMadeAgainWhenTheWatchFindsTheIndexReplaced: the evidence map
// on screen, no key pressed, is made again from the index another cypx
// rebuilt: the explorer's watch (the basket's look, twice a second) looks
// at the index while a screen made once from it is shown, the index is
// reopened and the map counted again (redoAfterReopen), without the
// removed report's column. Before (hostile check 51), the map kept the
// removed source's column until some key read the index.
func TestMapIsMadeAgainWhenTheWatchFindsTheIndexReplaced(t *testing.T) {
	var state, refreshes atomic.Int32
	m := h52Explorer(t, &state, &refreshes)
	m = pump(t, m, m.openMap("source"))
	if v := m.mapView.view(m.styles); !strings.Contains(v, "Trust gone") {
		t.Fatalf("the map of the old index has no column for the report about to be removed:\n%s", v)
	}

	// The watch's look with the index as it was: nothing reopened.
	next, cmd := m.Update(basketTickMsg{})
	m = pump(t, next.(Model), cmd)
	if refreshes.Load() != 0 {
		t.Fatalf("the watch reopened an index nobody replaced (%d times)", refreshes.Load())
	}

	state.Store(1) // another cypx rebuilds the index without "gone"
	next, cmd = m.Update(basketTickMsg{})
	m = pump(t, next.(Model), cmd)
	if refreshes.Load() != 1 {
		t.Errorf("the watch's look reopened the replaced index %d times, want 1", refreshes.Load())
	}
	if m.screen != screenMap {
		t.Fatalf("the map was closed (screen %v)", m.screen)
	}
	v := m.mapView.view(m.styles)
	if strings.Contains(v, "Trust gone") {
		t.Errorf("after the reopening the map still has the removed report's column:\n%s", v)
	}
	if !strings.Contains(v, "Trust edit") {
		t.Errorf("after the reopening the map lost the report still there:\n%s", v)
	}
	if !strings.Contains(m.Status(), "reopened") {
		t.Errorf("the status line does not say the index was reopened: %q", m.Status())
	}
}

// TestWatchLooksAtTheIndexOnlyUnderAViewMadeOnce: on the results list,
// whose every key searches the index, the watch does not look at it
// (a search finds it replaced); the chart, made once, it does.
func TestWatchLooksAtTheIndexOnlyUnderAViewMadeOnce(t *testing.T) {
	var state, refreshes atomic.Int32
	m := h52Explorer(t, &state, &refreshes)
	state.Store(1)
	next, cmd := m.Update(basketTickMsg{})
	m = pump(t, next.(Model), cmd)
	if refreshes.Load() != 0 {
		t.Errorf("the watch looked at the index under the results list (%d reopenings)", refreshes.Load())
	}
	m.setState(screenChart, focusList)
	next, cmd = m.Update(basketTickMsg{})
	m = pump(t, next.(Model), cmd)
	if refreshes.Load() != 1 {
		t.Errorf("the watch's look under the chart reopened the replaced index %d times, want 1", refreshes.Load())
	}
	if m.screen != screenChart {
		t.Errorf("the chart was closed by the reopening (screen %v)", m.screen)
	}
}
