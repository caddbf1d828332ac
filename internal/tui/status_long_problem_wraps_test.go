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

// TestLongStatusKeepsReasonAndWayOutOnSmallScreens: at 80x24, 60x15 and
// 40x10 a long refusal keeps its reason and its way out, and a copy's
// warning its reason, whole: the problem takes the body's rows, then on a
// small screen the theme and kind rows, never the search box or the help
// line, and the next key gives them back. Before: three rows at most, so
// at 80 columns the refusal lost its last clause, at 60 and 40 its way
// out ("another title in…"), and at 40x10 the copy lost "— Other sources
// give 44% …" (hostile check 64 L2).
func TestLongStatusKeepsReasonAndWayOutOnSmallScreens(t *testing.T) {
	refusal := "nc-2025-health-visiting-in-the-northern-districts is already in the library: if this is another report, press a and import it again with another title in the form (the id is made of the publisher, year and title); the same report is refused again"
	for _, sz := range [][2]int{{80, 24}, {60, 15}, {40, 10}} {
		w, h := sz[0], sz[1]
		dir := t.TempDir()
		os.WriteFile(filepath.Join(dir, "notes.txt"), []byte("Waiting times for children\n"), 0o644)
		rec := &importRecorder{}
		im := rec.importer(dir)
		im.Import = func(string, tui.ImportFields) (tui.ImportResult, error) {
			return tui.ImportResult{}, errors.New(refusal)
		}
		d := &driver{tuitest.Start(t, tui.New(options(t, nil)).WithImporter(im), w, h)}
		d.keys("esc", "a", "enter", "Larkfield Trust", "enter", "2024-05")
		d.send(tea.KeyPressMsg{Code: 's', Mod: tea.ModCtrl})
		checkStatusScreenF74g(t, d, w, h, "! Not imported: "+refusal)
		d.keys("down")
		if s := ansi.Strip(d.screen()); strings.Contains(s, "press a and import") || !strings.Contains(s, "Kinds") || len(strings.Split(s, "\n")) != h {
			t.Errorf("%dx%d: after a key the refusal stays, or the rows it took are not given back:\n%s", w, h, s)
		}

		c := start(t, w, h, figureSetOptions(t))
		c.keys("source:tes-2024-mhst", "enter", "c")
		checkStatusScreenF74g(t, c, w, h, "— Other sources give 44% for this measure: Department of Health and Social Care, 2024")
	}
}

// checkStatusScreenF74g checks a screen of w x h holds want whole, keeps its search box and its help line, and is as tall
// and no wider than the terminal.
func checkStatusScreenF74g(t *testing.T, d *driver, w, h int, want string) {
	t.Helper()
	s := ansi.Strip(d.screen())
	lines := strings.Split(s, "\n")
	if len(lines) != h {
		t.Errorf("%dx%d: %d lines:\n%s", w, h, len(lines), s)
	}
	// Joined without spaces, as a long id wraps after a hyphen.
	if flat := strings.Join(strings.Fields(s), ""); !strings.Contains(flat, strings.Join(strings.Fields(want), "")) {
		t.Errorf("%dx%d: the status lacks %q:\n%s", w, h, want, s)
	}
	if !strings.HasPrefix(lines[1], "/ ") || !strings.Contains(lines[len(lines)-1], "/ search") {
		t.Errorf("%dx%d: the search box or the help line is gone:\n%s", w, h, s)
	}
	for _, l := range lines {
		if ansi.StringWidth(l) > w {
			t.Errorf("%dx%d: a line wider than the screen: %q", w, h, l)
		}
	}
}
