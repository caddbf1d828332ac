package tui_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/tui"
	"github.com/cypx/cypx/internal/tui/tuitest"
)

// formWithFileF70e opens the import form on a text file of its own.
func formWithFileF70e(t *testing.T) (*driver, *importRecorder) {
	t.Helper()
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "clinic-notes.txt"), []byte("Clinic waits rose by a third last winter.\n"), 0o644)
	rec := &importRecorder{}
	d := &driver{tuitest.Start(t, tui.New(options(t, nil)).WithImporter(rec.importer(dir)), 100, 30)}
	d.keys("esc", "a", "enter")
	if !strings.Contains(d.screen(), "[ Import ]") {
		t.Fatalf("the form did not open:\n%s", d.screen())
	}
	return d, rec
}

// TestImportFormAsksBeforeThrowingAwayWhatWasTyped: esc over a form the
// user typed in asks first, naming what would go; a key other than esc
// or y goes back to the form with what was typed, and is not typed
// itself; esc again (or y) closes it, nothing imported. A form as it
// opened closes at once. Before (hostile check 61), esc threw away a
// typed title, publisher and date without a word.
func TestImportFormAsksBeforeThrowingAwayWhatWasTyped(t *testing.T) {
	d, rec := formWithFileF70e(t)
	d.keys("Northshire Council", "enter", "2025-03")
	d.keys("esc")
	s := d.screen()
	if !strings.Contains(s, "[ Import ]") || !strings.Contains(s, "Throw away your changes (publisher, date)? esc/y: yes · other key: back") {
		t.Fatalf("esc over typed fields did not ask:\n%s", s)
	}
	d.keys("n")
	s = d.screen()
	if strings.Contains(s, "Throw away") || !strings.Contains(s, "Northshire Council") || !strings.Contains(s, "2025-03") || strings.Contains(s, "2025-03n") {
		t.Errorf("a key other than esc or y should go back to the form, typing nothing:\n%s", s)
	}
	d.keys("esc", "esc")
	if strings.Contains(d.screen(), "[ Import ]") || len(rec.imported) != 0 {
		t.Errorf("esc twice should close the form, nothing imported (%v):\n%s", rec.imported, d.screen())
	}

	d, rec = formWithFileF70e(t)
	d.keys("tab", "tab", "tab", "right", "esc", "y")
	if strings.Contains(d.screen(), "[ Import ]") || len(rec.imported) != 0 {
		t.Errorf("y should close a form whose type was changed:\n%s", d.screen())
	}

	d, _ = formWithFileF70e(t)
	d.keys("esc")
	if s := d.screen(); strings.Contains(s, "[ Import ]") || strings.Contains(s, "Throw away") {
		t.Errorf("esc on a form as it opened should close it at once:\n%s", s)
	}
}
