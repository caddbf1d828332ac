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

// TestImportPickerListsOnlyWhatImportReads: the import picker lists
// folders and the files its heading names (in any case: REPORT.PDF
// too), and no other file: a .docx (a briefing pack cypx wrote), a .csv,
// a link to a .docx. Before (hostile check 61), every file was listed
// under the heading ".txt .md .html .pdf", a pack among them. A file
// listed in capitals opens as the import reads it.
func TestImportPickerListsOnlyWhatImportReads(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"briefing.docx", "waits.csv", "notes.txt", "REPORT.PDF", "page.htm"} {
		os.WriteFile(filepath.Join(dir, name), []byte("Clinic waits doubled in a year.\n"), 0o644)
	}
	os.Mkdir(filepath.Join(dir, "older"), 0o755)
	if runtime.GOOS != "windows" {
		os.Symlink("briefing.docx", filepath.Join(dir, "pack-link"))
		os.Symlink("older", filepath.Join(dir, "old-link"))
	}
	rec := &importRecorder{}
	d := &driver{tuitest.Start(t, tui.New(options(t, nil)).WithImporter(rec.importer(dir)), 120, 30)}
	d.keys("esc", "a")
	screen := ansi.Strip(d.screen())
	for _, want := range []string{"notes.txt", "REPORT.PDF", "page.htm", "older/"} {
		if !strings.Contains(screen, want) {
			t.Errorf("the picker does not list %q:\n%s", want, screen)
		}
	}
	for _, not := range []string{"briefing.docx", "waits.csv", "pack-link"} {
		if strings.Contains(screen, not) {
			t.Errorf("the picker lists %q, which import does not read:\n%s", not, screen)
		}
	}
	if runtime.GOOS != "windows" && !strings.Contains(screen, "old-link") {
		t.Errorf("the picker does not list a link to a folder:\n%s", screen)
	}
	// Folders first, then files by name: older/, old-link, REPORT.PDF.
	for range 8 {
		if row := cursorRowF68b(ansi.Strip(d.screen())); strings.Contains(row, "REPORT.PDF") {
			break
		}
		d.keys("down")
	}
	d.keys("enter")
	if len(rec.guessed) != 1 || filepath.Base(rec.guessed[0]) != "REPORT.PDF" {
		t.Errorf("enter on REPORT.PDF read %v", rec.guessed)
	}
}

// cursorRowF68b is the picker's row under its cursor.
func cursorRowF68b(screen string) string {
	for _, l := range strings.Split(screen, "\n") {
		if strings.Contains(l, "▌") {
			return l
		}
	}
	return ""
}

// TestImportPickerListsEmails: the picker offers an e-mail saved by a mail
// client (mail.eml, NOTE.EML), which `cypx add` imports, and its heading
// names every form the importer reads by its name, from the importer's
// one list (library.Extensions) (hostile check 63 M6). Before: no .eml
// was listed, and the heading said ".txt .md .html .pdf" over .markdown
// and .htm files too.
func TestImportPickerListsEmails(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"mail.eml", "NOTE.EML", "waits.csv"} {
		os.WriteFile(filepath.Join(dir, name), []byte("From: Ana <ana@example.org>\nSubject: Waits\n\nClinic waits doubled in a year.\n"), 0o644)
	}
	rec := &importRecorder{}
	d := &driver{tuitest.Start(t, tui.New(options(t, nil)).WithImporter(rec.importer(dir)), 120, 30)}
	d.keys("esc", "a")
	screen := ansi.Strip(d.screen())
	for _, want := range []string{"mail.eml", "NOTE.EML", ".txt .md .markdown .html .htm .pdf .eml"} {
		if !strings.Contains(screen, want) {
			t.Errorf("the picker lacks %q:\n%s", want, screen)
		}
	}
	if strings.Contains(screen, "waits.csv") {
		t.Errorf("the picker lists a CSV:\n%s", screen)
	}
}
