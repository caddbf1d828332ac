package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestExplorerReopensAnIndexAnotherCypxReplaced: with the explorer open
// on a library, a source is rewritten in place (its folder as it was, so
// the explorer's look at the library sees nothing: that is
// TestExplorerFollowsTheLibraryChangedByAnotherCypx) and another cypx
// command brings the cache up to date (the index rebuilt or updated
// beside the explorer's open one). The explorer's next search finds its
// index replaced (index.ErrReplaced, a stat of root.bolt at each read, off
// the update loop), opens it again, says so, and no longer finds the
// report's old words. Before (hostile check 49), it read the old index,
// whose files were deleted and stay mapped, until its own next import: a
// report removed or rewritten was still found, quoted and exported as it
// was.
func TestExplorerReopensAnIndexAnotherCypxReplaced(t *testing.T) {
	if testing.Short() {
		t.Skip("end-to-end test skipped in -short mode")
	}
	bin := buildBinary(t)
	dir, home := t.TempDir(), t.TempDir()
	report := func(name, title, words string) {
		body := fmt.Sprintf("---\ntitle: %s\npublisher: Test Trust\ndate: 2024-01-01\ntype: report\n---\n\n", title)
		for i := range 5 {
			body += fmt.Sprintf("In area %d, %d%% of children waited more than %d weeks for %s.\n\n", i, 10+i, 12+i, words)
		}
		if err := os.WriteFile(filepath.Join(dir, "sources", name), []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	os.MkdirAll(filepath.Join(dir, "sources"), 0o755)
	report("kept.md", "Waits kept", "community paediatrics")
	report("gone.md", "Waits gone", "speech therapy")
	// The explorer opens its index from a sources folder that has not
	// changed for longer than a clock's tick can hide a change: one that
	// just changed is looked at again once older (libraryWatch), and that
	// opening could come before the other cypx's, which this test is of.
	time.Sleep(2200 * time.Millisecond)
	status := filepath.Join(t.TempDir(), "status")
	s := startTmux(t, 140, 40, fmt.Sprintf("env CYPX_HOME=%s TERM=xterm-256color %s --corpus %s 2>%s/stderr; echo $? > %s; sleep 60", home, bin, dir, home, status))
	s.waitFor("of 10 items · 2 sources")
	s.typeText("speech")
	s.waitFor("/ speech", "5 of 10 items")
	// Written over in place: the sources folder's times stay as they were.
	report("gone.md", "Waits gone", "occupational therapy")
	other := exec.Command(bin, "--corpus", dir, "search", "paediatrics")
	other.Env = cypxEnv(home)
	// It waits for the explorer's hold of the index, then rebuilds it
	// beside it and renames it into place, the old files deleted.
	if out, err := other.CombinedOutput(); err != nil {
		t.Fatalf("the other cypx: %v\n%s", err, out)
	}
	s.keys("BSpace")
	screen := s.waitFor("has been reopened")
	if !strings.Contains(screen, "rebuilt or updated by another cypx") {
		t.Errorf("the status line does not say why the index was reopened:\n%s", screen)
	}
	s.typeText("h")
	screen = s.waitFor("/ speech", "0 of 10 items · 2 sources")
	if strings.Contains(screen, "speech therapy") {
		t.Errorf("the rewritten report's old words are still found:\n%s", screen)
	}
	for range len("speech") {
		s.keys("BSpace")
	}
	s.typeText("occupational")
	s.waitFor("/ occupational", "5 of 10 items", "occupational therapy")
	s.keys("Escape")
	s.waitFor("/ search •")
	s.keys("q")
	s.exitedWithin(t, status, time.Now(), patience, "q")
}
