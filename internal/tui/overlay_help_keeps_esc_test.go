package tui_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"github.com/cypx/cypx/internal/tui"
	"github.com/cypx/cypx/internal/tui/tuitest"
)

// TestOverlayHelpRowKeepsItsWayOut: at 40x10 and 50x10 the help row under
// the import picker, the theme picker, the copy menu and the import form
// still says esc, the other keys giving way first; at 120 columns the
// picker's row is whole, esc last. Before: the row
// kept its first keys and dropped the last, "↑/k up • ↓/j down" under the
// picker at 40x10, no way out said (hostile check 64 L3).
func TestOverlayHelpRowKeepsItsWayOut(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "notes.txt"), []byte("Waiting times for children\n"), 0o644)
	for _, w := range []int{40, 50, 120} {
		for _, keys := range [][]string{{"esc", "a"}, {"esc", "t"}, {"esc", "C"}, {"esc", "a", "enter"}} {
			rec := &importRecorder{}
			d := &driver{tuitest.Start(t, tui.New(options(t, nil)).WithImporter(rec.importer(dir)), w, 10)}
			d.keys(keys...)
			lines := strings.Split(ansi.Strip(d.screen()), "\n")
			last := lines[len(lines)-1]
			if !strings.Contains(last, "esc") {
				t.Errorf("%d columns, %v: the help row %q says no esc:\n%s", w, keys, last, strings.Join(lines, "\n"))
			}
			if picker := len(keys) == 2 && keys[1] == "a"; w == 120 && picker && (!strings.HasSuffix(strings.TrimSpace(last), "esc back") || !strings.Contains(last, "enter")) {
				t.Errorf("the picker's help row at 120 columns: %q", last)
			}
		}
	}
}

// TestScreenHelpRowKeepsItsWayOut: the help row of the chart, the
// evidence map, the comparison of figures and the basket says esc at
// 40x10 and at 120 columns, the screen's other keys giving way first.
// Before: the chart's and the map's rows dropped esc at 40 columns, and
// the basket's eleven keys never left it room, even at 120 (hostile
// check 65b L2).
func TestScreenHelpRowKeepsItsWayOut(t *testing.T) {
	for _, w := range []int{40, 120} {
		for _, keys := range [][]string{{"esc", "v"}, {"esc", "m"}, {"esc", "f"}, {"esc", "b"}} {
			d := &driver{tuitest.Start(t, tui.New(options(t, nil)), w, 10)}
			d.keys(keys...)
			lines := strings.Split(ansi.Strip(d.screen()), "\n")
			last := lines[len(lines)-1]
			if !strings.Contains(last, "esc") {
				t.Errorf("%d columns, %v: the help row %q says no esc:\n%s", w, keys, last, strings.Join(lines, "\n"))
			}
		}
	}
}
