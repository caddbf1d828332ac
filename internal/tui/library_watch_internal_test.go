package tui

import (
	"strings"
	"sync/atomic"
	"testing"

	tea "charm.land/bubbletea/v2"
)

// TestALibraryChangedOutsideIsOpenedAgain: a source added or removed in
// another terminal (the sources folder's stamp changed) opens the index
// again as the cache finds the library, once, and the status line says
// why; looks that find the folder as it was open nothing, nor does the
// change the reopening itself found. Before (hostile check 69 F3), the
// explorer saw no 'cypx add' or 'cypx remove' run elsewhere until some
// other cypx rebuilt the cache.
func TestALibraryChangedOutsideIsOpenedAgain(t *testing.T) {
	var state, refreshes atomic.Int32
	var stamp atomic.Value
	stamp.Store("t0")
	m := New(Options{Searcher: editedElsewhere{&state}, Linker: noLinks{}, TotalItems: 1, TotalSources: 1, Dark: true,
		LibraryStamp: func() string { return stamp.Load().(string) },
		Refresh: func() IndexReadyMsg {
			refreshes.Add(1)
			state.Store(2)
			return IndexReadyMsg{Items: 1, Sources: 1, Linker: noLinks{}}
		}})
	next, _ := m.Update(tea.WindowSizeMsg{Width: 160, Height: 40})
	m = next.(Model)
	m = pump(t, m, m.newSearch())
	tick := func() {
		next, cmd := m.Update(basketTickMsg{})
		m = pump(t, next.(Model), cmd)
	}
	tick()
	tick()
	if refreshes.Load() != 0 {
		t.Fatalf("looks at an unchanged library reopened the index %d times", refreshes.Load())
	}
	stamp.Store("t1") // 'cypx add' in another terminal
	tick()
	if refreshes.Load() != 1 || !strings.Contains(m.Status(), "The library was changed outside the explorer (a source added, removed or renamed) and has been reopened") {
		t.Fatalf("after the library changed: %d reopenings, status %q", refreshes.Load(), m.Status())
	}
	if got := m.sel.item().Item.Source.Publisher; got != "Essex County Council" {
		t.Errorf("after the reopening the selection is %q's", got)
	}
	tick()
	if refreshes.Load() != 1 {
		t.Errorf("the library as the reopening found it reopened the index again (%d)", refreshes.Load())
	}
}
