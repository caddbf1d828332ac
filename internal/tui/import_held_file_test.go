package tui_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/cypx/cypx/internal/tui"
	"github.com/cypx/cypx/internal/tui/tuitest"
)

// An import waiting its turn holds the file as it was confirmed: a file
// changed, or removed, before its turn is not imported under the fields
// confirmed for what it held, and the queue's last outcome says why.
// Before, a queued import read its file only when its turn came.
func TestQueuedImportOfAFileChangedSinceItWasConfirmedIsRefused(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"alder.txt", "birch.txt", "cedar.txt"} {
		os.WriteFile(filepath.Join(dir, name), []byte("Speech therapy waits in "+name+"\n"), 0o644)
	}
	q := &queueImporter{}
	d := &driver{tuitest.Start(t, tui.New(options(t, nil)).WithImporter(q.importer(dir)), 320, 40)}
	d.keys("esc")
	first := chooseAndConfirm(d, 0) // alder.txt runs, held
	d.run(chooseAndConfirm(d, 1))   // birch.txt waits
	d.run(chooseAndConfirm(d, 2))   // cedar.txt waits
	// While they wait, birch.txt is rewritten and cedar.txt removed.
	os.WriteFile(filepath.Join(dir, "birch.txt"), []byte("Another report altogether, of school nursing\n"), 0o644)
	os.Remove(filepath.Join(dir, "cedar.txt"))

	next, cmd := d.M.Update(messageOf(first))
	d.M = next
	d.run(cmd)
	if strings.Join(q.imported, " ") != "alder.txt" {
		t.Errorf("imported %v, want alder.txt alone", q.imported)
	}
	s := d.screen()
	for _, want := range []string{
		"2 of 3 not imported:",
		"birch.txt changed since you chose it",
		"cedar.txt was moved or removed since you chose it",
	} {
		if !strings.Contains(s, want) {
			t.Errorf("the queue's last outcome does not say %q:\n%s", want, s)
		}
	}
	// The same content confirmed again is imported.
	d.keys("esc")
	d.run(chooseAndConfirm(d, 1))
	if strings.Join(q.imported, " ") != "alder.txt birch.txt" {
		t.Errorf("imported %v after confirming birch.txt again", q.imported)
	}
}
