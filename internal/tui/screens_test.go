package tui_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/cypx/cypx/internal/history"
	"github.com/cypx/cypx/internal/tui"
	"github.com/cypx/cypx/internal/tui/tuitest"
)

func TestChartAndMapViews(t *testing.T) {
	d := start(t, 120, 40, options(t, nil))
	d.keys("respondents", "enter", "v")
	s := d.screen()
	for _, want := range []string{"Chart · sorted by value", "Percentages (0–100%)", "97%  Healthcare Leader 2024", "█"} {
		if !strings.Contains(s, want) {
			t.Errorf("chart lacks %q:\n%s", want, s)
		}
	}
	d.keys("down", "c")
	if st := d.model().Status(); !strings.HasPrefix(st, `Sent to the terminal (OSC 52): "Nearly all respondents (90%)`) {
		t.Errorf("c in the chart copied %q", st)
	}
	d.keys("s")
	if !strings.Contains(d.screen(), "grouped by source") {
		t.Error("s should regroup")
	}
	d.keys("esc", "esc", "m")
	s = d.screen()
	for _, want := range []string{"Evidence map", "HL 2024", "CQC 2018", "Transitions to adult serv", "total"} {
		if !strings.Contains(s, want) {
			t.Errorf("map lacks %q:\n%s", want, s)
		}
	}
	// Down to Transitions, right to the NHS Providers recommendations, enter.
	d.keys("down", "right", "right", "enter")
	if th := d.model().SelectedThemes(); len(th) != 1 || th[0] != "transitions" {
		t.Fatalf("themes after enter on the map: %v", th)
	}
	if it, _ := d.model().Selected(); !strings.Contains(it.Text, "review of transitions") || !strings.Contains(d.screen(), "1 of 82 items") {
		t.Errorf("the map cell should filter to one item:\n%s", d.screen())
	}
	d.keys("esc")
	if !strings.Contains(d.screen(), "82 of 82 items") {
		t.Error("esc should clear the map's filter")
	}
}

// importRecorder stands for the library: it guesses a file's metadata and
// records what was imported.
type importRecorder struct {
	guessed  []string
	imported []tui.ImportFields
}

func (r *importRecorder) importer(dir string) tui.Importer {
	return tui.Importer{
		Dir: dir,
		Guess: func(path string) (tui.ImportFields, error) {
			r.guessed = append(r.guessed, path)
			return tui.ImportFields{Title: "Waiting times for children", Type: "report", Format: "text",
				Guessed: []string{"title (the first line)", "type (assumed: report)"}}, nil
		},
		Import: func(path string, f tui.ImportFields) (tui.ImportResult, error) {
			r.imported = append(r.imported, f)
			return tui.ImportResult{Summary: "Imported notes: 3 items", Ready: tui.IndexReadyMsg{Items: 86, Sources: 6}}, nil
		},
	}
}

// TestAddAReportAsksBeforeWriting: a picks a file, which opens a form with
// what was guessed; nothing is imported until the user confirms, and a
// text file without metadata is completed there.
func TestAddAReportAsksBeforeWriting(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "notes.txt"), []byte("Waiting times for children\n"), 0o644)
	rec := &importRecorder{}
	m := tui.New(options(t, nil)).WithImporter(rec.importer(dir))
	d := &driver{tuitest.Start(t, m, 120, 40)}
	d.keys("esc", "a")
	if s := d.screen(); !strings.Contains(s, "Add a report to your library") || !strings.Contains(s, "notes.txt") {
		t.Fatalf("picker:\n%s", s)
	}
	d.keys("enter")
	s := d.screen()
	if len(rec.guessed) != 1 || len(rec.imported) != 0 {
		t.Fatalf("choosing a file should read it, not import it: guessed %v, imported %v", rec.guessed, rec.imported)
	}
	for _, want := range []string{"nothing is written until you confirm", "Waiting times for children", "‹ report ›", "Guessed from the file: title (the first line)", "[ Import ]"} {
		if !strings.Contains(s, want) {
			t.Errorf("form lacks %q:\n%s", want, s)
		}
	}
	// Confirming with the publisher and date missing is refused, saying why.
	d.send(tea.KeyPressMsg{Code: 's', Mod: tea.ModCtrl})
	if len(rec.imported) != 0 || !strings.Contains(d.screen(), "Needed: publisher, date") {
		t.Fatalf("an incomplete form was imported (%v) or not explained:\n%s", rec.imported, d.screen())
	}
	d.keys("Local Trust", "enter", "2024-13")
	d.send(tea.KeyPressMsg{Code: 's', Mod: tea.ModCtrl})
	if len(rec.imported) != 0 || !strings.Contains(d.screen(), "no month 13") {
		t.Fatalf("a bad date was imported (%v) or not explained:\n%s", rec.imported, d.screen())
	}
	d.keys("backspace", "backspace", "05", "enter", "right", "enter", "enter")
	if len(rec.imported) != 1 {
		t.Fatalf("enter on Import should import: %v\n%s", rec.imported, d.screen())
	}
	if f := rec.imported[0]; f.Title != "Waiting times for children" || f.Publisher != "Local Trust" || f.Date != "2024-05" || f.Type != "survey" {
		t.Errorf("imported with %+v", f)
	}
	if s := d.screen(); !strings.Contains(s, "Imported notes: 3 items") || !strings.Contains(s, "of 86 items · 6 sources") {
		t.Errorf("after the import:\n%s", s)
	}
	// esc leaves the form and the picker without writing.
	d.keys("a", "enter", "esc")
	if strings.Contains(d.screen(), "[ Import ]") || len(rec.imported) != 1 {
		t.Errorf("esc should close the form without importing")
	}
	d.keys("a", "esc")
	if strings.Contains(d.screen(), "Add a report") {
		t.Error("esc should close the picker")
	}
}

// TestOverlaysPassOnWhatTheyDoNotHandle: an export finishing while the
// import picker is open still says where it went (the picker used to
// swallow every message outside a short list).
func TestOverlaysPassOnWhatTheyDoNotHandle(t *testing.T) {
	_, c := bundledIndex(t)
	f := newBasketFile(t, c.Items[0].ID)
	opts := options(t, nil)
	opts.Basket = f.hooks()
	rec := &importRecorder{}
	d := &driver{tuitest.Start(t, tui.New(opts).WithImporter(rec.importer(t.TempDir())), 120, 40)}
	d.keys("esc")
	var model tea.Model = d.M
	model, _ = model.Update(tea.KeyPressMsg{Code: 'e', Text: "e"})
	model, export := model.Update(tea.KeyPressMsg{Code: tea.KeyEnter})
	d.M = model
	d.keys("a")
	if !strings.Contains(d.screen(), "Add a report") {
		t.Fatalf("the picker did not open:\n%s", d.screen())
	}
	d.Run(export) // the export finishes while the picker is open
	if st := d.model().Status(); st != "Exported the briefing pack to /tmp/briefing.md and .docx" {
		t.Errorf("the export's result was lost under the picker: status %q", st)
	}
	if !strings.Contains(d.screen(), "Add a report") {
		t.Error("the picker should still be open")
	}
}

// TestInformationExpiresAndErrorsWaitForAKey: with a lifetime, "Copied"
// goes by itself; an error stays until the next key.
func TestInformationExpiresAndErrorsWaitForAKey(t *testing.T) {
	opts := options(t, nil)
	opts.InfoLifetime = time.Millisecond // the driver waits for it at once
	d := start(t, 120, 40, opts)
	d.keys("esc", "c")
	if d.Copies != 1 || d.model().Status() != "" {
		t.Errorf("after its lifetime the information should be gone: %q", d.model().Status())
	}
	d.keys("x")                      // not bound on the list: nothing happens, nothing is said
	d.keys("/", "foo:bar ", "enter") // settled on: the problem is an error
	if st := d.model().Status(); st == "" || !d.model().StatusIsError() {
		t.Fatalf("a query that cannot be read should say so: %q", st)
	}
	errText := d.model().Status()
	d.keys("esc") // the error was read
	if d.model().Status() == errText {
		t.Errorf("an error should go at the next key: %q", d.model().Status())
	}
}

// TestMapOpenedBeforeTheIndexIsReady: m pressed while the index is still
// being built (the sources not yet known) shows a map without columns; when
// the index is ready the map counts again, its sources and all. (Before,
// it stayed empty until reopened.)
func TestMapOpenedBeforeTheIndexIsReady(t *testing.T) {
	opts := options(t, nil)
	sources := opts.Sources
	opts.Sources = nil
	d := start(t, 120, 40, opts)
	d.keys("esc", "m")
	if s := d.screen(); !strings.Contains(s, "Evidence map") || strings.Contains(s, "HL 2024") {
		t.Fatalf("before the index is ready the map should have no source columns:\n%s", s)
	}
	d.send(tui.IndexReadyMsg{Items: opts.TotalItems, Sources: len(sources), SourceList: sources})
	s := d.screen()
	for _, want := range []string{"Evidence map", "HL 2024", "CQC 2018"} {
		if !strings.Contains(s, want) {
			t.Errorf("after the index is ready the map lacks %q:\n%s", want, s)
		}
	}
}

// TestEveryTextInputDropsInvisibleCharacters: what is typed or pasted into
// the save-search form and the import form's fields loses bidi controls,
// zero-width characters, soft hyphens and byte-order marks by the search
// box's rule, so none is drawn raw and none reaches what is saved.
func TestEveryTextInputDropsInvisibleCharacters(t *testing.T) {
	const invisible = "\u202e\u2066\u200b\u200d\u00ad\ufeff\ufe0f\u2060\U000e0001\ufff9"
	typeAndPaste := func(d *driver) {
		for _, r := range invisible {
			d.Send(tea.KeyPressMsg{Code: r, Text: string(r)})
		}
		d.send(tea.PasteMsg{Content: "x" + invisible + "y"})
	}
	check := func(d *driver, step string) {
		t.Helper()
		if bad, ok := rawControl(d.M.View().Content); ok {
			t.Errorf("%s: %q reached the view raw:\n%s", step, bad, d.screen())
		}
	}

	dir := t.TempDir()
	d := start(t, 120, 40, withHistory(options(t, nil), dir))
	d.keys("/", "grant", "enter", "S")
	typeAndPaste(d)
	check(d, "the save form")
	d.keys("enter")
	s, err := history.LoadSaved(filepath.Join(dir, "saved.json"))
	if err != nil || len(s.Searches) != 1 || s.Searches[0].Name != "xy" {
		t.Errorf("the saved name should be %q: %+v %v", "xy", s, err)
	}

	files := t.TempDir()
	os.WriteFile(filepath.Join(files, "notes.txt"), []byte("Waiting times for children\n"), 0o644)
	rec := &importRecorder{}
	d = &driver{tuitest.Start(t, tui.New(options(t, nil)).WithImporter(rec.importer(files)), 120, 40)}
	d.keys("esc", "a", "enter")
	// The form opens on the publisher, the first field the file left empty.
	typeAndPaste(d)
	check(d, "the import form's publisher")
	d.keys("enter")
	typeAndPaste(d)
	check(d, "the import form's date")
	d.keys("backspace", "backspace", "2024", "shift+tab", "shift+tab")
	typeAndPaste(d)
	check(d, "the import form's title")
	d.send(tea.KeyPressMsg{Code: 's', Mod: tea.ModCtrl})
	if len(rec.imported) != 1 {
		t.Fatalf("the form did not import:\n%s", d.screen())
	}
	if f := rec.imported[0]; f.Title != "Waiting times for childrenxy" || f.Publisher != "xy" || f.Date != "2024" {
		t.Errorf("imported with %+v", f)
	}
}

// TestImportPickerTruncatesLongNames: a 250-character file name took four
// lines of the picker; each name now ends in an ellipsis at the row's
// width, one line each, the neighbouring names still shown.
func TestImportPickerTruncatesLongNames(t *testing.T) {
	dir := t.TempDir()
	long := strings.Repeat("a", 240) + "-end.txt"
	for _, name := range []string{long, "notes.txt", "zz.txt"} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte("x\n"), 0o644); err != nil {
			t.Skipf("cannot make %d-byte names here: %v", len(name), err)
		}
	}
	rec := &importRecorder{}
	d := &driver{tuitest.Start(t, tui.New(options(t, nil)).WithImporter(rec.importer(dir)), 100, 30)}
	d.keys("esc", "a")
	s := d.screen()
	rows := 0
	for _, l := range strings.Split(s, "\n") {
		if strings.Contains(l, "aaaa") {
			rows++
			if !strings.Contains(l, "…") || strings.Contains(l, "-end.txt") {
				t.Errorf("long name not cut with an ellipsis: %q", l)
			}
		}
	}
	if rows != 1 || !strings.Contains(s, "notes.txt") || !strings.Contains(s, "zz.txt") {
		t.Errorf("the long name takes %d lines, want 1:\n%s", rows, s)
	}
}

// TestLinkedViewFitsTheSmallestScreen: at 40x10 the linked view has room
// for one pane, not two: the side with the keys is shown alone, and the
// help bar stays on screen. Red-team round 12: two empty panes of one
// blank line each, two lines taller than the screen, pushed the status
// and help bar off it.
func TestLinkedViewFitsTheSmallestScreen(t *testing.T) {
	d := start(t, 40, 10, options(t, nil))
	d.keys("demand increased covid", "enter", "l")
	s := d.screen()
	if n := strings.Count(s, "\n") + 1; n > 10 {
		t.Errorf("%d lines at 10 rows:\n%s", n, s)
	}
	if !strings.Contains(s, "1/1 primary-source") || !strings.Contains(s, "q quit") {
		t.Errorf("the linked view at 40x10 lacks the link or the help bar:\n%s", s)
	}
	d.keys("h")
	if s := d.screen(); !strings.Contains(s, "Item · 1 linked") {
		t.Errorf("h should show the left side:\n%s", s)
	}
}

// TestImportPickerShowsItsFilesOnASmallScreen: at 40x10 the file picker
// shows the file under its cursor, so enter never opens a file the user
// cannot see. Red-team round 12: its heading wrapped to five lines and
// pushed the whole list off the screen.
func TestImportPickerShowsItsFilesOnASmallScreen(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"alpha.txt", "beta.txt"} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte("x\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	rec := &importRecorder{}
	d := &driver{tuitest.Start(t, tui.New(options(t, nil)).WithImporter(rec.importer(dir)), 40, 10)}
	d.keys("esc", "a")
	// What a 10-row terminal shows of the frame: its first 10 lines.
	lines := strings.Split(d.screen(), "\n")
	shown := strings.Join(lines[:min(10, len(lines))], "\n")
	if !strings.Contains(shown, "▌ ") || !strings.Contains(shown, "alpha.txt") {
		t.Errorf("the file under the cursor is not on the 10 rows:\n%s", shown)
	}
}
