package tui_test

import (
	"path/filepath"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
)

// TestHistoryFileMadeIsSaidOnce: the first search settled on makes the
// history file, and the status line says so once, naming the file and
// how to empty it, beside what else it says; later searches, and a
// later explorer over the same file, say nothing of it. Before (hostile
// check 61), every settled search was written with nothing on screen.
func TestHistoryFileMadeIsSaidOnce(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "history.json")
	opts := withHistory(options(t, nil), dir)
	opts.Basket = newBasketFile(t).hooks()
	d := start(t, 120, 30, opts)
	d.keys("autism", "enter")
	if got := recorded(t, dir); len(got) != 1 {
		t.Fatalf("the search was not recorded: %v", got)
	}
	st := d.model().Status()
	if !strings.Contains(st, "Searches kept in "+path) || !strings.Contains(st, "cypx history --clear empties it") {
		t.Errorf("the first settled search's status line: %q", st)
	}
	d.keys("space", "/", " waits", "enter")
	if st := d.model().Status(); strings.Contains(st, "kept in") {
		t.Errorf("the second search says it again: %q", st)
	}
	d = start(t, 120, 30, withHistory(options(t, nil), dir))
	d.keys("autism", "enter")
	if st := d.model().Status(); strings.Contains(st, "kept in") {
		t.Errorf("an explorer over a history file already made says it: %q", st)
	}
	// The mark's line come before the note: both said.
	dir2 := t.TempDir()
	opts = withHistory(options(t, nil), dir2)
	opts.Basket = newBasketFile(t).hooks()
	d = start(t, 120, 30, opts)
	d.keys("autism")
	m, settle := d.M.Update(tea.KeyPressMsg{Code: tea.KeyEscape})
	m, mark := m.Update(tea.KeyPressMsg{Code: tea.KeySpace, Text: " "})
	d.M = m
	d.Run(mark)
	d.Run(settle)
	if st := d.model().Status(); !strings.Contains(st, "Marked for the briefing") || !strings.Contains(st, "Searches kept in "+filepath.Join(dir2, "history.json")) {
		t.Errorf("a mark with the first settled search: %q", st)
	}
}
