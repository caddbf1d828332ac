package tui_test

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/cypx/cypx/internal/tui"
	"github.com/cypx/cypx/internal/tui/tuitest"
)

// TestLongImportRefusalWrapsAtEightyColumns: a refusal longer than the
// status line (an import of a report whose id is in the library) wraps
// onto the body's last rows, so its way out is read at 80 columns; the
// screen keeps its height and its help line, and the next key gives the
// body's rows back (hostile check 63 L2). Before: "! Not imported: … is already
// in the library: if this is another report,…", the way out cut off.
func TestLongImportRefusalWrapsAtEightyColumns(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "notes.txt"), []byte("Waiting times for children\n"), 0o644)
	rec := &importRecorder{}
	im := rec.importer(dir)
	im.Import = func(string, tui.ImportFields) (tui.ImportResult, error) {
		return tui.ImportResult{}, errors.New("wt-2024-waiting-times-for-children-in-larkfield is already in the library: if this is another report, press a and import it again with another title in the form (the id is made of the publisher, year and title); the same report is refused again")
	}
	d := &driver{tuitest.Start(t, tui.New(options(t, nil)).WithImporter(im), 80, 30)}
	d.keys("esc", "a", "enter", "Larkfield Trust", "enter", "2024-05")
	d.send(tea.KeyPressMsg{Code: 's', Mod: tea.ModCtrl})
	s := ansi.Strip(d.screen())
	lines := strings.Split(s, "\n")
	if len(lines) != 30 {
		t.Errorf("%d lines on a 30-line screen:\n%s", len(lines), s)
	}
	flat := strings.Join(strings.Fields(s), " ")
	if !strings.Contains(flat, "! Not imported: wt-2024-waiting-times-for-children-in-larkfield is already in the library: if this is another report, press a and import it again with another title") {
		t.Errorf("the refusal's way out is not shown at 80 columns:\n%s", s)
	}
	if last := lines[len(lines)-1]; !strings.Contains(last, "/ search") {
		t.Errorf("the help line is gone while the refusal shows: last line %q", last)
	}
	for _, l := range lines {
		if ansi.StringWidth(l) > 80 {
			t.Errorf("a line wider than the screen: %q", l)
		}
	}
	d.keys("down")
	if s := ansi.Strip(d.screen()); strings.Contains(s, "press a and import it again") || len(strings.Split(s, "\n")) != 30 {
		t.Errorf("after a key the refusal stays, or the screen changed height:\n%s", s)
	}
}
