package tui_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/tui"
	"github.com/cypx/cypx/internal/tui/tuitest"
)

// TestImportPickerMarksAFolderUnderItsCursor: a folder ends in "/" on
// every row of the picker, the row under the cursor too, and a file under
// the cursor does not. Held-out check of issue 15: the selected folder
// read "cfg", the same folder "cfg/" once the cursor moved off it.
func TestImportPickerMarksAFolderUnderItsCursor(t *testing.T) {
	dir := t.TempDir()
	if err := os.Mkdir(filepath.Join(dir, "cfg"), 0o755); err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(dir, "notes.txt"), []byte("x\n"), 0o644)
	rec := &importRecorder{}
	d := &driver{tuitest.Start(t, tui.New(options(t, nil)).WithImporter(rec.importer(dir)), 100, 30)}
	d.keys("esc", "a")
	cursorRow := func() string {
		for _, l := range strings.Split(d.screen(), "\n") {
			if strings.Contains(l, "▌") {
				return l
			}
		}
		t.Fatalf("no row under the cursor:\n%s", d.screen())
		return ""
	}
	if row := cursorRow(); !strings.Contains(row, "cfg/") {
		t.Errorf("the folder under the cursor reads %q, want cfg/", row)
	}
	d.keys("down")
	if row := cursorRow(); !strings.Contains(row, "notes.txt") || strings.Contains(row, "notes.txt/") {
		t.Errorf("the file under the cursor reads %q, want notes.txt with no /", row)
	}
	if s := d.screen(); !strings.Contains(s, "cfg/") {
		t.Errorf("the folder off the cursor lost its /:\n%s", s)
	}
}
