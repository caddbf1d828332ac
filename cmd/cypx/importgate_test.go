package main

import (
	"errors"
	"strings"
	"testing"
)

// TestQuitDuringAnImportSaysWhatBecameOfIt: q during an explorer import
// ended the program at once with no word, and the user could think the
// file added. The explorer's end now says whether the file was saved
// (and under which id) or not, and no save starts after the end.
func TestQuitDuringAnImportSaysWhatBecameOfIt(t *testing.T) {
	var g importGate
	if note := g.end(); note != "" {
		t.Errorf("no import running: %q", note)
	}

	g = importGate{}
	g.begin("/tmp/reports/camhs-waits.pdf")
	if note := g.end(); !strings.Contains(note, "ended before camhs-waits.pdf was imported: nothing was added") {
		t.Errorf("quit before the save: %q", note)
	}
	saved := false
	err := g.save("camhs-waits", func() error { saved = true; return nil })
	if err == nil || saved {
		t.Errorf("a save after the end was made: %v, saved %v", err, saved)
	}

	g = importGate{}
	g.begin("/tmp/reports/camhs-waits.pdf")
	if err := g.save("camhs-waits", func() error { return nil }); err != nil {
		t.Fatal(err)
	}
	if note := g.end(); !strings.Contains(note, "camhs-waits.pdf was added to the library as camhs-waits") {
		t.Errorf("quit after the save: %q", note)
	}

	g = importGate{}
	g.begin("/tmp/reports/a.pdf")
	if err := g.save("a", func() error { return errors.New("disk full") }); err == nil {
		t.Error("a failed save was taken as made")
	}
	if note := g.end(); !strings.Contains(note, "nothing was added") {
		t.Errorf("quit after a failed save: %q", note)
	}

	g = importGate{}
	g.begin("/tmp/reports/a.pdf")
	g.finish()
	if note := g.end(); note != "" {
		t.Errorf("an import that finished: %q", note)
	}
}
