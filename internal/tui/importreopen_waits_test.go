package tui

import (
	"errors"
	"strings"
	"sync/atomic"
	"testing"

	tea "charm.land/bubbletea/v2"
)

// h52Importing is an explorer on an index another cypx may replace
// (rebuiltElsewhere), with an import of its own whose end the test
// chooses: refreshes and imports count the reopenings and imports run.
func h52Importing(t *testing.T, state, refreshes, imports *atomic.Int32) Model {
	t.Helper()
	m := New(Options{Searcher: rebuiltElsewhere{state}, TotalItems: 2, TotalSources: 2, Dark: true,
		Refresh: func() IndexReadyMsg {
			refreshes.Add(1)
			state.Store(2)
			return IndexReadyMsg{Items: 1, Sources: 1}
		},
		Importer: &Importer{Import: func(path string, f ImportFields) (ImportResult, error) {
			imports.Add(1)
			state.Store(2) // the import opens the index again itself
			return ImportResult{Summary: "Imported new-report: 3 items", Ready: IndexReadyMsg{Items: 4, Sources: 3}}, nil
		}}})
	next, _ := m.Update(tea.WindowSizeMsg{Width: 140, Height: 30})
	return next.(Model)
}

// TestReplacedIndexWaitsForTheExplorersOwnImport: a reply that finds the
// index replaced while the explorer's own import runs (the import closes
// the index and writes the cache) starts no reopening of its own: the
// import opens the index again anyway, and what met it is answered then;
// nothing is blamed on another cypx. Before (hostile check 51), a
// reopening ran beside the import, and could open its half-written index
// or call the import's own write another cypx's.
func TestReplacedIndexWaitsForTheExplorersOwnImport(t *testing.T) {
	var state, refreshes, imports atomic.Int32
	m := h52Importing(t, &state, &refreshes, &imports)
	importing := m.do(importFile{path: "/reports/new-report.md"})
	if importing == nil {
		t.Fatal("the import did not start")
	}

	// While it runs, a read finds the index changed on disk.
	state.Store(1)
	next, cmd := m.Update(chartMsg{err: errRebuiltElsewhere})
	m = pump(t, next.(Model), cmd)
	if refreshes.Load() != 0 {
		t.Errorf("a reopening ran beside the explorer's own import (%d)", refreshes.Load())
	}
	if strings.Contains(m.Status(), "another cypx") {
		t.Errorf("the explorer's own import is blamed on another cypx: %q", m.Status())
	}

	m = pump(t, m, importing)
	if imports.Load() != 1 || refreshes.Load() != 0 {
		t.Errorf("%d imports and %d reopenings, want 1 and 0", imports.Load(), refreshes.Load())
	}
	if !strings.Contains(m.Status(), "Imported new-report") {
		t.Errorf("after the import the status line says %q", m.Status())
	}
	if m.reopening || m.importing {
		t.Errorf("after the import the explorer still waits (reopening %v, importing %v)", m.reopening, m.importing)
	}
	// A reply of the old index coming after the import is late, not
	// another replacement.
	next, cmd = m.Update(chartMsg{err: errRebuiltElsewhere})
	m = pump(t, next.(Model), cmd)
	if refreshes.Load() != 0 {
		t.Errorf("a late reply of the index the import replaced reopened it (%d)", refreshes.Load())
	}
}

// TestImportWaitsForAReopeningUnderWay: an import asked for while the
// index another cypx replaced is being reopened starts once the reopening
// has ended, never beside it, and then runs.
func TestImportWaitsForAReopeningUnderWay(t *testing.T) {
	var state, refreshes, imports atomic.Int32
	m := h52Importing(t, &state, &refreshes, &imports)
	state.Store(1)
	next, reopening := m.Update(chartMsg{err: errRebuiltElsewhere})
	m = next.(Model)
	if !m.reopening {
		t.Fatal("no reopening began")
	}

	cmd := m.do(importFile{path: "/reports/new-report.md"})
	for _, msg := range messages(cmd) {
		if imports.Load() != 0 {
			break
		}
		next, _ = m.Update(msg)
		m = next.(Model)
	}
	if imports.Load() != 0 {
		t.Fatalf("the import ran beside the reopening (%d imports)", imports.Load())
	}
	if !strings.Contains(m.Status(), "new-report.md") {
		t.Errorf("the status line does not say the import waits: %q", m.Status())
	}

	m = pump(t, m, reopening)
	if refreshes.Load() != 1 || imports.Load() != 1 {
		t.Errorf("%d reopenings and %d imports, want 1 and 1", refreshes.Load(), imports.Load())
	}
	if !strings.Contains(m.Status(), "Imported new-report") {
		t.Errorf("after the reopening and the import the status line says %q", m.Status())
	}
}

// TestFailedImportReopensWhatItMet: an import that fails after a reply
// found the index replaced while it ran opens the index again then, as
// the reply would have, and says the import failed.
func TestFailedImportReopensWhatItMet(t *testing.T) {
	var state, refreshes, imports atomic.Int32
	m := h52Importing(t, &state, &refreshes, &imports)
	m.opts.Importer = &Importer{Import: func(string, ImportFields) (ImportResult, error) {
		imports.Add(1)
		return ImportResult{}, errors.New("the library is read-only")
	}}
	importing := m.do(importFile{path: "/reports/new-report.md"})
	state.Store(1)
	next, cmd := m.Update(chartMsg{err: errRebuiltElsewhere})
	m = pump(t, next.(Model), cmd)
	if refreshes.Load() != 0 {
		t.Fatalf("a reopening ran beside the import (%d)", refreshes.Load())
	}
	var failed tea.Msg
	for _, msg := range messages(importing) {
		if _, ok := msg.(importedMsg); ok {
			failed = msg
		}
	}
	next, cmd = m.Update(failed)
	m = next.(Model)
	if !strings.Contains(m.Status(), "Not imported: the library is read-only") {
		t.Errorf("after the failed import the status line says %q", m.Status())
	}
	m = pump(t, m, cmd)
	if imports.Load() != 1 || refreshes.Load() != 1 {
		t.Errorf("%d imports and %d reopenings, want 1 and 1", imports.Load(), refreshes.Load())
	}
}
