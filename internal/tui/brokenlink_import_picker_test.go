package tui_test

import (
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"github.com/cypx/cypx/internal/tui"
	"github.com/cypx/cypx/internal/tui/tuitest"
)

// TestImportPickerShowsABrokenLink: a link in the import picker that leads
// to no file shows where it leads and that it is broken, whether the
// cursor is on it or not; a link that works shows its target (check33).
// Before: "bad.txt →", an arrow to nothing.
func TestImportPickerShowsABrokenLink(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("symbolic links need privileges on Windows")
	}
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "good.txt"), []byte("x\n"), 0o644)
	os.Symlink("good.txt", filepath.Join(dir, "alink.txt"))
	os.Symlink("missing.txt", filepath.Join(dir, "bad.txt"))
	os.Symlink("loop.txt", filepath.Join(dir, "loop.txt"))
	rec := &importRecorder{}
	d := &driver{tuitest.Start(t, tui.New(options(t, nil)).WithImporter(rec.importer(dir)), 120, 30)}
	d.keys("esc", "a")
	for range 4 {
		screen := ansi.Strip(d.screen())
		for _, want := range []string{"bad.txt → missing.txt (broken link)", "loop.txt → loop.txt (broken link)", "alink.txt → /"} {
			if !strings.Contains(screen, want) {
				t.Errorf("the picker does not show %q:\n%s", want, screen)
			}
		}
		if strings.Contains(screen, "good.txt (broken") {
			t.Errorf("a working link is called broken:\n%s", screen)
		}
		d.keys("down")
	}
}
