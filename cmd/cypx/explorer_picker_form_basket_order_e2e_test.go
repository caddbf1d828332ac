package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestImportPickerFormAndBasketOrderEndToEnd walks, in a real terminal,
// what hostile check 61 found unsaid or unlisted in the explorer: the
// first search says where the history is kept; the import picker lists
// folders and the files import reads (REPORT.PDF too), not a .docx pack;
// esc over a typed form asks first; J in the basket says what moved.
func TestImportPickerFormAndBasketOrderEndToEnd(t *testing.T) {
	if testing.Short() {
		t.Skip("end-to-end test skipped in -short mode")
	}
	bin := buildBinary(t)
	home := t.TempDir()
	ids := bundledIDs(t, bin, home)[:3]
	if err := basketAdd(bin, home, ids...); err != nil {
		t.Fatal(err)
	}
	work := t.TempDir()
	for _, name := range []string{"briefing-2026-01-05.docx", "REPORT.PDF", "clinic-notes.txt"} {
		os.WriteFile(filepath.Join(work, name), []byte("Clinic waits rose by a third last winter.\n"), 0o644)
	}
	os.Mkdir(filepath.Join(work, "older"), 0o755)
	s := startTmux(t, 100, 30, fmt.Sprintf("cd %s && env CYPX_HOME=%s TERM=xterm-256color %s; sleep 60", work, home, bin))
	s.waitFor("82 of 82 items")
	s.typeText("autism")
	s.keys("Enter")
	s.waitFor("Searches kept in " + filepath.Join(home, "state", "history.json"))

	s.keys("a")
	screen := s.waitFor("Add a report to your library", "older/", "REPORT.PDF", "clinic-notes.txt")
	if strings.Contains(screen, ".docx") {
		t.Errorf("the import picker lists a .docx:\n%s", screen)
	}
	s.keys("j", "Enter")
	s.waitFor("[ Import ]")
	s.typeText("Northshire Council")
	s.keys("Escape")
	s.waitFor("Throw away your changes (", "esc/y: yes")
	s.keys("Escape")
	screen = s.waitFor("/ search")
	if strings.Contains(screen, "[ Import ]") {
		t.Errorf("esc twice left the form open:\n%s", screen)
	}

	s.keys("b")
	s.waitFor("Briefing basket · 3 findings", "d/x/del remove")
	s.keys("J")
	s.waitFor("Moved ", " down to 2 of 3")
	if got := basketIDs(t, home); len(got) != 3 || got[1] != ids[0] {
		t.Errorf("J should have moved the first finding down: %v", got)
	}
	s.keys("Escape")
	s.keys("q")
}
