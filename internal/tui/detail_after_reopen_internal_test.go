package tui

import (
	"context"
	"strings"
	"sync/atomic"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/cypx/cypx/internal/clipboard"
	"github.com/cypx/cypx/internal/evidence"
	"github.com/cypx/cypx/internal/index"
	"github.com/cypx/cypx/internal/links"
	"github.com/cypx/cypx/internal/measure"
)

// editedElsewhere is an index another cypx rebuilds after the library
// file's front matter was edited: state 0 is the old index, whose one
// finding is Thurrock Council's of 2025; 1 the old one replaced on disk;
// 2 the new one opened again, the same finding (the same text, so the
// same id) now Essex County Council's of 2023.
type editedElsewhere struct{ state *atomic.Int32 }

func (s editedElsewhere) item() evidence.Item {
	it := h50Item("tc#00000001", "In 2024, 41% of children in Thurrock were seen within 6 weeks.")
	it.Source.Publisher, it.Source.Date = "Thurrock Council", evidence.Date{Year: 2025, Month: 3, Day: 1}
	if s.state.Load() != 0 {
		it.Source.Publisher, it.Source.Date = "Essex County Council", evidence.Date{Year: 2023, Month: 1, Day: 1}
	}
	return it
}

func (s editedElsewhere) Check() error { return rebuiltElsewhere(s).Check() }

func (s editedElsewhere) Search(_ context.Context, r index.Request) (index.Result, error) {
	if err := s.Check(); err != nil {
		return index.Result{}, err
	}
	return index.Result{Hits: []index.Hit{{Item: s.item()}}, Total: 1}, nil
}

// noLinks finds no linked findings, so the selection's resolution is the
// item alone.
type noLinks struct{}

func (noLinks) For(context.Context, evidence.Item) ([]links.Link, error)          { return nil, nil }
func (noLinks) PrimaryLinks(context.Context, evidence.Item) ([]links.Link, error) { return nil, nil }
func (noLinks) Figures(context.Context, evidence.Item) ([]links.Link, error)      { return nil, nil }
func (noLinks) Relation(evidence.Item, evidence.Item) measure.Related             { return 0 }

// TestTheDetailPaneIsResolvedAgainTheReopenedIndex: the finding selected
// when another cypx rebuilds the index after its source's publisher and
// date were edited is shown, and copied, as the new index holds it: the
// detail pane's publisher and Cite row say Essex County Council, 2023,
// as the list row and the copy do. Before (hostile check 69 F3), the
// selection kept the item its links were resolved with, asked for again
// with the old list's copy of it at the reopening: the pane said
// Thurrock Council, 2025, after any search, while the list and the
// clipboard said Essex County Council, 2023.
func TestTheDetailPaneIsResolvedAgainTheReopenedIndex(t *testing.T) {
	var state atomic.Int32
	m := New(Options{Searcher: editedElsewhere{&state}, Linker: noLinks{}, TotalItems: 1, TotalSources: 1, Dark: true,
		Refresh: func() IndexReadyMsg {
			state.Store(2)
			return IndexReadyMsg{Items: 1, Sources: 1, Linker: noLinks{}}
		}})
	next, _ := m.Update(tea.WindowSizeMsg{Width: 160, Height: 40})
	m = next.(Model)
	m = pump(t, m, m.newSearch())
	if !m.sel.resolved() || !strings.Contains(ansi.Strip(m.View().Content), "Thurrock Council") {
		t.Fatalf("before the rebuild the pane does not show the selected finding resolved:\n%s", ansi.Strip(m.View().Content))
	}

	state.Store(1) // another cypx rebuilds the index
	m = pump(t, m, m.newSearch())
	if !strings.Contains(m.Status(), "reopened") {
		t.Fatalf("the search did not reopen the index: status %q", m.Status())
	}
	view := ansi.Strip(m.View().Content)
	if !m.sel.resolved() || strings.Contains(view, "Thurrock Council") || !strings.Contains(view, "Cite: (Essex County Council, 2023)") {
		t.Errorf("after the reopening the detail pane shows (resolved %v):\n%s", m.sel.resolved(), view)
	}
	if got := m.sel.item().Item.Source.Publisher; got != "Essex County Council" {
		t.Errorf("the selection, which c copies and p pins, is %q's", got)
	}
}

// TestTheCopyThatFindsTheIndexRebuiltFollowsIt: c pressed on a finding
// when another cypx has rebuilt the index (its source's publisher edited)
// copies nothing from the old index: the index is reopened and the copy
// made then, of the finding as the new index holds it. Before (hostile
// check 69 F3), the copy said the index's error and copied nothing, and
// the finding stayed shown with its old citation.
func TestTheCopyThatFindsTheIndexRebuiltFollowsIt(t *testing.T) {
	var state atomic.Int32
	var copied []string
	m := New(Options{Searcher: editedElsewhere{&state}, Linker: noLinks{}, TotalItems: 1, TotalSources: 1, Dark: true,
		Clipboard: func(_ context.Context, text string) (clipboard.Result, error) {
			copied = append(copied, text)
			return clipboard.Result{Where: clipboard.System}, nil
		},
		Refresh: func() IndexReadyMsg {
			state.Store(2)
			return IndexReadyMsg{Items: 1, Sources: 1, Linker: noLinks{}}
		}})
	next, _ := m.Update(tea.WindowSizeMsg{Width: 160, Height: 40})
	m = next.(Model)
	m = pump(t, m, m.newSearch())
	m.setState(screenBrowse, focusList)

	state.Store(1) // another cypx rebuilds the index
	next, cmd := m.Update(tea.KeyPressMsg{Code: 'c', Text: "c"})
	m = pump(t, next.(Model), cmd)
	if len(copied) != 1 || !strings.Contains(copied[0], "(Essex County Council, 2023)") {
		t.Fatalf("c on the rebuilt index copied %q (status %q), want the finding cited as the new index gives it", copied, m.Status())
	}
	if !strings.Contains(m.Status(), "Copied") {
		t.Errorf("the status line says %q", m.Status())
	}
}
