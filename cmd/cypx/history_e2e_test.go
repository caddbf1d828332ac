package main

import (
	"fmt"
	"os"
	"os/exec"
	"strings"
	"testing"
)

// TestThesaurusAndSpellingEndToEnd: "CAMHS" finds the CQC review's child
// and adolescent mental health services and the status line says what was
// added; "autisim" finds nothing, autism is offered, and ctrl+y accepts it.
func TestThesaurusAndSpellingEndToEnd(t *testing.T) {
	if testing.Short() {
		t.Skip("end-to-end test skipped in -short mode")
	}
	bin := buildBinary(t)
	s := startTmux(t, 120, 40, fmt.Sprintf("env CYPX_HOME=%s TERM=xterm-256color %s; sleep 60", t.TempDir(), bin))
	s.waitFor("82 of 82 items")
	s.typeText("CAMHS")
	s.waitFor("/ CAMHS", "2 of 82 items", "Care Quality Commission", "CAMHS: also CYPMHS, child and adolescent mental health services")
	for range "CAMHS" {
		s.keys("BSpace")
	}
	s.typeText("autisim")
	s.waitFor("0 of 82 items", "autisim: did you mean autism (1)? ctrl+y accepts")
	s.keys("C-y")
	screen := s.waitFor("/ autism", "1 of 82 items", "“Using the insights from frontline services, NHSE should")
	if strings.Contains(screen, "did you mean") {
		t.Errorf("the suggestion stayed after it was accepted:\n%s", screen)
	}
	s.keys("C-c")
}

// TestHistoryRecalledAfterARestartEndToEnd: a query typed and left, the
// explorer quit and opened again, ↑ brings it back and searches it.
func TestHistoryRecalledAfterARestartEndToEnd(t *testing.T) {
	if testing.Short() {
		t.Skip("end-to-end test skipped in -short mode")
	}
	bin := buildBinary(t)
	home := t.TempDir()
	run := fmt.Sprintf("env CYPX_HOME=%s TERM=xterm-256color %s; echo EXIT=$?; sleep 60", home, bin)
	s := startTmux(t, 100, 30, run)
	s.waitFor("82 of 82 items")
	s.typeText("public health grant")
	s.waitFor("3 of 82 items")
	s.keys("Enter")
	s.waitFor("/ search •")
	s.keys("q")
	s.waitFor("EXIT=0")

	s2 := startTmux(t, 100, 30, run)
	s2.waitFor("82 of 82 items", "↑/↓ earlier searches")
	s2.keys("Up")
	s2.waitFor("/ public health grant", "3 of 82 items")
	s2.keys("C-r")
	s2.waitFor("Search history · 1 of 1", "public health grant")
	s2.keys("Escape", "C-c")

	cmd := exec.Command(bin, "history")
	cmd.Env = append(os.Environ(), "CYPX_HOME="+home)
	if out, err := cmd.Output(); err != nil || !strings.HasSuffix(strings.TrimSpace(string(out)), "  public health grant") || strings.Count(string(out), "\n") != 1 {
		t.Errorf("cypx history after the two explorers: %v\n%s", err, out)
	}
}

// TestSavedSearchShowsANewItemEndToEnd: a search saved with 'cypx saved
// add', a report added with 'cypx add', and the explorer opened on the
// search marks the report's item new.
func TestSavedSearchShowsANewItemEndToEnd(t *testing.T) {
	if testing.Short() {
		t.Skip("end-to-end test skipped in -short mode")
	}
	bin := buildBinary(t)
	home := t.TempDir()
	cypx := func(args ...string) string {
		cmd := exec.Command(bin, args...)
		cmd.Env = append(os.Environ(), "CYPX_HOME="+home)
		out, err := cmd.CombinedOutput()
		if err != nil {
			t.Fatalf("cypx %v: %v\n%s", args, err, out)
		}
		return string(out)
	}
	cypx("saved", "add", "Autism waits", "autism")
	cypx("add", writeNewsPage(t), "--type", "news")
	s := startTmux(t, 120, 40, fmt.Sprintf("env CYPX_HOME=%s TERM=xterm-256color %s --saved 'autism waits'; echo EXIT=$?; sleep 60", home, bin))
	screen := s.waitFor("/ autism", "2 of 84 items", "“Autism waits”: 1 of 2 items new since the last run")
	rows := strings.Split(screen, "\n")
	marked := ""
	for i, l := range rows {
		if strings.Contains(l, "│ new ") && i > 0 {
			marked = rows[i-1]
		}
	}
	if !strings.Contains(marked, "64%") {
		t.Errorf("the imported item should be marked new:\n%s", screen)
	}
	s.keys("Escape")
	s.waitFor("/ search •")
	s.keys("q")
	s.waitFor("EXIT=0")
	// That was a run: the next finds nothing new.
	if out := cypx("saved", "run", "Autism waits"); !strings.Contains(out, "Nothing new since the last run") {
		t.Errorf("saved run after the explorer's run:\n%s", out)
	}
}
