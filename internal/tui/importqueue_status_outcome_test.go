package tui_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/cypx/cypx/internal/tui"
	"github.com/cypx/cypx/internal/tui/tuitest"
)

// statusRow is the screen's status line: the line above the help
// bar.
func statusRow(screen string) string {
	lines := strings.Split(strings.TrimRight(screen, "\n"), "\n")
	if len(lines) < 2 {
		return ""
	}
	return lines[len(lines)-2]
}

// While an import runs with others waiting, the status line says so for
// as long as the queue runs: the line that said it was information, which
// goes after a few seconds, and the line stood blank for the minute a
// large import still ran (hostile check 59).
func TestImportQueueStaysInTheStatusLineWhileItRuns(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"alder.txt", "birch.txt", "cedar.txt"} {
		os.WriteFile(filepath.Join(dir, name), []byte("Speech therapy waits\n"), 0o644)
	}
	q := &queueImporter{}
	opts := options(t, nil)
	opts.InfoLifetime = time.Millisecond // the driver waits for it at once
	d := &driver{tuitest.Start(t, tui.New(opts).WithImporter(q.importer(dir)), 120, 40)}
	d.keys("esc")
	first := chooseAndConfirm(d, 0) // alder.txt runs, held
	d.run(chooseAndConfirm(d, 1))
	d.run(chooseAndConfirm(d, 2))
	d.keys("down") // a key, and the information's lifetime, pass
	if line := statusRow(d.screen()); !strings.Contains(line, "Importing alder.txt… · 2 imports waiting") {
		t.Errorf("while the queue runs the status line is %q", line)
	}
	next, cmd := d.M.Update(messageOf(first))
	d.M = next
	d.run(cmd)
	d.keys("down")
	if line := statusRow(d.screen()); strings.Contains(line, "Importing") {
		t.Errorf("after the queue ran the status line is %q", line)
	}
}

// The queue's last outcome at 120 columns names every file not imported
// with its reason, in the explorer's words: a file rewritten while it
// waited, and one replaced by a folder. Before, the folder's reason came
// first with the command line's advice ("cypx add …/*"), and the other
// was cut off past the line's end (hostile check 59).
func TestImportQueueOutcomeFitsAndSpeaksTheExplorersWords(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"alder.txt", "elm.txt", "fir.txt"} {
		os.WriteFile(filepath.Join(dir, name), []byte("Speech therapy waits in "+name+"\n"), 0o644)
	}
	q := &queueImporter{}
	im := q.importer(dir)
	im.Import = func(path string, f tui.ImportFields) (tui.ImportResult, error) {
		if info, err := os.Stat(path); err == nil && info.IsDir() {
			// The library's own words, with the command line's advice.
			return tui.ImportResult{}, fmt.Errorf("%s: a folder, not a file: give the files in it (cypx add %s/*)", path, path)
		}
		q.imported = append(q.imported, filepath.Base(path))
		return tui.ImportResult{Summary: "Imported " + filepath.Base(path) + ": 2 items", Ready: tui.IndexReadyMsg{Items: 90, Sources: 7}}, nil
	}
	d := &driver{tuitest.Start(t, tui.New(options(t, nil)).WithImporter(im), 120, 40)}
	d.keys("esc")
	first := chooseAndConfirm(d, 0) // alder.txt runs, held
	d.run(chooseAndConfirm(d, 1))   // elm.txt waits
	d.run(chooseAndConfirm(d, 2))   // fir.txt waits
	os.WriteFile(filepath.Join(dir, "elm.txt"), []byte("Another report altogether, of school nursing\n"), 0o644)
	os.Remove(filepath.Join(dir, "fir.txt"))
	os.Mkdir(filepath.Join(dir, "fir.txt"), 0o755)

	next, cmd := d.M.Update(messageOf(first))
	d.M = next
	d.run(cmd)
	line := statusRow(d.screen())
	for _, want := range []string{"2 of 3 not imported:", "elm.txt changed since you chose it", "fir.txt is now a folder"} {
		if !strings.Contains(line, want) {
			t.Errorf("the outcome at 120 columns does not say %q: %q", want, line)
		}
	}
	if strings.Contains(line, "cypx ") || strings.Contains(line, "…") {
		t.Errorf("the outcome gives command-line advice or is cut: %q", line)
	}
}

// A file changed while its form is still open, before it was confirmed,
// is refused as changed since it was chosen: before, "changed after you
// confirmed it", which it was not (hostile check 59).
func TestFileChangedWhileItsFormIsOpenIsChangedSinceChosen(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "birch.txt"), []byte("Speech therapy waits in birch\n"), 0o644)
	q := &queueImporter{}
	d := &driver{tuitest.Start(t, tui.New(options(t, nil)).WithImporter(q.importer(dir)), 120, 40)}
	d.keys("esc", "a", "enter")
	if !strings.Contains(d.screen(), "[ Import ]") {
		t.Fatalf("the form did not open:\n%s", d.screen())
	}
	os.WriteFile(filepath.Join(dir, "birch.txt"), []byte("Another report altogether, of school nursing\n"), 0o644)
	next, cmd := d.M.Update(tea.KeyPressMsg{Code: 's', Mod: tea.ModCtrl})
	d.M = next
	d.run(cmd)
	if len(q.imported) != 0 {
		t.Errorf("imported %v, want nothing", q.imported)
	}
	line := statusRow(d.screen())
	if !strings.Contains(line, "birch.txt changed since you chose it") || strings.Contains(line, "confirmed") {
		t.Errorf("the refusal says %q", line)
	}
}
